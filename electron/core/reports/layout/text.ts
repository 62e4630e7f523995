/** Headings, paragraphs and key/value blocks, tagged for screen readers. */
import { NUMBER_GAP } from '../labels';
import { boundedText, MAX_TEXT_LINES } from './bounded';
import { colors, lineGap, size, space } from './theme';
import type { FontStyle, ReportWriter } from './writer';

export interface HeadingOptions {
  /** A number printed in the accent colour before the text ("2.3"). */
  readonly number?: string;
  /**
   * Space that must follow the heading on the same page (keep with next): at least what the first block
   * after it asks for (see headingSpace, paragraphHeight and commentListSpace), or the heading is left
   * alone at the foot of a page when that block moves on.
   */
  readonly keepWith?: number;
}

const HEADING = {
  1: { font: 'semibold', size: size.h1, color: colors.accent, before: space.beforeH1, after: space.afterH1, keepWith: 90 },
  2: { font: 'semibold', size: size.h2, color: colors.text, before: space.beforeH2, after: space.afterH2, keepWith: 60 },
  3: { font: 'semibold', size: size.h3, color: colors.text, before: space.beforeH3, after: space.afterH3, keepWith: 44 },
  4: { font: 'semibold', size: size.small + 0.5, color: colors.muted, before: 9, after: 4, keepWith: 36 },
} as const;

/** Lines of running text a paragraph keeps together at the top of its first part (no orphan lines). */
const KEPT_LINES = 3;

/** What paragraph() asks to have room for before its first part: the first KEPT_LINES lines of body text at most. */
function paragraphLead(w: ReportWriter): number {
  w.style('regular', size.body);
  return (w.doc.currentLineHeight(true) + lineGap.body) * KEPT_LINES;
}

function headingLabel(text: string, options: HeadingOptions): string {
  return options.number ? `${options.number}${NUMBER_GAP}${text}` : text;
}

/**
 * The room heading() asks for: the space before and after it, its text, and what it keeps with it (never less than
 * the lines a body paragraph that follows keeps together). A heading above another heading keeps this much.
 */
export function headingSpace(w: ReportWriter, level: 1 | 2 | 3 | 4, text: string, options: HeadingOptions = {}): number {
  const spec = HEADING[level];
  w.style(spec.font, spec.size);
  const height = w.doc.heightOfString(headingLabel(text, options), { width: w.width });
  const keepWith = Math.max(options.keepWith ?? spec.keepWith, paragraphLead(w));
  return spec.before + height + spec.after + keepWith;
}

export function heading(w: ReportWriter, level: 1 | 2 | 3 | 4, text: string, options: HeadingOptions = {}): void {
  const spec = HEADING[level];
  const doc = w.doc;
  if (!w.ensureSpace(headingSpace(w, level, text, options)) && w.y > w.top + 1) w.y += spec.before;
  const y = w.y;
  w.content(`H${level}`, () => {
    if (options.number) {
      w.style(spec.font, spec.size, colors.accent);
      doc.text(`${options.number}${NUMBER_GAP}`, w.left, y, { width: w.width, continued: true });
      w.style(spec.font, spec.size, spec.color);
      doc.text(text);
    } else {
      w.style(spec.font, spec.size, spec.color);
      doc.text(text, w.left, y, { width: w.width });
    }
  });
  w.y += spec.after;
}

export interface ParagraphOptions {
  readonly font?: FontStyle;
  readonly size?: number;
  readonly color?: string;
  readonly indent?: number;
  readonly width?: number;
  readonly gap?: number;
  readonly align?: 'left' | 'right' | 'center' | 'justify';
  /** Structure type; P unless the text is, for instance, a Quote or a Caption. */
  readonly tag?: string;
  /** Lines the whole text may take before it is cut (see bounded.ts). */
  readonly maxLines?: number;
  /** Height of what follows and must stay on the same page (a label with its value). */
  readonly keepWith?: number;
}

/** Running text; blank lines in `text` separate paragraphs. Starts on a new page rather than leave one orphan line. */
export function paragraph(w: ReportWriter, text: string, options: ParagraphOptions = {}): void {
  const fontSize = options.size ?? size.body;
  const gap = fontSize >= size.body ? lineGap.body : lineGap.small;
  const indent = options.indent ?? 0;
  const width = options.width ?? w.width - indent;
  w.style(options.font ?? 'regular', fontSize, options.color ?? colors.text);
  for (const part of splitParagraphs(boundedText(w, text, width, gap, options.maxLines ?? MAX_TEXT_LINES))) {
    w.style(options.font ?? 'regular', fontSize, options.color ?? colors.text);
    const lineHeight = w.doc.currentLineHeight(true) + gap;
    const height = w.doc.heightOfString(part, { width, lineGap: gap });
    w.ensureSpace(Math.min(height, lineHeight * KEPT_LINES) + (options.keepWith ?? 0));
    const y = w.y;
    w.content(options.tag ?? 'P', () => {
      w.doc.text(part, w.left + indent, y, { width, lineGap: gap, align: options.align ?? 'left' });
    });
    w.doc.x = w.left;
    w.y += options.gap ?? space.paragraph;
  }
}

