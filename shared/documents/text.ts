/**
 * Text as the examiner sees it, made comparable: the same normalisation and
 * matching in the core (index, snippets, anchors) and in the viewer (hit and
 * evidence highlights), so a hit listed on page 12 is the one marked on page 12.
 */

// Soft hyphens and zero-width characters are invisible in a document and must not break a match.
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
const INVISIBLE_CHAR = /^[\u00ad\u200b-\u200d\u2060\ufeff]$/;
const SPACE = /\s+/gu;

/** NFC, invisible characters removed, every run of whitespace one space, trimmed. */
export function normaliseWhitespace(text: string): string {
  return text.normalize('NFC').replace(INVISIBLE, '').replace(SPACE, ' ').trim();
}

/** Like {@link normaliseWhitespace} but keeps line breaks (one per run), for showing extracted text. */
export function normaliseLines(text: string): string {
  return text
    .normalize('NFC')
    .replace(INVISIBLE, '')
    .split(/\r?\n/)
    .map((line) => line.replace(SPACE, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
}

/** Case and diacritics folded, as a user expects search to ignore them: "Översikt" ~ "oversikt". */
export function foldChar(char: string): string {
  return char.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * A string folded character by character, with a map from each folded
 * position back to the original, so matches found in the folded text can be
 * marked in the original.
 */
export interface FoldedText {
  readonly folded: string;
  /** `origin[i]` = index in the original where folded character `i` comes from. */
  readonly origin: readonly number[];
  /** `originEnd[i]` = index in the original just after the character folded character `i` comes from. */
  readonly originEnd: readonly number[];
}

/** Folds `text`; with `dropSpace` whitespace is left out entirely (layout-independent comparison). */
export function foldText(text: string, dropSpace = false): FoldedText {
  let folded = '';
  const origin: number[] = [];
  const originEnd: number[] = [];
  let index = 0;
  for (const char of text) {
    const isSpace = /^\s$/u.test(char);
    if (!INVISIBLE_CHAR.test(char) && !(dropSpace && isSpace)) {
      const f = isSpace ? ' ' : foldChar(char);
      for (let k = 0; k < f.length; k++) {
        origin.push(index);
        originEnd.push(index + char.length);
      }
      folded += f;
    }
    index += char.length;
  }
  return { folded, origin, originEnd };
}

/** The words of a user's query, folded; never interpreted as syntax. At most 16 words. */
export function queryWords(query: string): string[] {
  const words = normaliseWhitespace(query)
    .split(' ')
    .map((word) => foldText(word).folded)
    .filter((word) => word !== '');
  return [...new Set(words)].slice(0, 16);
}

export type TextRange = readonly [start: number, end: number];

/**
 * Where the query's words occur in `text` (substrings, case- and
 * diacritics-insensitive), as sorted, merged ranges of the original text.
 * Empty unless every word occurs: a hit has all the words the user typed.
 */
export function findMatches(text: string, query: string | readonly string[]): TextRange[] {
  const words = typeof query === 'string' ? queryWords(query) : query;
  if (words.length === 0) return [];
  const { folded, origin, originEnd } = foldText(text);
  const ranges: [number, number][] = [];
  for (const word of words) {
    let found = false;
    for (let at = folded.indexOf(word); at >= 0; at = folded.indexOf(word, at + word.length)) {
      found = true;
      ranges.push([origin[at]!, originEnd[at + word.length - 1]!]);
    }
    if (!found) return [];
  }
  ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: [number, number][] = [];
  for (const range of ranges) {
    const last = merged.at(-1);
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([...range]);
  }
  return merged;
}

/** Words as a reader counts them (runs of letters or digits). */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

/** True when a page's text layer has at least one letter (else it is probably a scanned image). */
export function hasLetters(text: string): boolean {
  return /\p{L}/u.test(text);
}
