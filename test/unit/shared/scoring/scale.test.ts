import { describe, expect, it } from 'vitest';
import { bandFor, isValidScore, validScores } from '../../../../shared/scoring/scale';
import { packageSource } from '../../../helpers/samples';

const percent = { min: 0, max: 100, step: 10 };
const halves = { min: 1, max: 3, step: 0.5 };

describe('scales', () => {
  it('knows which scores are valid: within the bounds and on a step', () => {
    for (const score of [0, 10, 50, 100]) expect(isValidScore(percent, score)).toBe(true);
    for (const score of [-10, 5, 99, 110, Number.NaN, Number.POSITIVE_INFINITY]) expect(isValidScore(percent, score)).toBe(false);
    expect(isValidScore(halves, 2.5)).toBe(true);
    expect(isValidScore(halves, 2.25)).toBe(false);
    expect(isValidScore({ min: 0, max: 1, step: 0.1 }, 0.3)).toBe(true);
    expect(isValidScore({ min: 0, max: 1, step: 0 }, 0)).toBe(false);
  });

  it('lists every valid score without floating-point drift', () => {
    expect(validScores(percent)).toEqual([0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100]);
    expect(validScores(halves)).toEqual([1, 1.5, 2, 2.5, 3]);
    expect(validScores({ min: 0, max: 0.5, step: 0.1 })).toEqual([0, 0.1, 0.2, 0.3, 0.4, 0.5]);
  });

  it('finds the band of a score', () => {
    const scale = packageSource().package.scales[0]!;
    expect(bandFor(scale, 0)?.label).toBe('Underlag saknas');
    expect(bandFor(scale, 10)?.label).toBe('Början');
    expect(bandFor(scale, 20)?.label).toBe('Början');
    expect(bandFor(scale, 60)?.label).toBe('Systematiskt');
    expect(bandFor(scale, 100)?.label).toBe('Förebildligt');
    expect(bandFor(scale, 15)).toBeNull();
    expect(bandFor(scale, 110)).toBeNull();
  });
});
