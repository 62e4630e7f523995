import { describe, expect, it } from 'vitest';
import { criteriaPackageSourceSchema } from '../../../../shared/formats/criteria-package';
import { disagreement, roundToStep } from '../../../../shared/scoring/spread';
import { packageSource } from '../../../helpers/samples';

const pkg = criteriaPackageSourceSchema.parse(packageSource()).package;
const scale = pkg.scales[0]!; // 0–100 in steps of 10; bands 0 | 10–20 | 30–40 | 50–60 | 70–80 | 90–100
const THRESHOLD = pkg.consensus.spreadThreshold; // 30

describe('disagreement of individual scores', () => {
  it('computes spread, mean, standard deviation and the bands spanned', () => {
    const d = disagreement(scale, [40, 70, 60], THRESHOLD);
    expect(d).toMatchObject({ min: 40, max: 70, spread: 30, bandsSpanned: 3, suggested: 60, mustDiscuss: true });
    expect(d.mean).toBeCloseTo(56.667, 3);
    // Population standard deviation of 40, 60, 70.
    expect(d.standardDeviation).toBeCloseTo(Math.sqrt(((40 - 56.667) ** 2 + (70 - 56.667) ** 2 + (60 - 56.667) ** 2) / 3), 3);
  });

  it('counts scores inside one band as one band, and a spread below the threshold as not needing discussion', () => {
    expect(disagreement(scale, [50, 60, 60], THRESHOLD)).toMatchObject({ spread: 10, bandsSpanned: 1, mustDiscuss: false, suggested: 60 });
    expect(disagreement(scale, [20, 40], THRESHOLD)).toMatchObject({ spread: 20, bandsSpanned: 2, mustDiscuss: false, suggested: 30 });
  });

  it('leaves out examiners who did not score, and says nothing without any score', () => {
    expect(disagreement(scale, [null, 80, null], THRESHOLD)).toMatchObject({ scored: [80], spread: 0, bandsSpanned: 1, suggested: 80, standardDeviation: 0 });
    expect(disagreement(scale, [null, null], THRESHOLD)).toEqual({
      scored: [],
      min: null,
      max: null,
      spread: null,
      mean: null,
      standardDeviation: null,
      bandsSpanned: 0,
      suggested: null,
      mustDiscuss: false,
    });
  });

  it('must discuss a spread exactly at the threshold (formats.md: "at least this much")', () => {
    expect(disagreement(scale, [30, 60], THRESHOLD).mustDiscuss).toBe(true);
    expect(disagreement(scale, [30, 50], THRESHOLD).mustDiscuss).toBe(false);
    expect(disagreement(scale, [0, 100], THRESHOLD)).toMatchObject({ spread: 100, bandsSpanned: 6 });
  });
});

describe('rounding to a valid step', () => {
  it('rounds to the nearest step and an exact half up', () => {
    expect(roundToStep(scale, 54)).toBe(50);
    expect(roundToStep(scale, 55)).toBe(60);
    expect(roundToStep(scale, 56.7)).toBe(60);
    expect(roundToStep(scale, (10 + 20 + 20) / 3)).toBe(20);
  });

  it('keeps to the scale and to fractional steps', () => {
    expect(roundToStep(scale, -12)).toBe(0);
    expect(roundToStep(scale, 140)).toBe(100);
    const half = { min: 1, max: 5, step: 0.5 };
    expect(roundToStep(half, 2.25)).toBe(2.5);
    expect(roundToStep(half, 2.2)).toBe(2);
    expect(roundToStep(half, (0.1 + 0.2) * 10)).toBe(3);
  });
});
