import { describe, expect, it } from 'vitest';
import { intraclassCorrelations } from '../../../../shared/scoring/intraclass';

/** Shrout & Fleiss (1979), Table 2: six targets (rows) rated by four judges (columns). */
const SHROUT_FLEISS = [
  [9, 2, 5, 8],
  [6, 1, 3, 2],
  [8, 4, 6, 8],
  [7, 1, 2, 6],
  [10, 5, 6, 9],
  [6, 2, 4, 7],
];

describe('intraclass correlations reproduce Shrout & Fleiss (1979), Table 4', () => {
  const icc = intraclassCorrelations(SHROUT_FLEISS);
  it.each([
    ['icc11', '0.17'],
    ['icc21', '0.29'],
    ['icc31', '0.71'],
    ['icc1k', '0.44'],
    ['icc2k', '0.62'],
    ['icc3k', '0.91'],
  ] as const)('%s = %s', (name, published) => {
    expect(icc[name]!.toFixed(2)).toBe(published);
  });
});

describe('intraclass correlations where they are undefined', () => {
  it('are null with fewer than two targets or judges, or when every rating is the same', () => {
    expect(intraclassCorrelations([[1, 2, 3]]).icc11).toBeNull();
    expect(intraclassCorrelations([[1], [2]]).icc21).toBeNull();
    expect(intraclassCorrelations([[3, 3], [3, 3]])).toEqual({ icc11: null, icc21: null, icc31: null, icc1k: null, icc2k: null, icc3k: null });
  });

  it('refuse a table with a rating missing', () => {
    expect(() => intraclassCorrelations([[1, 2], [3]])).toThrow(RangeError);
  });
});
