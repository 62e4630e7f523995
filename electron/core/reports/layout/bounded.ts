/**
 * Bounds on how much room text from a file may take in a report. A comment is
 * limited in characters, not in lines: 10 000 newlines would be 200 pages.
 * So whitespace runs are collapsed (at most one blank line, one space), each
 * text is cut at a number of lines with a visible note, and a list of comments
 * stops, saying how many it left out, once it has filled its share of pages.
 * What is cut is always said in the report, and the file keeps the full text.
 */
import type { ReportWriter } from './writer';

/** Line breaks as pdfkit's line breaker takes them (UAX #14 mandatory breaks). */
const LINE_BREAKS = /\r\n|[\r\n\v\f\u0085\u2028\u2029]/gu;

/** Blank-line runs become one blank line, space runs one space, each line trimmed. */
export function tidyText(text: string): string {
  return text
    .replace(LINE_BREAKS, '\n')
    .split('\n')
    .map((line) => line.replace(/[^\S\n]+/gu, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

export const CUT_NOTE = ' … [avkortad i rapporten; hela texten finns i bedömningsfilen]';

/** Lines a running text may take: about two thirds of a page. */
export const MAX_TEXT_LINES = 30;
/** Lines one comment in a list may take (a 2 000-character comment takes about 22). */
export const MAX_COMMENT_LINES = 30;
/** Lines one quoted passage may take. */
export const MAX_QUOTE_LINES = 4;
/** Pages the lists of one criterion (strengths, improvement areas, questions) may fill together. */
export const MAX_CRITERION_LIST_PAGES = 4;
/** The same in the spårbarhetsbilaga, where every comment also has its quotes. */
export const MAX_APPENDIX_LIST_PAGES = 8;

/** Room shared by several lists: once they have filled it, each says what it left out. */
export interface ListBudget {
  readonly start: { readonly page: number; readonly y: number };
  readonly pages: number;
}

export const listBudget = (w: ReportWriter, pages = MAX_CRITERION_LIST_PAGES): ListBudget => ({ start: { page: w.pageIndex, y: w.y }, pages });

export const budgetSpent = (w: ReportWriter, budget: ListBudget) => heightSince(w, budget.start) >= budget.pages * (w.bottom - w.top);

/**
 * `text`, tidied, and cut so that it takes at most `maxLines` lines at `width` in the writer's current
 * font, the cut marked with CUT_NOTE. Each line of the text is measured once; only the line where the cut
 * falls is searched for the last word that fits.
 */
export function boundedText(w: ReportWriter, text: string, width: number, lineGap: number, maxLines: number): string {
  const tidy = tidyText(text);
  const lineHeight = w.doc.currentLineHeight(true) + lineGap;
  const linesOf = (line: string) => Math.max(1, Math.round(w.doc.heightOfString(line, { width, lineGap }) / lineHeight));
  // The note may need a line of its own.
  const room = maxLines - 1;
  const lines = tidy.split('\n');
  const kept: string[] = [];
  let used = 0;
  for (const [index, line] of lines.entries()) {
    const height = linesOf(line);
    if (used + height <= room || (index === lines.length - 1 && used + height <= maxLines)) {
      kept.push(line);
      used += height;
      continue;
    }
    // Cut within this line, after the last word (or, in one endless word, character) that fits.
    const words = line.split(' ');
    const [pieces, joiner] = words.length > 1 ? [words, ' '] : [Array.from(line), ''];
    let low = 0;
    let high = pieces.length - 1;
    while (low < high) {
      const mid = Math.ceil((low + high) / 2);
      if (used + linesOf(pieces.slice(0, mid).join(joiner)) <= room) low = mid;
      else high = mid - 1;
    }
    if (low > 0) kept.push(pieces.slice(0, low).join(joiner));
    return kept.join('\n').trimEnd() + CUT_NOTE;
  }
  return tidy;
}

/** How far the writer has come since `start`, in points, counting each page turned as a full page. */
export function heightSince(w: ReportWriter, start: { page: number; y: number }): number {
  return (w.pageIndex - start.page) * (w.bottom - w.top) + (w.y - start.y);
}