/** The whole height paragraph() gives `text`, gaps included: for a short text kept with what follows it. */
export function paragraphHeight(w: ReportWriter, text: string, options: ParagraphOptions = {}): number {
  const fontSize = options.size ?? size.body;
  const gap = fontSize >= size.body ? lineGap.body : lineGap.small;
  const width = options.width ?? w.width - (options.indent ?? 0);
  w.style(options.font ?? 'regular', fontSize);
  const parts = splitParagraphs(boundedText(w, text, width, gap, options.maxLines ?? MAX_TEXT_LINES));
  return parts.reduce((sum, part) => sum + w.doc.heightOfString(part, { width, lineGap: gap }) + (options.gap ?? space.paragraph), 0);
}

export function splitParagraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
}

export interface KeyValueOptions {
  readonly labelWidth?: number;
  /** Hairlines between the rows. */
  readonly rules?: boolean;
  readonly valueFont?: FontStyle;
}

/** Label–value pairs in two columns (tagged as a table with row headers). */
export function keyValues(w: ReportWriter, rows: readonly (readonly [string, string])[], options: KeyValueOptions = {}): void {
  const doc = w.doc;
  const labelWidth = options.labelWidth ?? 130;
  const valueWidth = w.width - labelWidth;
  const pad = options.rules ? 5 : 2.5;
  w.group('Table', () => {
    rows.forEach(([label, value], index) => {
      w.style('regular', size.small);
      const labelHeight = doc.heightOfString(label, { width: labelWidth - 10 });
      w.style(options.valueFont ?? 'regular', size.body);
      const valueHeight = doc.heightOfString(value || '–', { width: valueWidth, lineGap: lineGap.small });
      const height = Math.max(labelHeight + 1.5, valueHeight) + pad * 2;
      w.ensureSpace(height);
      const y = w.y;
      if (options.rules && index > 0) {
        w.artifact(() => doc.moveTo(w.left, y).lineTo(w.right, y).lineWidth(0.5).strokeColor(colors.hairline).stroke());
      }
      w.group('TR', () => {
        w.content(
          'TH',
          () => {
            w.style('regular', size.small, colors.muted);
            doc.text(label, w.left, y + pad + 1.5, { width: labelWidth - 10 });
          },
          { scope: 'Row' },
        );
        w.content('TD', () => {
          w.style(options.valueFont ?? 'regular', size.body, colors.text);
          doc.text(value || '–', w.left + labelWidth, y + pad, { width: valueWidth, lineGap: lineGap.small });
        });
      });
      w.y = y + height;
    });
  });
  doc.x = w.left;
}

/** A light box with an accent edge for a notice ("Individuell bedömning — …"). */
export function notice(w: ReportWriter, title: string, text: string): void {
  const doc = w.doc;
  const padX = 14;
  const padY = 10;
  const inner = w.width - padX * 2 - 4;
  w.style('semibold', size.body);
  const titleHeight = doc.heightOfString(title, { width: inner });
  w.style('regular', size.small);
  const textHeight = text ? doc.heightOfString(text, { width: inner, lineGap: lineGap.small }) + 3 : 0;
  const height = titleHeight + textHeight + padY * 2;
  w.ensureSpace(height);
  const y = w.y;
  w.artifact(() => {
    doc.rect(w.left, y, w.width, height).fillColor(colors.accentTint).fill();
    doc.rect(w.left, y, 4, height).fillColor(colors.accent).fill();
  });
  w.content('P', () => {
    w.style('semibold', size.body, colors.text);
    doc.text(title, w.left + padX + 4, y + padY, { width: inner });
    if (text) {
      w.style('regular', size.small, colors.text);
      doc.text(text, w.left + padX + 4, y + padY + titleHeight + 3, { width: inner, lineGap: lineGap.small });
    }
  });
  doc.x = w.left;
  w.y = y + height + space.block;
}

/**
 * A legend in columns, read down then across: "1.1 Målgruppernas behov …" for
 * a table that shows only the numbers. Kept on one page.
 */
export function legendColumns(w: ReportWriter, items: readonly (readonly [string, string])[], columns: number): void {
  const doc = w.doc;
  const gutter = 14;
  const columnWidth = (w.width - gutter * (columns - 1)) / columns;
  const idWidth = 22;
  const rows = Math.ceil(items.length / columns);
  w.style('regular', size.tiny + 0.5);
  const rowHeights = Array.from({ length: rows }, (_, r) => {
    const inRow = items.filter((_, i) => i % rows === r);
    return Math.max(...inRow.map(([, text]) => doc.heightOfString(text, { width: columnWidth - idWidth }))) + 3;
  });
  w.ensureSpace(rowHeights.reduce((sum, h) => sum + h, 0));
  const top = w.y;
  const rowTop = (r: number) => top + rowHeights.slice(0, r).reduce((sum, h) => sum + h, 0);
  items.forEach(([id, text], i) => {
    const x = w.left + Math.floor(i / rows) * (columnWidth + gutter);
    const y = rowTop(i % rows);
    w.content('P', () => {
      w.style('semibold', size.tiny + 0.5, colors.accent);
      doc.text(id, x, y, { width: idWidth, lineBreak: false });
      w.style('regular', size.tiny + 0.5, colors.muted);
      doc.text(text, x + idWidth, y, { width: columnWidth - idWidth });
    });
  });
  doc.x = w.left;
  w.y = rowTop(rows) + space.paragraph;
}
