/**
 * The prisåterföring as an editable Word document: the same content and
 * order as the PDF (documents/prisaterforing.ts), in real Word headings and
 * lists, built from the återföringsrapport's blocks.
 */
import { formatFormalDate } from '../../../../shared/format';
import { examinerText } from '../labels';
import * as words from '../prize-feedback-text';
import type { PrisaterforingModel, PrizeAspectReport } from '../prize-model';
import { commentList, contactBlocks, decisionBlocks, heading, numbered, table, teamWords, text, titleParagraph, wordLetter, type Block } from './blocks';

const { PRIZE_FEEDBACK_EMPTY: EMPTY, PRIZE_FEEDBACK_HEADINGS: H } = words;

function titleBlock(model: PrisaterforingModel): Block[] {
  const facts: [string, string][] = [
    ['Pris', model.prize.title],
    ['Omgång', model.round.title],
    ...(model.team ? [['Examinatorsteam', model.team.map(examinerText).join('\n')] as [string, string]] : []),
    ...(model.sender ? [['Avsändare', model.sender] as [string, string]] : []),
    ['Datum', formatFormalDate(model.reportDate)],
  ];
  return [text('Återföring om priset', { bold: true }), titleParagraph(model.contestant.name), text(model.contestant.organisation), table(null, facts, [30, 70])];
}

function opening(model: PrisaterforingModel): Block[] {
  return [
    heading(1, H.opening),
    text(words.prizeThanksText(model)),
    heading(2, H.prize),
    ...words.prizeAboutText(model).map((t) => text(t)),
    heading(2, H.howAssessed),
    text(words.prizeAssessedText(model)),
    heading(2, H.howToRead),
    text(words.PRIZE_READING_TEXT),
    ...contactBlocks(model),
  ];
}

function aspectBlocks(aspect: PrizeAspectReport): Block[] {
  return [
    heading(2, aspect.title),
    heading(4, H.asks),
    text(aspect.description || EMPTY.description, { italics: true }),
    heading(3, H.strengths),
    ...commentList(aspect.strengths, EMPTY.strengths),
    heading(3, H.improvements),
    ...commentList(aspect.improvements, EMPTY.improvements),
  ];
}

export function prisaterforingDocx(model: PrisaterforingModel): Promise<Buffer> {
  const decision = model.decision;
  return wordLetter({
    creator: model.sender ?? 'Kvalitetsutmärkelsen',
    title: `Återföring – ${model.prize.title} – ${model.contestant.name}`,
    subject: `Återföring om ${model.prize.title} till ${model.contestant.name}, ${model.round.title}`,
    keywords: ['Kvalitetsutmärkelsen', 'återföring', model.prize.title, model.contestant.name],
    exampleMaterial: model.round.exampleMaterial,
    footer: `Återföring · ${model.prize.title} · ${model.contestant.name}`,
    children: [
      ...titleBlock(model),
      ...opening(model),
      ...(decision ? decisionBlocks(words.prizeDecisionText(model, decision), decision.citation) : []),
      ...teamWords(model),
      heading(1, H.aspects),
      ...model.aspects.flatMap(aspectBlocks),
      ...(model.nextSteps.length > 0 ? [heading(1, H.nextSteps), ...numbered(model.nextSteps)] : []),
    ],
  });
}
