/**
 * The återföringsrapport's words, once for both editions (PDF and Word): the
 * opening (thanks, how the award works, how the unit was assessed, how to read
 * the report, who sends it and whom to contact), the headings, a criterion's
 * score as the policy shows it, and what is said instead of an empty list.
 */
import { formatFormalDate, nameList } from '../../../shared/format';
import type { AterforingModel, FeedbackDecision, FeedbackScore } from './feedback-model';
import { evidenceLabel, examinerText, pointsOfText, scoreText } from './labels';
import type { ReportEvidence } from './model';

export const FEEDBACK_HEADINGS = {
  opening: 'Om återföringen',
  howAssessed: 'Så har er verksamhet bedömts',
  howToRead: 'Så läser ni rapporten',
  bands: 'Bedömningsskalans nivåer',
  contact: 'Avsändare och kontakt',
  decision: 'Domarkommitténs beslut',
  citation: 'Domarkommitténs motivering',
  message: 'Till er från examinatorsteamet',
  keyThemes: 'Huvudteman',
  asks: 'Vad kriteriet efterfrågar',
  strengths: 'Styrkor',
  improvements: 'Förbättringsområden',
  nextSteps: 'Förslag på nästa steg',
  scores: 'Poäng',
} as const;

export const FEEDBACK_EMPTY = {
  strengths: 'Teamet har inte noterat några särskilda styrkor för kriteriet.',
  improvements: 'Teamet har inte noterat några förbättringsområden för kriteriet.',
  nextSteps: 'Teamet har inte formulerat några förslag på nästa steg.',
  description: 'Kriteriepaketet beskriver inte kriteriet närmare.',
} as const;

export function thanksText(model: AterforingModel): string {
  return `Tack för att ${model.contestant.name} deltog i ${model.round.title}. Att beskriva sin verksamhet och låta andra granska den är ett arbete i sig. Den här rapporten är teamets återföring till er, och vi hoppas att den blir ett stöd i ert fortsatta utvecklingsarbete.`;
}

export const AWARD_TEXT =
  'Stockholms stads kvalitetsutmärkelse uppmärksammar verksamheter som arbetar systematiskt med att utveckla sin kvalitet. Varje tävlande enhet beskriver sitt arbete i en verksamhetsbeskrivning, som ett team av utbildade examinatorer bedömer mot stadens kriterier. Domarkommittén beslutar, utifrån teamens bedömningar, vilka enheter som får utmärkelsen.';

/** Individually, in consensus and (when there was one) at the site visit; the team named only when the round says so. */
export function assessedText(model: AterforingModel): string {
  return withTeam(model, [
    'Först läste och bedömde varje examinator i teamet er verksamhetsbeskrivning på egen hand.',
    'Sedan möttes teamet och enades i konsensus om en gemensam bedömning av varje kriterium.',
    model.siteVisit ? SITE_VISIT_TEXT : 'Er verksamhet fick inget platsbesök, så bedömningen bygger på verksamhetsbeskrivningen.',
  ]);
}

export const SITE_VISIT_TEXT = 'Därefter besökte teamet er verksamhet, och det som kom fram vid platsbesöket finns med i bedömningen.';

/** The sentences, then who the team was when the round names the examiners. */
export function withTeam(model: Pick<AterforingModel, 'team'>, steps: readonly string[]): string {
  const team = model.team && model.team.length > 0 ? [`Teamet bestod av ${nameList(model.team.map(examinerText))}.`] : [];
  return [...steps, ...team].join(' ');
}

/** How to read the report, as the policy shows scores. */
export function readingText(model: AterforingModel): string[] {
  const order =
    'Rapporten följer kriterierna område för område. För varje kriterium står först vad kriteriet efterfrågar, sedan de styrkor teamet har sett och sist de förbättringsområden teamet ser. Sidhänvisningarna (till exempel s.\u00a012) gäller er verksamhetsbeskrivning.';
  const scores = {
    none: 'Återföringen innehåller inga poäng: det är styrkorna och förbättringsområdena som bär bedömningen.',
    bands: 'Vid varje kriterium står också den nivå på bedömningsskalan som teamet kom fram till. Nivåerna beskrivs nedan.',
    points: 'Vid varje kriterium står också teamets poäng på bedömningsskalan, nivån och de viktade poäng det ger. Nivåerna beskrivs nedan och poängen sammanställs sist i rapporten.',
  } as const;
  return [order, scores[model.scores]];
}

/** What the jury decided for the unit, in one sentence (the citation follows under its own heading). */
export function decisionText(model: Pick<AterforingModel, 'contestant'>, decision: FeedbackDecision): string {
  const when = `Domarkommittén fattade sitt beslut om tävlingsklassen ${decision.classTitle} den ${formatFormalDate(decision.meetingDate)}.`;
  const name = model.contestant.name;
  const what = {
    winner: decision.winners > 1 ? `${name} är en av klassens ${decision.winners} vinnare: stort grattis till er alla!` : `${name} är klassens vinnare: stort grattis till er alla!`,
    'honourable-mention': `${name} får ett hedersomnämnande i klassen: stort grattis till er alla!`,
    none: `${name} fick inte utmärkelsen den här gången. Vi hoppas att återföringen blir ett stöd i ert fortsatta utvecklingsarbete.`,
  } as const;
  return `${when} ${what[decision.decision]}`;
}

/** Sender and contact person; null when the round has no feedback policy. */
export function contactLines(model: Pick<AterforingModel, 'sender' | 'contact'>): string[] | null {
  if (!model.sender || !model.contact) return null;
  const { name, email, phone } = model.contact;
  return [
    `Rapporten skickas av ${model.sender}.`,
    `Har ni frågor om återföringen är ni välkomna att kontakta ${name}, ${email}${phone ? `, telefon ${phone}` : ''}.`,
  ];
}

/** "Nivå: Väl integrerat" or "Poäng: 70 % · Väl integrerat · 52,5 av 75 p". */
export function scoreLine(score: FeedbackScore): string {
  if (score.kind === 'band') return `Nivå: ${score.band}`;
  return `Poäng: ${scoreText(score.score, score.scale)} · ${score.band} · ${pointsOfText(score.points, score.pointsAvailable)}`;
}

/** "(s. 4, s. 12)" after a comment in running text; empty without page or paragraph. */
export function evidenceSuffix(evidence: readonly ReportEvidence[]): string {
  const labels = evidence.map(evidenceLabel).filter((label) => label !== '');
  return labels.length > 0 ? ` (${labels.join(', ')})` : '';
}
