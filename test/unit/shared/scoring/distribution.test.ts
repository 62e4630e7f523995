import { describe, expect, it } from 'vitest';
import { distribution, mean, quantileOfSorted } from '../../../../shared/scoring/distribution';

describe('distribution', () => {
  it('gives the five-number summary with quartiles as Excel QUARTILE.INC computes them', () => {
    // QUARTILE.INC({1,2,3,4,10}; 1) = 2, (…; 3) = 4; of {1,2,3,4}: 1.75 and 3.25.
    expect(distribution([4, 1, 10, 3, 2])).toEqual({ count: 5, mean: 4, min: 1, lowerQuartile: 2, median: 3, upperQuartile: 4, max: 10 });
    expect(distribution([1, 2, 3, 4])).toMatchObject({ lowerQuartile: 1.75, median: 2.5, upperQuartile: 3.25 });
  });

  it('has one value as every statistic, and nothing without values', () => {
    expect(distribution([7])).toEqual({ count: 1, mean: 7, min: 7, lowerQuartile: 7, median: 7, upperQuartile: 7, max: 7 });
    expect(distribution([])).toBeNull();
    expect(mean([])).toBeNull();
    expect(() => quantileOfSorted([], 0.5)).toThrow(RangeError);
  });
});
