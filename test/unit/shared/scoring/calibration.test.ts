import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EvidenceAnchor } from '../../../../shared/domain/assessment';
import {
  biasOf,
  compareScores,
  findCounterpart,
  samePassage,
  summariseCalibration,
  troubleByCriterion,
  type ComparedCriterion,
} from '../../../../shared/scoring/calibration';

const PERCENT = {
  min: 0,
  max: 100,
  step: 10,
  bands: [
    { from: 0, to: 0, label: 'Underlag saknas', descriptor: '' },
    { from: 10, to: 20, label: 'Början', descriptor: '' },
    { from: 30, to: 40, label: 'Delvis', descriptor: '' },
    { from: 50, to: 60, label: 'Systematiskt', descriptor: '' },
    { from: 70, to: 80, label: 'Väl integrerat', descriptor: '' },
    { from: 90, to: 100, label: 'Förebildligt', descriptor: '' },
  ],
};
const FIVE = { min: 1, max: 5, step: 1, bands: [1, 2, 3, 4, 5].map((n) => ({ from: n, to: n, label: `${n}`, descriptor: '' })) };
const DOC = 'a'.repeat(64);
const OTHER = 'b'.repeat(64);

describe('one criterion beside the reference', () => {
  it('gives the difference in scale units, in percent of the scale, in weighted points and in bands', () => {
    expect(compareScores(PERCENT, 40, 70, 40)).toEqual({ difference: 30, percentDifference: 30, pointsDifference: 12, traineeBand: 4, referenceBand: 2, bandDifference: 2 });
    expect(compareScores(FIVE, 20, 2, 4)).toEqual({ difference: -2, percentDifference: -50, pointsDifference: -10, traineeBand: 1, referenceBand: 3, bandDifference: -2 });
    expect(compareScores(PERCENT, 40, 50, 60)).toMatchObject({ difference: -10, bandDifference: 0 });
  });

  it('compares nothing when either side is unscored or invalid on the scale', () => {
    expect(compareScores(PERCENT, 40, null, 40)).toEqual({ difference: null, percentDifference: null, pointsDifference: null, traineeBand: null, referenceBand: 2, bandDifference: null });
    expect(compareScores(PERCENT, 40, 45, 40)).toMatchObject({ difference: null, traineeBand: null });
  });
});

describe('a counterpart to a reference comment', () => {
  const at = (page: number, quote?: string, document = DOC): EvidenceAnchor => ({ documentSha256: document, page, ...(quote && { quote }) });

  it('is a comment quoting the same passage (one quote within the other, whatever the case and spacing), before one on the same page', () => {
    const reference = { evidence: [at(4, 'Varje barn har en egen  portfolio som följs upp')] };
    const samePage = { id: 'p', evidence: [at(4)] };
    const quoting = { id: 'q', evidence: [at(9, 'varje barn har en egen portfolio')] };
    expect(findCounterpart(reference, [samePage, quoting])).toEqual({ id: 'q', how: 'passage' });
    expect(findCounterpart(reference, [samePage])).toEqual({ id: 'p', how: 'pages' });
  });

  it('is not a comment in another document, on another page, or quoting a few common words', () => {
    const reference = { evidence: [at(4, 'Varje barn har en egen portfolio')] };
    expect(findCounterpart(reference, [{ id: 'x', evidence: [at(4, undefined, OTHER)] }, { id: 'y', evidence: [at(5)] }])).toBeNull();
    expect(samePassage(at(1, 'en egen'), at(2, 'Varje barn har en egen portfolio'))).toBe(false);
    expect(findCounterpart({ evidence: [] }, [{ id: 'z', evidence: [at(1)] }])).toBeNull();
  });

  it('matches Word paragraphs as pages', () => {
    const paragraph = (n: number): EvidenceAnchor => ({ documentSha256: DOC, paragraph: n });
    expect(findCounterpart({ evidence: [paragraph(12)] }, [{ id: 'w', evidence: [paragraph(12)] }])).toEqual({ id: 'w', how: 'pages' });
    expect(findCounterpart({ evidence: [paragraph(12)] }, [{ id: 'w', evidence: [at(12)] }])).toBeNull();
  });
});

