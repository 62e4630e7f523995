/**
 * Progress of an assessment: a criterion is done when it is scored, has at
 * least one written strength or improvement area, and no blocking warning.
 * What is missing is listed per criterion before submitting.
 */
import type { CriterionAssessment } from '../domain/assessment';
import type { CriteriaPackage, Criterion } from '../formats/criteria-package';
import { criterionWarnings, written, type CriterionWarning } from './consistency';
import { applicableCriteria } from './points';

export interface CriterionProgress {
  readonly criterion: Criterion;
  readonly done: boolean;
  readonly warnings: readonly CriterionWarning[];
  /** Why it is not done yet (empty when done). */
  readonly missing: readonly string[];
}

export interface AssessmentProgress {
  readonly done: number;
  readonly total: number;
  readonly criteria: readonly CriterionProgress[];
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

/** Every criterion that applies to the class, in package order; criteria without a row count as not started. */
export function assessmentProgress(pkg: CriteriaPackage, classId: string, criteria: readonly CriterionAssessment[]): AssessmentProgress {
  const byId = new Map(criteria.map((c) => [c.criterionId, c]));
  const list = applicableCriteria(pkg, classId).map((criterion) => criterionProgress(pkg, criterion, byId.get(criterion.id) ?? EMPTY_CRITERION(criterion.id)));
  return { done: list.filter((c) => c.done).length, total: list.length, criteria: list };
}
