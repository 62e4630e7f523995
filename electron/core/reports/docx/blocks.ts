/**
 * The Word editions' building blocks (the återföringsrapport and the
 * prisåterföring): real Word headings (Rubrik 1–4), bulleted and numbered
 * lists, tables, the footer with page numbers and the reports' look, so both
 * letters open in Word as the same kind of document.
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
import { contactLines, evidenceSuffix, FEEDBACK_HEADINGS as H } from '../feedback-text';
import type { AterforingModel } from '../feedback-model';
import { EXAMPLE_BANNER } from '../labels';
import type { ReportComment } from '../model';
import { xmlSafe } from '../../../../shared/xml-text';

export type Block = Paragraph | Table;

export const heading = (level: 1 | 2 | 3 | 4, text: string) =>
  new Paragraph({ text: xmlSafe(text), heading: [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4][level - 1] });
export const text = (value: string, options: { italics?: boolean; bold?: boolean } = {}) => new Paragraph({ children: [new TextRun({ text: xmlSafe(value), ...options })] });
export const bullets = (items: readonly string[]) => items.map((item) => new Paragraph({ text: xmlSafe(item), bullet: { level: 0 } }));
export const titleParagraph = (value: string) => new Paragraph({ text: xmlSafe(value), heading: HeadingLevel.TITLE });

const STEPS = 'next-steps';
/** A numbered list (1. 2. 3.). */
export const numbered = (items: readonly string[]) => items.map((item) => new Paragraph({ text: xmlSafe(item), numbering: { reference: STEPS, level: 0 } }));

function cell(value: string, options: { bold?: boolean; width?: number } = {}): TableCell {
  return new TableCell({
    ...(options.width && { width: { size: options.width, type: WidthType.PERCENTAGE } }),
    children: value.split('\n').map((line) => new Paragraph({ children: [new TextRun({ text: xmlSafe(line), bold: options.bold ?? false })] })),
  });
}

export function table(header: readonly string[] | null, rows: readonly (readonly string[])[], widths: readonly number[]): Table {
  const row = (cells: readonly string[], bold: boolean, isHeader = false) =>
    new TableRow({ tableHeader: isHeader, children: cells.map((value, i) => cell(value, { bold, width: widths[i]! })) });
  return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [...(header ? [row(header, true, true)] : []), ...rows.map((r) => row(r, false))] });
}

/** Comments as a bulleted list, each with its pages after it; what the PDF says instead of an empty list. */
export function commentList(comments: readonly ReportComment[], empty: string): Paragraph[] {
  if (comments.length === 0) return [text(empty, { italics: true })];
  return bullets(comments.map((c) => `${c.text}${evidenceSuffix(c.evidence)}`));
}

/** Sender and contact, when the round says. */
export function contactBlocks(model: Pick<AterforingModel, 'sender' | 'contact'>): Block[] {
  const contact = contactLines(model);
  return contact ? [heading(2, H.contact), ...contact.map((line) => text(line))] : [];
}

/** The jury's decision in one sentence and, for a winner or an honourable mention, its citation. */
export function decisionBlocks(sentence: string, citation: readonly string[]): Block[] {
  const cited = citation.length > 0 ? [heading(2, H.citation), ...citation.map((p) => text(p, { italics: true }))] : [];
  return [heading(1, H.decision), text(sentence), ...cited];
}

/** The team's own words to the unit, and its key themes. */
export function teamWords(model: Pick<AterforingModel, 'message' | 'keyThemes'>): Block[] {
  const message = model.message.length > 0 ? [heading(1, H.message), ...model.message.map((p) => text(p))] : [];
  const themes = model.keyThemes.length > 0 ? [heading(model.message.length > 0 ? 2 : 1, H.keyThemes), ...bullets(model.keyThemes)] : [];
  return [...message, ...themes];
}

function footer(label: string): Footer {
  const children: ParagraphChild[] = [
    new TextRun(`${xmlSafe(label)} · Sida `),
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

export interface WordLetter {
  readonly creator: string;
  readonly title: string;
  readonly subject: string;
  readonly keywords: readonly string[];
  readonly exampleMaterial: boolean;
  /** Before the page number in every page's footer ("Återföringsrapport · Förskolan Solrosen"). */
  readonly footer: string;
  readonly children: readonly Block[];
}

export function wordLetter(letter: WordLetter): Promise<Buffer> {
  const document = new Document({
    styles: STYLES,
    creator: xmlSafe(letter.creator),
    lastModifiedBy: xmlSafe(letter.creator),
    title: xmlSafe(letter.title),
    subject: xmlSafe(letter.subject),
    keywords: xmlSafe(letter.keywords.join(', ')),
    numbering: {
      config: [{ reference: STEPS, levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START }] }],
    },
    sections: [
      {
        ...(letter.exampleMaterial && { headers: { default: new Header({ children: [text(EXAMPLE_BANNER, { bold: true })] }) } }),
        footers: { default: footer(letter.footer) },
        children: [...letter.children],
      },
    ],
  });
  return Packer.toBuffer(document);
}
