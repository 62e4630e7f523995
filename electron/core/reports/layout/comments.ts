/**
 * Lists of strengths and improvement areas: each comment as a bulleted
 * paragraph, its evidence as small page chips ("s. 12"), quoted passages
 * indented beneath. Long comments and long lists flow across pages.
 */
import { quoted } from '../../../../shared/format';
import { evidenceLabel } from '../labels';
import { boundedText, budgetSpent, listBudget, MAX_COMMENT_LINES, MAX_QUOTE_LINES, type ListBudget } from './bounded';
import type { ReportEvidence } from '../model';
import { heading, headingSpace, paragraph, paragraphHeight } from './text';
import { colors, lineGap, size, space } from './theme';
import type { ReportWriter } from './writer';

export interface CommentItem {
  readonly text: string;
  readonly evidence: readonly ReportEvidence[];
  /** A quiet line under the chips, e.g. where a team comment came from. */
  readonly aside?: string;
}

export interface CommentListOptions {
  /** Print quoted passages under the chips. */
  readonly quotes: boolean;
  /** Said instead of an empty list. */
  readonly emptyText: string;
  /** "1." "2." … instead of bullets. */
  readonly numbered?: boolean;
  /** Room shared with other lists (a criterion's); by default the list has a criterion's room to itself. */
  readonly budget?: ListBudget;
  /** The list's heading ("Styrkor"), kept on one page with the list's first comment. */
  readonly heading?: { readonly level: 1 | 2 | 3 | 4; readonly text: string };
}

const INDENT = 15;
const CHIP = { height: 12.5, padX: 4.5, gap: 4, fontSize: size.tiny } as const;

const emptyOptions = { color: colors.muted, size: size.small } as const;

export function commentList(w: ReportWriter, items: readonly CommentItem[], options: CommentListOptions): void {
  if (options.heading) heading(w, options.heading.level, options.heading.text, { keepWith: firstSpace(w, items, options) });
  if (items.length === 0) {
    paragraph(w, options.emptyText, emptyOptions);
    return;
  }
  const budget = options.budget ?? listBudget(w);
  const full = () => budgetSpent(w, budget);
  let shown = 0;
  w.group('L', () => {
    for (const [index, item] of items.entries()) {
      if (full()) break;
      listItem(w, item, options.numbered ? `${index + 1}.` : '•', options, full);
      shown += 1;
    }
  });
  if (shown < items.length) {
    const left = items.length - shown;
    paragraph(w, `${left === 1 ? 'Ytterligare 1 kommentar' : `Ytterligare ${left} kommentarer`} ryms inte i rapporten; de finns i bedömningsfilen.`, {
      color: colors.muted,
      size: size.small,
    });
  }
}

/** The room commentList() asks for where it starts, its heading included: what a heading above it keeps with it. */
export function commentListSpace(w: ReportWriter, items: readonly CommentItem[], options: CommentListOptions): number {
  const first = firstSpace(w, items, options);
  return options.heading ? headingSpace(w, options.heading.level, options.heading.text, { keepWith: first }) : first;
}

/** The room the list's first comment (or its empty text) needs to start where it is rather than on the next page. */
function firstSpace(w: ReportWriter, items: readonly CommentItem[], options: CommentListOptions): number {
  const item = items[0];
  return item ? measureItem(w, item, options).needs : paragraphHeight(w, options.emptyText, emptyOptions);
}

interface MeasuredItem {
  readonly text: string;
  readonly textHeight: number;
  readonly labels: readonly string[];
  /** Text and tail. */
  readonly block: number;
  /** What the comment's text asks for when the whole block does not fit (or does not fit on any page). */
  readonly lead: number;
  /** Room in which the comment starts where it is: the whole block when a page holds it, else its lead. */
  readonly needs: number;
}

function measureItem(w: ReportWriter, item: CommentItem, options: CommentListOptions): MeasuredItem {
  const doc = w.doc;
  const x = w.left + INDENT;
  const width = w.width - INDENT;
  w.style('regular', size.body);
  const text = boundedText(w, item.text, width, lineGap.body, MAX_COMMENT_LINES);
  const lineHeight = doc.currentLineHeight(true) + lineGap.body;
  const textHeight = doc.heightOfString(text, { width, lineGap: lineGap.body });
  const labels = item.evidence.map(evidenceLabel).filter((label) => label !== '');
  const block = textHeight + tailHeight(w, item, labels, options, x, width);
  const lead = Math.min(textHeight, lineHeight * 3) + (labels.length > 0 ? CHIP.height + 4 : 0);
  return { text, textHeight, labels, block, lead, needs: block <= w.bottom - w.top ? block : lead };
}

