import { describe, expect, it } from 'vitest';
import { countWords, findMatches, foldText, hasLetters, normaliseWhitespace, queryWords } from '../../../../shared/documents/text';

describe('document text matching', () => {
  it('folds case and diacritics the way a user expects', () => {
    expect(foldText('Översikt ÅÄÖ é').folded).toBe('oversikt aao e');
    // Decomposed input (a + combining ring) folds like the composed letter.
    expect(foldText('a\u030angest').folded).toBe(foldText('ångest').folded);
  });

  it('finds every word of a query as substrings, mapped back to the original text', () => {
    const text = 'Klagomålshantering på Lindgården: KLAGOMÅL tas emot.';
    const ranges = findMatches(text, 'klagomål');
    expect(ranges.map(([s, e]) => text.slice(s, e))).toEqual(['Klagomål', 'KLAGOMÅL']);
    expect(findMatches(text, 'HANTERING lindgarden').map(([s, e]) => text.slice(s, e))).toEqual(['hantering', 'Lindgården']);
    // All words must occur.
    expect(findMatches(text, 'klagomål saknas')).toEqual([]);
  });

  it('treats the query as plain words, never as syntax', () => {
    expect(queryWords('  "mål"  AND  NEAR(a b)  * ')).toEqual(['"mal"', 'and', 'near(a', 'b)', '*']);
    expect(findMatches('ett "mål" här', '"mål"')).toEqual([[4, 9]]);
    expect(queryWords('   ')).toEqual([]);
  });

  it('normalises whitespace, soft hyphens and counts words', () => {
    expect(normaliseWhitespace(' för\u00adbättring \n\t av  mål ')).toBe('förbättring av mål');
    expect(countWords('Förskolan Solrosen – 2026, arbets-sätt')).toBe(4);
    expect(hasLetters('12 \n 13')).toBe(false);
    expect(hasLetters('Sida 3')).toBe(true);
  });
});
