import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pairwiseAlpha } from '../../../helpers/pairwise-alpha';
import { krippendorffAlpha, unitsOfRaterRows, type AlphaMetric } from '../../../../shared/scoring/krippendorff';

const METRICS: readonly AlphaMetric[] = ['nominal', 'ordinal', 'interval', 'ratio'];

/** A raters × units table of scores 0–10 (as on the award's scales), some missing. */
const table = fc.integer({ min: 2, max: 6 }).chain((raters) =>
  fc.integer({ min: 1, max: 15 }).chain((units) =>
    fc.array(fc.array(fc.option(fc.integer({ min: 0, max: 10 }), { nil: null, freq: 4 }), { minLength: units, maxLength: units }), {
      minLength: raters,
      maxLength: raters,
    }),
  ),
);

/** A table and a permutation of its raters. */
const tableWithRaterOrder = table.chain((rows) =>
  fc.tuple(fc.constant(rows), fc.shuffledSubarray(rows.map((_, i) => i), { minLength: rows.length, maxLength: rows.length })),
);

const alphaOf = (rows: (number | null)[][], metric: AlphaMetric) => krippendorffAlpha(unitsOfRaterRows(rows), metric);
const sameAlpha = (a: number | null, b: number | null) => {
  if (a === null || b === null) expect(a).toBe(b);
  else expect(a).toBeCloseTo(b, 9);
};

describe("Krippendorff's alpha, for any reliability data", () => {
  it('is 1 when every rater gives each unit the same value (and the units differ)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 2, maxLength: 15 }),
        fc.integer({ min: 2, max: 6 }),
        fc.constantFrom(...METRICS),
        (truth, raters, metric) => {
          fc.pre(new Set(truth).size >= 2);
          const rows = Array.from({ length: raters }, () => [...truth]);
          expect(alphaOf(rows, metric)).toBeCloseTo(1, 12);
        },
      ),
    );
  });

  it('does not change when the raters are relabelled (their rows reordered)', () => {
    fc.assert(
      fc.property(tableWithRaterOrder, fc.constantFrom(...METRICS), ([rows, order], metric) => {
        sameAlpha(alphaOf(order.map((i) => rows[i]!), metric), alphaOf(rows, metric));
      }),
    );
  });

  it('does not change when a constant is added to every value (interval metric)', () => {
    fc.assert(
      fc.property(table, fc.integer({ min: -1000, max: 1000 }), (rows, shift) => {
        const shifted = rows.map((row) => row.map((v) => (v === null ? null : v + shift)));
        sameAlpha(alphaOf(shifted, 'interval'), alphaOf(rows, 'interval'));
      }),
    );
  });

  it('does not change under any order-keeping relabelling (ordinal) or any one-to-one relabelling (nominal)', () => {
    fc.assert(
      fc.property(table, (rows) => {
        const squared = rows.map((row) => row.map((v) => (v === null ? null : v * v + 3)));
        sameAlpha(alphaOf(squared, 'ordinal'), alphaOf(rows, 'ordinal'));
        const scrambled = rows.map((row) => row.map((v) => (v === null ? null : (v * 7) % 11)));
        sameAlpha(alphaOf(scrambled, 'nominal'), alphaOf(rows, 'nominal'));
      }),
    );
  });

  it('gives, on the interval metric, what the definition pair by pair gives (large values too)', () => {
    fc.assert(
      fc.property(table, fc.constantFrom(0, 1_000_000), (rows, shift) => {
        const shifted = rows.map((row) => row.map((v) => (v === null ? null : v + shift)));
        const units = unitsOfRaterRows(shifted).map((unit) => unit.filter((v): v is number => v !== null));
        sameAlpha(alphaOf(shifted, 'interval'), pairwiseAlpha(units.map((u) => u.map((v) => v - shift))));
      }),
    );
  });

  it('never exceeds 1, and is null only without two pairable values or without any variation', () => {
    fc.assert(
      fc.property(table, fc.constantFrom(...METRICS), (rows, metric) => {
        const alpha = alphaOf(rows, metric);
        const pairable = unitsOfRaterRows(rows)
          .map((unit) => unit.filter((v) => v !== null))
          .filter((unit) => unit.length >= 2)
          .flat();
        const undefinedAlpha = pairable.length < 2 || new Set(pairable).size < 2;
        expect(alpha === null).toBe(undefinedAlpha);
        if (alpha !== null) expect(alpha).toBeLessThanOrEqual(1 + 1e-12);
      }),
    );
  });
});
