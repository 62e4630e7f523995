/**
 * Progress of an assessment: a criterion is done when it is scored, has at
 * least one written strength or improvement area, and no blocking warning.
 * What is missing is listed per criterion before submitting.
 */
import type { CriterionAssessment } from '../domain/assessment';
import type { CriteriaPackage, Criterion } from '../formats/criteria-package';
import { criterionWarnings, written, type CriterionWarning } from './consistency';
import { applicableCriteria } from './points';
import { aspectProgress, type AspectProgress } from './aspect-progress';
import type { PrizeSection } from '../domain/prize-aspects';

export interface CriterionProgress {
  readonly criterion: Criterion;
  readonly done: boolean;
  readonly warnings: readonly CriterionWarning[];
  /** Why it is not done yet (empty when done). */
  readonly missing: readonly string[];
}

export interface AssessmentProgress {
  /** Criteria and prize aspects done, of all of them. */
  readonly done: number;
  readonly total: number;
  readonly criteria: readonly CriterionProgress[];
  readonly aspects: readonly AspectProgress[];
}

export const EMPTY_CRITERION = (criterionId: string): CriterionAssessment => ({
  criterionId,
  score: null,
  attributes: {},
  strengths: [],
  improvements: [],
  siteVisitQuestions: [],
});

export function criterionProgress(pkg: CriteriaPackage, criterion: Criterion, assessment: CriterionAssessment): CriterionProgress {
  const warnings = criterionWarnings(pkg, criterion, assessment);
  const missing: string[] = [];
  if (assessment.score === null) missing.push('Ingen poäng satt.');
  if (written(assessment.strengths).length + written(assessment.improvements).length === 0 && assessment.score === null) {
    missing.push('Ingen styrka eller förbättringsområde.');
  }
  missing.push(...warnings.filter((w) => w.blocking).map((w) => w.message));
  return { criterion, done: missing.length === 0, warnings, missing };
}

/**
 * Every criterion that applies to the class, in package order, then the
 * aspects of the contestant's prizes; rows not there count as not started.
 * A contestant taking part only in prizes (no class) has aspects only.
 */
export function assessmentProgress(
  pkg: CriteriaPackage,
  classId: string | null,
  criteria: readonly CriterionAssessment[],
  prizes: readonly PrizeSection[] = [],
): AssessmentProgress {
  const byId = new Map(criteria.map((c) => [c.criterionId, c]));
  const list = classId === null ? [] : applicableCriteria(pkg, classId).map((criterion) => criterionProgress(pkg, criterion, byId.get(criterion.id) ?? EMPTY_CRITERION(criterion.id)));
  const aspects = aspectProgress(prizes, byId, false);
  const done = list.filter((c) => c.done).length + aspects.filter((a) => a.done).length;
  return { done, total: list.length + aspects.length, criteria: list, aspects };
}
