/**
 * The återföringsrapport as an editable Word document: the same content and
 * order as the PDF (documents/aterforing.ts) in real Word headings (Rubrik
 * 1–4), bulleted and numbered lists and tables, because stadsledningskontoret
 * polishes the letters in Word before sending them. The words are
 * feedback-text.ts's, shared with the PDF.
 */
import { formatFormalDate, formatNumber } from '../../../../shared/format';
import type { AterforingArea, AterforingModel, FeedbackCriterion } from '../feedback-model';
import { assessedText, AWARD_TEXT, decisionText, FEEDBACK_EMPTY, FEEDBACK_HEADINGS as H, readingText, scoreLine, thanksText } from '../feedback-text';
import { examinerText, pointsOfText, scoreText } from '../labels';
import { commentList, contactBlocks, decisionBlocks, heading, numbered, table, teamWords, text, titleParagraph, wordLetter, type Block } from './blocks';

function titleBlock(model: AterforingModel): Block[] {
  const facts: [string, string][] = [
    ['Tävlingsklass', model.contestant.classTitle],
    ['Omgång', model.round.title],
    ...(model.team ? [['Examinatorsteam', model.team.map(examinerText).join('\n')] as [string, string]] : []),
    ...(model.sender ? [['Avsändare', model.sender] as [string, string]] : []),
    ['Datum', formatFormalDate(model.reportDate)],
    ...(model.totals ? [['Totalpoäng', pointsOfText(model.totals.points, model.totals.pointsAvailable)] as [string, string]] : []),
  ];
  return [
    text('Återföringsrapport', { bold: true }),
    titleParagraph(model.contestant.name),
    text(model.contestant.organisation),
    table(null, facts, [30, 70]),
  ];
}

function opening(model: AterforingModel): Block[] {
  return [
    heading(1, H.opening),
    text(thanksText(model)),
    text(AWARD_TEXT),
    heading(2, H.howAssessed),
    text(assessedText(model)),
    heading(2, H.howToRead),
    ...readingText(model).map((t) => text(t)),
    ...(model.bands.length > 0
      ? [
          heading(3, H.bands),
          ...model.bands.flatMap((scale) => [
            ...(model.bands.length > 1 ? [heading(4, scale.title)] : []),
            table(['Nivå', 'Beskrivning'], scale.bands.map((b) => [b.label, b.descriptor]), [28, 72]),
          ]),
        ]
      : []),
    ...contactBlocks(model),
  ];
}

function criterionBlocks(criterion: FeedbackCriterion): Block[] {
  return [
    heading(2, `${criterion.id} ${criterion.title}`),
    ...(criterion.score ? [text(scoreLine(criterion.score), { bold: true })] : []),
    heading(4, H.asks),
    text(criterion.description || FEEDBACK_EMPTY.description, { italics: true }),
    heading(3, H.strengths),
    ...commentList(criterion.strengths, FEEDBACK_EMPTY.strengths),
    heading(3, H.improvements),
    ...commentList(criterion.improvements, FEEDBACK_EMPTY.improvements),
  ];
}

function areaBlocks(area: AterforingArea): Block[] {
  return [
    heading(1, `${area.id} ${area.title}`),
    ...(area.points ? [text(`Områdets poäng: ${pointsOfText(area.points.points, area.points.pointsAvailable)}`)] : []),
    ...area.criteria.flatMap(criterionBlocks),
  ];
}

function nextSteps(model: AterforingModel): Block[] {
  const steps = numbered(model.nextSteps);
  return [heading(1, H.nextSteps), ...(steps.length > 0 ? steps : [text(FEEDBACK_EMPTY.nextSteps, { italics: true })])];
}

function scoreTable(model: AterforingModel): Block[] {
  if (!model.totals) return [];
  const rows = model.areas.flatMap((area) =>
    area.criteria.map((c) => {
      const s = c.score?.kind === 'points' ? c.score : null;
      return [`${c.id} ${c.title}`, s ? scoreText(s.score, s.scale) : '–', s?.band ?? 'Inte bedömt', s ? formatNumber(s.points) : '–', s ? formatNumber(s.pointsAvailable) : '–'];
    }),
  );
  const total = ['Totalt', '', '', formatNumber(model.totals.points), formatNumber(model.totals.pointsAvailable)];
  return [
    heading(1, H.scores),
    text('Teamets poäng per kriterium på bedömningsskalan och de viktade poäng som poängen ger.'),
    table(['Kriterium', 'Poäng', 'Nivå', 'Viktade poäng', 'Möjliga poäng'], [...rows, total], [38, 10, 22, 15, 15]),
  ];
}

export function aterforingDocx(model: AterforingModel): Promise<Buffer> {
  const decision = model.decision;
  return wordLetter({
    creator: model.sender ?? 'Kvalitetsutmärkelsen',
    title: `Återföringsrapport – ${model.contestant.name}`,
    subject: `Återföring till ${model.contestant.name}, ${model.round.title}`,
    keywords: ['Kvalitetsutmärkelsen', 'återföringsrapport', model.contestant.name],
    exampleMaterial: model.round.exampleMaterial,
    footer: `Återföringsrapport · ${model.contestant.name}`,
    children: [
      ...titleBlock(model),
      ...opening(model),
      ...(decision ? decisionBlocks(decisionText(model, decision), decision.citation) : []),
      ...teamWords(model),
      ...model.areas.flatMap(areaBlocks),
      ...nextSteps(model),
      ...scoreTable(model),
    ],
  });
}
