import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allCriteria, criteriaPackageSourceSchema } from '../../../../shared/formats/criteria-package';
import { areaPoints, scaleOf, totalPoints, type Scores } from '../../../../shared/scoring/points';
import { bandFor, isValidScore, validScores } from '../../../../shared/scoring/scale';
import { packageSource } from '../../../helpers/samples';

const pkg = criteriaPackageSourceSchema.parse(packageSource()).package;
const criteria = allCriteria(pkg).map(({ criterion }) => criterion);
const steps = (id: string) => validScores(scaleOf(pkg, criteria.find((c) => c.id === id)!));

/** Any partial scoring of the sample package: each criterion unscored or at one of its valid scores. */
const scoring: fc.Arbitrary<Record<string, number | null>> = fc.record(
  Object.fromEntries(criteria.map((c) => [c.id, fc.option(fc.constantFrom(...steps(c.id)), { nil: null })])),
);

/** Any scale the package format allows: min, a positive step, a whole number of steps. */
const scale = fc
  .record({ min: fc.integer({ min: -50, max: 50 }), step: fc.constantFrom(0.1, 0.25, 0.5, 1, 2, 5, 10), count: fc.integer({ min: 1, max: 40 }) })
  .map(({ min, step, count }) => ({ min, step, max: Number((min + step * count).toFixed(10)) }));

describe('the scoring math, for any scoring', () => {
  it('keeps the total between 0 and the points of the scored criteria, and equal to the sum of the areas', () => {
    fc.assert(
      fc.property(scoring, (scores) => {
        const total = totalPoints(pkg, scores);
        const scoredMax = criteria.filter((c) => scores[c.id] !== null).reduce((sum, c) => sum + c.points, 0);
        expect(total.points).toBeGreaterThanOrEqual(0);
        expect(total.points).toBeLessThanOrEqual(scoredMax + 1e-9);
        expect(total.maxPoints).toBe(pkg.totalPoints);
        const areas = areaPoints(pkg, scores);
        expect(Math.abs(areas.reduce((sum, a) => sum + a.points, 0) - total.points)).toBeLessThan(1e-9);
        expect(areas.reduce((sum, a) => sum + a.scored, 0)).toBe(total.scored);
      }),
    );
  });

  it('never lowers the total when one criterion\'s score rises', () => {
    fc.assert(
      fc.property(scoring, fc.constantFrom(...criteria.map((c) => c.id)), fc.nat(), (scores, id, pick) => {
        const options = steps(id);
        const higher: Scores = { ...scores, [id]: options[pick % options.length]! };
        const before = scores[id];
        if (before !== null && before !== undefined && higher[id]! < before) return;
        expect(totalPoints(pkg, higher).points).toBeGreaterThanOrEqual(totalPoints(pkg, scores).points - 1e-9);
      }),
    );
  });

  it('does not depend on the order the scores are listed in', () => {
    fc.assert(
      fc.property(scoring, (scores) => {
        const reversed = Object.fromEntries(Object.entries(scores).reverse());
        expect(totalPoints(pkg, reversed)).toEqual(totalPoints(pkg, scores));
      }),
    );
  });
});

describe('scales, for any valid scale', () => {
  it('lists only valid scores, from min to max, one step apart, each in exactly one band of an even split', () => {
    fc.assert(
      fc.property(scale, fc.integer({ min: 1, max: 6 }), ({ min, max, step }, bandCount) => {
        const scores = validScores({ min, max, step });
        expect(scores[0]).toBe(min);
        expect(scores.at(-1)).toBeCloseTo(max, 9);
        for (const score of scores) expect(isValidScore({ min, max, step }, score)).toBe(true);
        for (let i = 1; i < scores.length; i++) expect(scores[i]! - scores[i - 1]!).toBeCloseTo(step, 9);
        // Bands as a package would cut them: contiguous runs of valid scores.
        const size = Math.ceil(scores.length / bandCount);
        const bands = [];
        for (let i = 0; i < scores.length; i += size) {
          bands.push({ from: scores[i]!, to: scores[Math.min(scores.length, i + size) - 1]!, label: `B${i}`, descriptor: '' });
        }
        for (const score of scores) {
          const band = bandFor({ min, max, step, bands }, score);
          expect(band).not.toBeNull();
          expect(bands.filter((b) => score >= b.from && score <= b.to)).toEqual([band]);
        }
        expect(isValidScore({ min, max, step }, min + step / 2)).toBe(false);
        expect(isValidScore({ min, max, step }, max + step)).toBe(false);
      }),
    );
  });
});
