import { describe, expect, it } from 'vitest';
import { computeCoverage } from '../../../../shared/documents/coverage';

describe('coverage map', () => {
  it('lists criteria per page in criteria order, uncited pages and criteria without evidence', () => {
    const coverage = computeCoverage(
      [1, 2, 3, 4],
      [
        { criterionId: '2.1', unit: 2 },
        { criterionId: '1.1', unit: 2 },
        { criterionId: '1.1', unit: 2 },
        { criterionId: '3.1', unit: 4 },
        { criterionId: '4.1', unit: null },
      ],
      ['1.1', '2.1', '3.1', '4.1', '5.1'],
    );
    expect(coverage.cells).toEqual([
      { unit: 1, criteria: [] },
      { unit: 2, criteria: ['1.1', '2.1'] },
      { unit: 3, criteria: [] },
      { unit: 4, criteria: ['3.1'] },
    ]);
    expect(coverage.uncited).toEqual([1, 3]);
    // A lost anchor is no evidence.
    expect(coverage.criteriaWithoutEvidence).toEqual(['4.1', '5.1']);
  });
});