function listItem(w: ReportWriter, item: CommentItem, marker: string, options: CommentListOptions, full: () => boolean): void {
  const doc = w.doc;
  const x = w.left + INDENT;
  const width = w.width - INDENT;
  const { text, textHeight, labels, block, lead } = measureItem(w, item, options);
  // A comment whose text fits here but whose chips, quotes or provenance would not starts on the next page,
  // so its tail never stands alone at the top of a page (or on a last page of its own).
  if (block > w.bottom - w.y && textHeight <= w.bottom - w.y && block <= w.bottom - w.top) w.newPage();
  else w.ensureSpace(lead);
  w.group('LI', () => {
    const y = w.y;
    w.content('Lbl', () => {
      w.style('semibold', size.body, colors.accent);
      doc.text(marker, w.left + (marker === '•' ? 3 : 0), y, { lineBreak: false });
    });
    w.group('LBody', () => {
      w.content('P', () => {
        w.style('regular', size.body, colors.text);
        doc.text(text, x, y, { width, lineGap: lineGap.body });
      });
      if (labels.length > 0) chips(w, labels, x + 0.5, width);
      if (options.quotes) {
        const quoted = item.evidence.filter((evidence) => evidence.quote);
        let shown = 0;
        while (shown < quoted.length && !full()) quote(w, quoted[shown++]!, x, width);
        if (shown < quoted.length) {
          w.y += 2;
          paragraph(w, `Ytterligare ${quoted.length - shown} citat ryms inte i rapporten; de finns i bedömningsfilen.`, {
            indent: INDENT,
            size: size.tiny + 0.5,
            color: colors.muted,
            gap: 0,
          });
        }
      }
      if (item.aside) {
        w.y += 2;
        paragraph(w, item.aside, { indent: INDENT, size: size.tiny + 0.5, color: colors.muted, gap: 0 });
      }
    });
  });
  doc.x = w.left;
  w.y += space.item;
}

interface PlacedChip {
  readonly label: string;
  readonly x: number;
  readonly row: number;
  readonly width: number;
}

const CHIP_ROW_HEIGHT = CHIP.height + 3;

/** Where each chip goes: left to right, a new row when the next one would overflow the width. */
function placeChips(w: ReportWriter, labels: readonly string[], x: number, width: number): { placed: PlacedChip[]; rows: number } {
  w.style('semibold', CHIP.fontSize);
  const placed: PlacedChip[] = [];
  let cursor = x;
  let row = 0;
  for (const label of labels) {
    const chipWidth = w.doc.widthOfString(label) + CHIP.padX * 2;
    if (cursor + chipWidth > x + width && cursor > x) {
      row += 1;
      cursor = x;
    }
    placed.push({ label, x: cursor, row, width: chipWidth });
    cursor += chipWidth + CHIP.gap;
  }
  return { placed, rows: row + 1 };
}

/** Page chips in rows: light accent fills (decoration) behind tagged text. */
function chips(w: ReportWriter, labels: readonly string[], x: number, width: number): void {
  const doc = w.doc;
  const { placed, rows } = placeChips(w, labels, x, width);
  w.y += 1.5;
  w.ensureSpace(rows * CHIP_ROW_HEIGHT);
  const top = w.y;
  w.artifact(() => {
    for (const chip of placed) {
      doc.roundedRect(chip.x, top + chip.row * CHIP_ROW_HEIGHT, chip.width, CHIP.height, 2.5).fillColor(colors.accentTint).fill();
    }
  });
  w.content('P', () => {
    w.style('semibold', CHIP.fontSize, colors.accent);
    for (const chip of placed) {
      doc.text(chip.label, chip.x + CHIP.padX, top + chip.row * CHIP_ROW_HEIGHT + 3, { lineBreak: false });
    }
  });
  doc.x = w.left;
  w.y = top + rows * CHIP_ROW_HEIGHT;
}

/** What follows a comment's text (chips, quotes, provenance), measured as drawn; quotes a budget cuts count in full. */
function tailHeight(w: ReportWriter, item: CommentItem, labels: readonly string[], options: CommentListOptions, x: number, width: number): number {
  let height = labels.length > 0 ? 1.5 + placeChips(w, labels, x + 0.5, width).rows * CHIP_ROW_HEIGHT : 0;
  if (options.quotes) {
    for (const evidence of item.evidence) if (evidence.quote) height += 3 + quoteHeight(w, evidence, width);
  }
  if (item.aside) {
    w.style('regular', size.tiny + 0.5);
    height += 2 + w.doc.heightOfString(item.aside, { width, lineGap: lineGap.small });
  }
  return height;
}

const QUOTE_INDENT = 10;

function quoteText(w: ReportWriter, evidence: ReportEvidence, width: number): string {
  const label = evidenceLabel(evidence);
  w.style('italic', size.small);
  return boundedText(w, `${quoted(evidence.quote ?? '')}${label ? ` (${label})` : ''}`, width - QUOTE_INDENT, lineGap.small, MAX_QUOTE_LINES);
}

function quoteHeight(w: ReportWriter, evidence: ReportEvidence, width: number): number {
  return w.doc.heightOfString(quoteText(w, evidence, width), { width: width - QUOTE_INDENT, lineGap: lineGap.small });
}

/** A quoted passage, indented with a thin accent rule, its page after it. */
function quote(w: ReportWriter, evidence: ReportEvidence, x: number, width: number): void {
  const doc = w.doc;
  const indent = QUOTE_INDENT;
  const text = quoteText(w, evidence, width);
  const lineHeight = doc.currentLineHeight(true) + lineGap.small;
  w.y += 3;
  w.ensureSpace(Math.min(doc.heightOfString(text, { width: width - indent, lineGap: lineGap.small }), lineHeight * 2));
  const startPage = w.pageIndex;
  const startY = w.y;
  w.content('Quote', () => {
    w.style('italic', size.small, colors.muted);
    doc.text(text, x + indent, startY, { width: width - indent, lineGap: lineGap.small });
  });
  const endY = w.y - lineGap.small;
  w.spanRule(startPage, startY + 1, endY, (top, bottom) => {
    doc.moveTo(x + 2, top).lineTo(x + 2, bottom).lineWidth(1.5).strokeColor(colors.accentSoft).stroke();
  });
  doc.x = w.left;
}
