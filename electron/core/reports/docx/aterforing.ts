/**
 * The återföringsrapport as an editable Word document: the same content and
 * order as the PDF (documents/aterforing.ts) in real Word headings (Rubrik
 * 1–4), bulleted and numbered lists and tables, because stadsledningskontoret
 * polishes the letters in Word before sending them. The words are
 * feedback-text.ts's, shared with the PDF.
 */
import {
  AlignmentType,
  Document,
  Footer,
  Header,
  HeadingLevel,
  LevelFormat,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';
import { formatFormalDate, formatNumber } from '../../../../shared/format';
import type { AterforingArea, AterforingModel, FeedbackCriterion } from '../feedback-model';
import { assessedText, AWARD_TEXT, contactLines, decisionText, evidenceSuffix, FEEDBACK_EMPTY, FEEDBACK_HEADINGS as H, readingText, scoreLine, thanksText } from '../feedback-text';
import { EXAMPLE_BANNER, examinerText, pointsOfText, scoreText } from '../labels';
import type { ReportComment } from '../model';

const STEPS = 'next-steps';
type Block = Paragraph | Table;

const heading = (level: 1 | 2 | 3 | 4, text: string) =>
  new Paragraph({ text, heading: [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4][level - 1] });
const text = (value: string, options: { italics?: boolean; bold?: boolean } = {}) => new Paragraph({ children: [new TextRun({ text: value, ...options })] });
const bullets = (items: readonly string[]) => items.map((item) => new Paragraph({ text: item, bullet: { level: 0 } }));

function cell(value: string, options: { bold?: boolean; width?: number } = {}): TableCell {
  return new TableCell({
    ...(options.width && { width: { size: options.width, type: WidthType.PERCENTAGE } }),
    children: value.split('\n').map((line) => new Paragraph({ children: [new TextRun({ text: line, bold: options.bold ?? false })] })),
  });
}

function table(header: readonly string[] | null, rows: readonly (readonly string[])[], widths: readonly number[]): Table {
  const row = (cells: readonly string[], bold: boolean, isHeader = false) =>
    new TableRow({ tableHeader: isHeader, children: cells.map((value, i) => cell(value, { bold, width: widths[i]! })) });
  return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [...(header ? [row(header, true, true)] : []), ...rows.map((r) => row(r, false))] });
}

/** Comments as a bulleted list, each with its pages after it; what the PDF says instead of an empty list. */
function commentList(comments: readonly ReportComment[], empty: string): Paragraph[] {
  if (comments.length === 0) return [text(empty, { italics: true })];
  return bullets(comments.map((c) => `${c.text}${evidenceSuffix(c.evidence)}`));
}

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
    new Paragraph({ text: model.contestant.name, heading: HeadingLevel.TITLE }),
    text(model.contestant.organisation),
    table(null, facts, [30, 70]),
  ];
}

function opening(model: AterforingModel): Block[] {
  const contact = contactLines(model);
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
    ...(contact ? [heading(2, H.contact), ...contact.map((line) => text(line))] : []),
  ];
}

function decisionBlocks(model: AterforingModel): Block[] {
  const decision = model.decision;
  if (!decision) return [];
  const citation = decision.citation.length > 0 ? [heading(2, H.citation), ...decision.citation.map((p) => text(p, { italics: true }))] : [];
  return [heading(1, H.decision), text(decisionText(model, decision)), ...citation];
}

function teamWords(model: AterforingModel): Block[] {
  const message = model.message.length > 0 ? [heading(1, H.message), ...model.message.map((p) => text(p))] : [];
  const themes = model.keyThemes.length > 0 ? [heading(model.message.length > 0 ? 2 : 1, H.keyThemes), ...bullets(model.keyThemes)] : [];
  return [...message, ...themes];
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
  const steps = model.nextSteps.map((step) => new Paragraph({ text: step, numbering: { reference: STEPS, level: 0 } }));
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

function footer(model: AterforingModel): Footer {
  const children: ParagraphChild[] = [
    new TextRun(`Återföringsrapport · ${model.contestant.name} · Sida `),
    new TextRun({ children: [PageNumber.CURRENT] }),
    new TextRun(' av '),
    new TextRun({ children: [PageNumber.TOTAL_PAGES] }),
  ];
  return new Footer({ children: [new Paragraph({ alignment: AlignmentType.LEFT, children })] });
}

const ACCENT = '1F5FA8';
const headingStyle = (size: number, before: number, color = ACCENT) => ({
  run: { font: 'Arial', size, bold: true, color },
  paragraph: { spacing: { before, after: 80 }, keepNext: true, keepLines: true },
});

/** Word's own styles, set to the reports' look: a sans-serif body with room between paragraphs, headings kept with what follows. */
const STYLES = {
  default: {
    document: { run: { font: 'Arial', size: 21 }, paragraph: { spacing: { after: 120, line: 288 } } },
    title: { run: { font: 'Arial', size: 48, color: '1A1A1A' }, paragraph: { spacing: { after: 60, line: 240, lineRule: LineRuleType.AUTO } } },
    heading1: headingStyle(32, 480),
    heading2: headingStyle(26, 320, '1A1A1A'),
    heading3: headingStyle(22, 200, '1A1A1A'),
    heading4: headingStyle(19, 160, '555555'),
  },
};

export function aterforingDocx(model: AterforingModel): Promise<Buffer> {
  const document = new Document({
    styles: STYLES,
    creator: model.sender ?? 'Kvalitetsutmärkelsen',
    title: `Återföringsrapport – ${model.contestant.name}`,
    subject: `Återföring till ${model.contestant.name}, ${model.round.title}`,
    keywords: ['Kvalitetsutmärkelsen', 'återföringsrapport', model.contestant.name].join(', '),
    numbering: {
      config: [{ reference: STEPS, levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START }] }],
    },
    sections: [
      {
        ...(model.round.exampleMaterial && { headers: { default: new Header({ children: [text(EXAMPLE_BANNER, { bold: true })] }) } }),
        footers: { default: footer(model) },
        children: [
          ...titleBlock(model),
          ...opening(model),
          ...decisionBlocks(model),
          ...teamWords(model),
          ...model.areas.flatMap(areaBlocks),
          ...nextSteps(model),
          ...scoreTable(model),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
