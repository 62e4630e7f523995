/**
 * Points from scores (formats.md): a criterion's weighted points are
 * points * (score - min) / (max - min); an area's and the total are sums.
 * Criteria without a score count as not yet scored, never as zero.
 */
import { allCriteria, type CriteriaPackage, type Criterion, type Scale } from '../formats/criteria-package';
import { isValidScore } from './scale';

/** Scores by criterion id; null or missing = not scored yet. */
export type Scores = Readonly<Record<string, number | null | undefined>>;

export function weightedPoints(points: number, scale: Pick<Scale, 'min' | 'max' | 'step'>, score: number): number {
  if (!isValidScore(scale, score)) throw new RangeError(`${score} is not a valid score on a ${scale.min}–${scale.max} scale`);
  return (points * (score - scale.min)) / (scale.max - scale.min);
}

export function scaleOf(pkg: CriteriaPackage, criterion: Criterion): Scale {
  const scale = pkg.scales.find((s) => s.id === criterion.scale);
  if (!scale) throw new Error(`criterion ${criterion.id} names unknown scale ${criterion.scale}`);
  return scale;
}

/** Criteria that apply to a competition class (a criterion without `classes` applies to all). */
export function applicableCriteria(pkg: CriteriaPackage, classId?: string): Criterion[] {
  return allCriteria(pkg)
    .map(({ criterion }) => criterion)
    .filter((criterion) => classId === undefined || !criterion.classes || criterion.classes.includes(classId));
}

export interface PointsSummary {
  /** Sum of weighted points over scored criteria. */
  readonly points: number;
  /** Sum of the criteria's points (what a perfect score gives). */
  readonly maxPoints: number;
  readonly scored: number;
  readonly criteria: number;
}

export interface AreaPoints extends PointsSummary {
  readonly areaId: string;
  readonly title: string;
}

function summarise(pkg: CriteriaPackage, criteria: readonly Criterion[], scores: Scores): PointsSummary {
  let points = 0;
  let maxPoints = 0;
  let scored = 0;
  for (const criterion of criteria) {
    maxPoints += criterion.points;
    const score = scores[criterion.id];
    if (score === null || score === undefined) continue;
    points += weightedPoints(criterion.points, scaleOf(pkg, criterion), score);
    scored += 1;
  }
  return { points, maxPoints, scored, criteria: criteria.length };
}

/** Weighted points of one criterion; null when it has no score. */
export function criterionPoints(pkg: CriteriaPackage, criterion: Criterion, score: number | null | undefined): number | null {
  return score === null || score === undefined ? null : weightedPoints(criterion.points, scaleOf(pkg, criterion), score);
}

/** Per area, in package order (only the criteria of `classId`, when given). */
export function areaPoints(pkg: CriteriaPackage, scores: Scores, classId?: string): AreaPoints[] {
  const applicable = new Set(applicableCriteria(pkg, classId));
  return pkg.areas.map((area) => ({
    areaId: area.id,
    title: area.title,
    ...summarise(pkg, area.criteria.filter((c) => applicable.has(c)), scores),
  }));
}

export function totalPoints(pkg: CriteriaPackage, scores: Scores, classId?: string): PointsSummary {
  return summarise(pkg, applicableCriteria(pkg, classId), scores);
}
