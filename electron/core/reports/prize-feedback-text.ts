/**
 * The prisåterföring's words, once for both editions (PDF and Word): the
 * opening (thanks, what the prize rewards, how the entry was assessed, how to
 * read the report), the jury's decision, and what is said instead of an empty
 * list. Sender and contact are the återföringsrapport's (feedback-text.ts).
 */
import { formatFormalDate, nameList } from '../../../shared/format';
import { FEEDBACK_HEADINGS, SITE_VISIT_TEXT, withTeam } from './feedback-text';
import type { PrisaterforingModel, PrizeFeedbackDecision } from './prize-model';

/** The återföringsrapport's headings, and the prize's own. */
export const PRIZE_FEEDBACK_HEADINGS = {
  ...FEEDBACK_HEADINGS,
  prize: 'Om priset',
  howAssessed: 'Så har ert bidrag bedömts',
  aspects: 'Bedömning per aspekt',
  asks: 'Vad aspekten efterfrågar',
} as const;

export const PRIZE_FEEDBACK_EMPTY = {
  strengths: 'Teamet har inte noterat några särskilda styrkor för aspekten.',
  improvements: 'Teamet har inte noterat några förbättringsområden för aspekten.',
  description: 'Priset beskriver inte aspekten närmare.',
} as const;

export function prizeThanksText(model: PrisaterforingModel): string {
  return `Tack för att ${model.contestant.name} deltog i ${model.prize.title} i ${model.round.title}. Att beskriva något nytt man har skapat och låta andra granska det är ett arbete i sig. Den här rapporten är teamets återföring till er, och vi hoppas att den blir ett stöd när ni utvecklar ert arbete vidare.`;
}

/** What the prize rewards, and that it has no points. */
export function prizeAboutText(model: PrisaterforingModel): string[] {
  const aspects = nameList(model.aspects.map((a) => a.title));
  return [
    model.prize.description,
    `Priset bedöms i ord, utan poäng, utifrån ${model.aspects.length === 1 ? 'aspekten' : 'aspekterna'} ${aspects}. Domarkommittén beslutar, utifrån teamets skriftliga bedömning, vem som får priset.`,
  ];
}

/** Individually, in consensus and (when there was one) at the site visit; the team named only when the round says so. */
export function prizeAssessedText(model: PrisaterforingModel): string {
  return withTeam(model, [
    'Först läste och bedömde varje examinator i teamet ert bidrag på egen hand.',
    'Sedan möttes teamet och enades om en gemensam bedömning av varje aspekt.',
    model.siteVisit ? SITE_VISIT_TEXT : 'Bidraget fick inget platsbesök, så bedömningen bygger på er verksamhetsbeskrivning.',
  ]);
}

export const PRIZE_READING_TEXT =
  'Rapporten följer prisets aspekter. För varje aspekt står först vad aspekten efterfrågar, sedan de styrkor teamet har sett och sist de förbättringsområden teamet ser. Sidhänvisningarna (till exempel s.\u00a012) gäller er verksamhetsbeskrivning.';

/** What the jury decided on the prize for the entrant, in one sentence (the citation follows under its own heading). */
export function prizeDecisionText(model: PrisaterforingModel, decision: PrizeFeedbackDecision): string {
  const when = `Domarkommittén fattade sitt beslut om ${model.prize.title} den ${formatFormalDate(decision.meetingDate)}.`;
  const name = model.contestant.name;
  const what = {
    winner: `${name} får priset: stort grattis till er alla!`,
    'honourable-mention': `${name} får ett hedersomnämnande: stort grattis till er alla!`,
    none: `${name} fick inte priset den här gången. Vi hoppas att återföringen blir ett stöd i ert fortsatta arbete.`,
  } as const;
  return `${when} ${what[decision.decision]}`;
}
