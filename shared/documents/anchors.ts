/**
 * Finding a quoted passage again. Comparison ignores whitespace, case and
 * diacritics, so a passage survives re-extraction, re-rendering and a
 * different line layout; the prefix and suffix decide between repeated
 * quotes, and a preferred location breaks the remaining ties.
 */
import { LIMITS } from '../domain/assessment';
import { foldText, normaliseWhitespace, type FoldedText, type TextRange } from './text';

/** Characters of context kept on each side of a quote. */
export const CONTEXT_CHARS = 48;
/** A partial (page-crossing) match must cover at least this many characters of the quote. */
const MIN_PARTIAL = 12;

export interface QuoteQuery {
  readonly quote: string;
  readonly prefix?: string | undefined;
  readonly suffix?: string | undefined;
}

function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

function occurrences(haystack: string, needle: string): number[] {
  const found: number[] = [];
  if (needle === '') return found;
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) found.push(at);
  return found;
}

/**
 * Where `query.quote` is in `text` (folded with whitespace dropped, see
 * {@link foldText}), as a range of the original text; null when it is not there.
 * `preferred(start)` marks locations to prefer when context does not decide.
 * With `partial`, a quote running past the end of `text` (onto the next page)
 * matches by its longest leading part found there.
 */
export function findQuote(
  text: FoldedText,
  query: QuoteQuery,
  options: { preferred?: (originStart: number) => boolean; partial?: boolean } = {},
): TextRange | null {
  const quote = foldText(query.quote, true).folded;
  if (quote === '') return null;
  let length = quote.length;
  let starts = occurrences(text.folded, quote);
  if (starts.length === 0 && options.partial) {
    // Longest leading part that ends the text (binary search: shorter parts occur wherever longer ones do).
    let low = MIN_PARTIAL;
    let high = quote.length - 1;
    let best: number[] = [];
    while (low <= high) {
      const mid = (low + high) >> 1;
      const found = occurrences(text.folded, quote.slice(0, mid));
      if (found.length > 0) {
        best = found;
        length = mid;
        low = mid + 1;
      } else high = mid - 1;
    }
    starts = best.filter((at) => at + length === text.folded.length);
  }
  if (starts.length === 0) return null;
  const prefix = foldText(query.prefix ?? '', true).folded;
  const suffix = foldText(query.suffix ?? '', true).folded;
  let best = starts[0]!;
  let bestScore = -1;
  for (const at of starts) {
    const context =
      commonSuffix(text.folded.slice(Math.max(0, at - prefix.length), at), prefix) +
      commonPrefix(text.folded.slice(at + length, at + length + suffix.length), suffix);
    const score = context * 2 + (options.preferred?.(text.origin[at]!) ? 1 : 0);
    if (score > bestScore) {
      best = at;
      bestScore = score;
    }
  }
  return [text.origin[best]!, text.originEnd[best + length - 1]!];
}

/** A document's units (pages or paragraphs) as one text, to find passages across unit boundaries. */
export class UnitStream {
  readonly joined: string;
  readonly folded: FoldedText;
  private readonly starts: number[] = [];

  constructor(readonly units: readonly { readonly number: number; readonly text: string }[]) {
    let joined = '';
    for (const unit of units) {
      if (joined !== '') joined += ' ';
      this.starts.push(joined.length);
      joined += normaliseWhitespace(unit.text);
    }
    this.joined = joined;
    this.folded = foldText(joined, true);
  }

  /** The unit number at a position of {@link joined}. */
  unitAt(offset: number): number {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return this.units[low]?.number ?? 0;
  }

  /** The range of {@link joined} that one unit occupies. */
  rangeOf(number: number): TextRange | null {
    const index = this.units.findIndex((u) => u.number === number);
    if (index < 0) return null;
    const start = this.starts[index]!;
    return [start, start + normaliseWhitespace(this.units[index]!.text).length];
  }

  /** Quote and context cut from the stream, within the assessment model's limits. */
  anchorText(range: TextRange): { quote: string; prefix: string; suffix: string } {
    const quote = this.joined.slice(range[0], range[1]).slice(0, LIMITS.quoteChars).trim();
    const prefix = this.joined.slice(Math.max(0, range[0] - CONTEXT_CHARS), range[0]).trimStart();
    const suffix = this.joined.slice(range[1], range[1] + CONTEXT_CHARS).trimEnd();
    return { quote, prefix, suffix };
  }
}
