/**
 * Prisåterföring: what the entrant of a prize keeps. An opening (thanks, what
 * the prize rewards, how the entry was assessed, how to read the report,
 * sender and contact), the jury's decision and citation when held, the team's
 * own words, then per aspect what it asks, the strengths and the improvement
 * areas with their pages. The words are prize-feedback-text.ts's, shared with
 * the Word edition.
 */
import { formatFormalDate } from '../../../../shared/format';
import { contactSection, decisionSection, teamWords } from './aterforing';
import { exampleBanner, examinerText } from '../labels';
import { commentList } from '../layout/comments';
import { runningFrame } from '../layout/frame';
import { heading, headingSpace, paragraph } from '../layout/text';
import { colors } from '../layout/theme';
import { titlePage } from '../layout/title-page';
import type { PageFrame, ReportWriter } from '../layout/writer';
import {
  PRIZE_FEEDBACK_EMPTY as EMPTY,
  PRIZE_FEEDBACK_HEADINGS as H,
  PRIZE_READING_TEXT,
  prizeAboutText,
  prizeAssessedText,
  prizeDecisionText,
  prizeThanksText,
} from '../prize-feedback-text';
import type { PrisaterforingModel, PrizeAspectReport } from '../prize-model';

export function prisaterforingMetadata(model: PrisaterforingModel) {
  return {
    title: `Återföring – ${model.prize.title} – ${model.contestant.name}`,
    subject: `Återföring om ${model.prize.title} till ${model.contestant.name}, ${model.round.title}`,
    author: model.sender ?? 'Kvalitetsutmärkelsen',
    keywords: ['Kvalitetsutmärkelsen', 'återföring', model.prize.title, model.contestant.name, String(model.round.year)],
  };
}

export function writePrisaterforing(w: ReportWriter, model: PrisaterforingModel): PageFrame {
  titlePage(w, {
    kicker: 'Återföring om priset',
    title: model.contestant.name,
    subtitle: model.contestant.organisation,
    facts: [
      ['Pris', model.prize.title],
      ['Omgång', model.round.title],
      ...(model.team ? [['Examinatorsteam', model.team.map(examinerText).join('\n')] as const] : []),
      ...(model.sender ? [['Avsändare', model.sender] as const] : []),
      ['Datum', formatFormalDate(model.reportDate)],
    ],
    footnote: 'Återföring till den tävlande enheten i Stockholms stads kvalitetsutmärkelse.',
    ...exampleBanner(model.round),
  });

  w.newPage();
  w.group('Sect', () => opening(w, model));
  if (model.decision) w.group('Sect', () => decisionSection(w, prizeDecisionText(model, model.decision!), model.decision!.citation));
  if (model.message.length > 0 || model.keyThemes.length > 0) w.group('Sect', () => teamWords(w, model));
  w.group('Sect', () => {
    const first = model.aspects[0];
    heading(w, 1, H.aspects, first ? { keepWith: headingSpace(w, 2, first.title, ASPECT_HEADING) } : {});
    for (const aspect of model.aspects) w.group('Sect', () => aspectSection(w, aspect));
  });
  if (model.nextSteps.length > 0) {
    w.group('Sect', () => {
      commentList(w, model.nextSteps.map((text) => ({ text, evidence: [] })), { quotes: false, numbered: true, emptyText: '', heading: { level: 1, text: H.nextSteps } });
    });
  }
  return runningFrame({ subject: model.contestant.name, round: model.round.title, report: `Återföring · ${model.prize.title}`, ...exampleBanner(model.round) });
}

function opening(w: ReportWriter, model: PrisaterforingModel): void {
  heading(w, 1, H.opening);
  paragraph(w, prizeThanksText(model));
  heading(w, 2, H.prize);
  for (const text of prizeAboutText(model)) paragraph(w, text);
  heading(w, 2, H.howAssessed);
  paragraph(w, prizeAssessedText(model));
  heading(w, 2, H.howToRead);
  paragraph(w, PRIZE_READING_TEXT);
  contactSection(w, model);
}

/** What the aspect asks, then the strengths, then the improvement areas. */
const ASPECT_HEADING = { keepWith: 150 } as const;

function aspectSection(w: ReportWriter, aspect: PrizeAspectReport): void {
  heading(w, 2, aspect.title, ASPECT_HEADING);
  heading(w, 4, H.asks);
  paragraph(w, aspect.description || EMPTY.description, { color: colors.muted });
  commentList(w, aspect.strengths, { quotes: false, emptyText: EMPTY.strengths, heading: { level: 3, text: H.strengths } });
  commentList(w, aspect.improvements, { quotes: false, emptyText: EMPTY.improvements, heading: { level: 3, text: H.improvements } });
}