const row = (criterionId: string, kind: 'process' | 'result', trainee: number | null, reference: number | null): ComparedCriterion => ({
  criterionId,
  kind,
  referenceScored: reference !== null,
  comparison: compareScores(PERCENT, 40, trainee, reference),
});

describe('the summary', () => {
  it('gives the mean absolute deviation, the bias by kind and the criteria more than one band off', () => {
    const summary = summariseCalibration([row('1.1', 'process', 70, 40), row('1.2', 'process', 50, 50), row('2.1', 'result', 20, 40), row('2.2', 'result', null, 60)]);
    expect(summary.criteria).toBe(4);
    expect(summary.compared).toBe(3);
    expect(summary.meanAbsoluteDeviation).toBeCloseTo((30 + 0 + 20) / 3, 12);
    expect(summary.bias.all.mean).toBeCloseTo(10 / 3, 12);
    expect(summary.bias.all.direction).toBe('even');
    expect(summary.bias.process).toEqual({ criteria: 2, mean: 15, direction: 'high' });
    expect(summary.bias.result).toEqual({ criteria: 1, mean: -20, direction: 'low' });
    expect(summary.offByMoreThanOneBand).toEqual(['1.1']);
  });

  it('is empty without compared criteria', () => {
    expect(summariseCalibration([row('1.1', 'process', null, 40)])).toMatchObject({ compared: 0, meanAbsoluteDeviation: null, bias: { all: { mean: null, direction: null } } });
    expect(biasOf([4.9]).direction).toBe('even');
    expect(biasOf([5]).direction).toBe('high');
  });

  it('for any scores: deviation ≥ |bias| ≥ 0, zero against oneself, and swapping the sides flips the bias', () => {
    const score = fc.option(fc.integer({ min: 0, max: 10 }).map((n) => n * 10), { nil: null, freq: 5 });
    const pairs = fc.array(fc.tuple(score, score, fc.constantFrom('process' as const, 'result' as const)), { minLength: 1, maxLength: 30 });
    fc.assert(
      fc.property(pairs, (list) => {
        const rows = list.map(([t, r, kind], i) => row(`k${i}`, kind, t, r));
        const swapped = list.map(([t, r, kind], i) => row(`k${i}`, kind, r, t));
        const self = list.map(([t, , kind], i) => row(`k${i}`, kind, t, t));
        const s = summariseCalibration(rows);
        if (s.meanAbsoluteDeviation === null) {
          expect(s.compared).toBe(0);
          return;
        }
        expect(s.meanAbsoluteDeviation).toBeGreaterThanOrEqual(Math.abs(s.bias.all.mean!) - 1e-9);
        expect(summariseCalibration(swapped).bias.all.mean).toBeCloseTo(-s.bias.all.mean!, 9);
        expect(summariseCalibration(swapped).offByMoreThanOneBand).toEqual(s.offByMoreThanOneBand);
        expect(summariseCalibration(self).meanAbsoluteDeviation).toBe(0);
        expect(summariseCalibration(self).offByMoreThanOneBand).toEqual([]);
      }),
    );
  });
});

describe('the criteria that trouble most trainees', () => {
  it('counts trainees more than one band off per criterion, most first, then by mean deviation', () => {
    const troubles = troubleByCriterion([
      { trainee: 'A', rows: [row('1.1', 'process', 70, 40), row('1.2', 'process', 50, 40)] },
      { trainee: 'B', rows: [row('1.1', 'process', 0, 40), row('1.2', 'process', 60, 40)] },
      { trainee: 'C', rows: [row('1.1', 'process', 40, 40), row('1.2', 'process', null, 40)] },
    ]);
    expect(troubles.map((t) => [t.criterionId, t.trainees, t.offByMoreThanOneBand])).toEqual([
      ['1.1', 3, 2],
      ['1.2', 2, 0],
    ]);
    expect(troubles[0]!.meanAbsoluteDeviation).toBeCloseTo(70 / 3, 12);
    expect(troubles[0]!.bias.mean).toBeCloseTo(-10 / 3, 12);
    expect(troubles[1]!.bias).toEqual({ criteria: 2, mean: 15, direction: 'high' });
  });
});
