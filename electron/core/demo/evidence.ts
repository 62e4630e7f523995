/**
 * The demo's evidence, found in the contestant's real document the way an
 * examiner finds it: a few words that stand out (the cue) are looked up in the
 * document's text page by page, the sentence around them is what the examiner
 * selects, and the core cuts the anchor from that selection (`document:anchor`).
 */
import { normaliseWhitespace } from '../../../shared/documents/text';
import { appError } from '../../../shared/errors';

/** Longer than this and the "sentence" is a table or a list run together: the cue alone is quoted then. */
const MAX_SENTENCE = 280;

export interface Selection {
  /** The page (unit) the selection is on. */
  readonly unit: number;
  readonly selectedText: string;
}

/**
 * A sentence ends at . ? ! before a capital, a digit, a bullet or an opening
 * quote — but not after "kl." (kl. 08.30) or a list number ("1. Ta emot").
 */
const SENTENCE_END = /(?<!\bkl|(?:^|\s)\d{1,2})[.?!](?=\s+[A-ZÅÄÖ0-9•“"])/g;

/**
 * The sentence that holds `cue` on the first page that has it. A cue that
 * starts with a capital is taken to start its sentence (what comes before it on
 * the page may be a heading); a cue prefixed with "=" is quoted exactly as given.
 */
export function selectionFor(pages: readonly { readonly unit: number; readonly text: string }[], cue: string): Selection {
  const exact = cue.startsWith('=');
  const wanted = normaliseWhitespace(exact ? cue.slice(1) : cue);
  for (const page of pages) {
    const text = normaliseWhitespace(page.text).replace(/\s*•\s*/g, ' • ');
    const at = text.indexOf(wanted);
    if (at < 0) continue;
    if (exact) return { unit: page.unit, selectedText: wanted };
    return { unit: page.unit, selectedText: sentenceAround(text, at, wanted) };
  }
  throw appError('demo-cue-missing', { wanted });
}

function sentenceAround(text: string, at: number, cue: string): string {
  let start = 0;
  let end = text.length;
  for (const match of text.matchAll(SENTENCE_END)) {
    const boundary = match.index + 1;
    if (boundary <= at) start = boundary;
    else if (boundary >= at + cue.length) {
      end = boundary;
      break;
    }
  }
  const bullet = text.lastIndexOf('•', at);
  if (bullet >= start) start = bullet + 1;
  if (/^[A-ZÅÄÖ]/.test(cue)) start = at;
  const sentence = text.slice(start, end).replace(/\s*•.*$/, '').trim();
  return sentence.length > MAX_SENTENCE ? cue : sentence;
}
