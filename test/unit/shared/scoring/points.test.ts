import { describe, expect, it } from 'vitest';
import { criteriaPackageSourceSchema, type CriteriaPackage } from '../../../../shared/formats/criteria-package';
import { applicableCriteria, areaPoints, criterionPoints, totalPoints, weightedPoints } from '../../../../shared/scoring/points';
import { packageSource } from '../../../helpers/samples';

const sample = (): CriteriaPackage => criteriaPackageSourceSchema.parse(packageSource()).package;
const allScored = (pkg: CriteriaPackage, score: number) =>
  Object.fromEntries(pkg.areas.flatMap((a) => a.criteria.map((c) => [c.id, score])));

describe('points', () => {
  it('weights a score: points * (score - min) / (max - min)', () => {
    expect(weightedPoints(75, { min: 0, max: 100, step: 10 }, 60)).toBe(45);
    expect(weightedPoints(40, { min: 1, max: 5, step: 1 }, 3)).toBe(20);
    expect(weightedPoints(40, { min: 1, max: 5, step: 1 }, 1)).toBe(0);
    expect(weightedPoints(150, { min: 0, max: 100, step: 10 }, 100)).toBe(150);
    expect(() => weightedPoints(75, { min: 0, max: 100, step: 10 }, 65)).toThrow(RangeError);
  });

  it('sums the whole package to its totalPoints at the top of every scale, and to 0 at the bottom', () => {
    const pkg = sample();
    expect(totalPoints(pkg, allScored(pkg, 100))).toEqual({ points: 1000, maxPoints: 1000, scored: 14, criteria: 14 });
    expect(totalPoints(pkg, allScored(pkg, 0)).points).toBe(0);
  });

  it('counts unscored criteria as not yet scored, never as zero', () => {
    const pkg = sample();
    const summary = totalPoints(pkg, { '1.1': 60, '6.1': 50, '2.1': null });
    expect(summary).toEqual({ points: 45 + 75, maxPoints: 1000, scored: 2, criteria: 14 });
    expect(criterionPoints(pkg, pkg.areas[0]!.criteria[0]!, undefined)).toBeNull();
    expect(criterionPoints(pkg, pkg.areas[0]!.criteria[0]!, 40)).toBe(30);
  });

  it('sums per area, in package order', () => {
    const pkg = sample();
    const areas = areaPoints(pkg, { '1.1': 100, '1.2': 50, '6.3': 30 });
    expect(areas.map((a) => a.areaId)).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(areas[0]).toEqual({ areaId: '1', title: 'Stockholmarnas fokus', points: 75 + 37.5, maxPoints: 150, scored: 2, criteria: 2 });
    expect(areas[5]).toMatchObject({ points: 30, maxPoints: 350, scored: 1, criteria: 3 });
  });

  it('leaves out criteria that do not apply to a competition class', () => {
    const pkg = sample();
    pkg.areas[0]!.criteria[0]!.classes = ['skola'];
    expect(applicableCriteria(pkg, 'forskola').map((c) => c.id)).not.toContain('1.1');
    expect(applicableCriteria(pkg, 'skola').map((c) => c.id)).toContain('1.1');
    expect(applicableCriteria(pkg)).toHaveLength(14);
    expect(totalPoints(pkg, allScored(pkg, 100), 'forskola')).toMatchObject({ points: 925, maxPoints: 925, criteria: 13 });
    expect(areaPoints(pkg, {}, 'forskola')[0]).toMatchObject({ maxPoints: 75, criteria: 1 });
  });
});
