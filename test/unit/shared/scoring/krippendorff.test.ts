import { describe, expect, it } from 'vitest';
import { krippendorffAlpha, unitsOfRaterRows, type AlphaMetric } from '../../../../shared/scoring/krippendorff';

const _ = null;
/**
 * Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section
 * C: observers A–D (rows) × units 1–12 (columns), missing values as `_`.
 */
const PAPER = [
  [1, 2, 3, 3, 2, 1, 4, 1, 2, _, _, _],
  [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, _, 3],
  [_, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, _],
  [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, _],
];

const alphaOf = (rows: (number | null)[][], metric: AlphaMetric) => krippendorffAlpha(unitsOfRaterRows(rows), metric);

describe("Krippendorff's alpha reproduces the published example (Krippendorff 2011)", () => {
  it.each([
    ['nominal', '0.743'],
    ['ordinal', '0.815'],
    ['interval', '0.849'],
    ['ratio', '0.797'],
  ] as const)('%s metric: α = %s', (metric, published) => {
    expect(alphaOf(PAPER, metric)!.toFixed(3)).toBe(published);
  });

  it('leaves out unit 12, whose one value cannot be paired: dropping it changes nothing', () => {
    const without12 = PAPER.map((row) => row.slice(0, 11));
    for (const metric of ['nominal', 'ordinal', 'interval', 'ratio'] as const) expect(alphaOf(without12, metric)).toBe(alphaOf(PAPER, metric));
  });
});

describe("Krippendorff's alpha, computed by hand", () => {
  it('two raters, three units, interval: 1 − (n−1)·Σo·δ² / Σn_c·n_k·δ²', () => {
    // Units (1,1), (2,3), (3,3): n = 6; observed Σ o_ck δ² = 2·1 (the 2–3 pair, both orders, weight 1);
    // values 1,1,2,3,3,3: Σ_{c≠k} n_c n_k δ² over ordered pairs = 2·(2·1·1 + 2·3·4 + 1·3·1) = 58.
    expect(krippendorffAlpha([[1, 1], [2, 3], [3, 3]], 'interval')).toBeCloseTo(1 - (5 * 2) / 58, 12);
    // Nominal: observed 2 (the 2–3 disagreement both ways); expected 2·(2·1 + 2·3 + 1·3) = 22.
    expect(krippendorffAlpha([[1, 1], [2, 3], [3, 3]], 'nominal')).toBeCloseTo(1 - (5 * 2) / 22, 12);
  });

  it('is negative when raters disagree more than chance would', () => {
    expect(krippendorffAlpha([[1, 2], [2, 1], [1, 2]], 'interval')!).toBeLessThan(0);
  });

  it('weights a value by 1 / (m_u − 1): a unit seen by three raters counts as much as its pairs', () => {
    const three = krippendorffAlpha([[1, 1, 2], [3, 3, 3], [5, 4, 5]], 'interval');
    const omittedNull = krippendorffAlpha([[1, 1, 2, null], [3, null, 3, 3], [5, 4, null, 5]], 'interval');
    expect(omittedNull).toBe(three);
  });
});

describe("Krippendorff's alpha is null where it is undefined", () => {
  it('without two pairable values', () => {
    expect(krippendorffAlpha([], 'interval')).toBeNull();
    expect(krippendorffAlpha([[1, null], [null, 2], [3]], 'interval')).toBeNull();
  });

  it('when every value is the same (no expected disagreement)', () => {
    expect(krippendorffAlpha([[4, 4], [4, 4, 4]], 'interval')).toBeNull();
    expect(krippendorffAlpha([[4, 4], [4, 4, 4]], 'nominal')).toBeNull();
  });

  it('refuses what is not a value, and negative values on the ratio scale', () => {
    expect(() => krippendorffAlpha([[1, Number.NaN]], 'interval')).toThrow(RangeError);
    expect(() => krippendorffAlpha([[1, Infinity]], 'nominal')).toThrow(RangeError);
    expect(() => krippendorffAlpha([[1, -1]], 'ratio')).toThrow(RangeError);
  });
});
