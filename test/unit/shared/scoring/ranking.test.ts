import { describe, expect, it } from 'vitest';
import { competitionRanks, contestantCode } from '../../../../shared/scoring/ranking';

describe('contestantCode', () => {
  it('runs A … Z, then AA, AB … like spreadsheet columns', () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702].map(contestantCode)).toEqual(['A', 'B', 'Z', 'AA', 'AB', 'AZ', 'BA', 'ZZ', 'AAA']);
    const codes = Array.from({ length: 1000 }, (_, i) => contestantCode(i));
    expect(new Set(codes).size).toBe(1000);
  });
});

describe('competitionRanks', () => {
  it('gives equal totals the same rank and skips the next', () => {
    expect(competitionRanks([610, 712.5, 712.5, 480])).toEqual([3, 1, 1, 4]);
    expect(competitionRanks([])).toEqual([]);
  });
});
