/**
 * Guidance while scoring: gentle warnings when a criterion's score and
 * comments do not fit together, and the package's rules. Pure, so the desk,
 * the core's submit check and tests agree.
 *
 * Blocking (the criterion is not done, the assessment cannot be submitted):
 * a comment or question without text, counts outside the package's rules,
 * a score without any comment. Advisory: the band does not match the mix of
 * comments, a comment without evidence.
 */
import type { Comment, CriterionAssessment } from '../domain/assessment';
import type { Band, CriteriaPackage, Criterion, PackageRules } from '../formats/criteria-package';
import { formatNumber } from '../format';
import { scaleOf } from './points';
import { bandFor } from './scale';

export type WarningCode =
  | 'high-band-mostly-improvements'
  | 'low-band-mostly-strengths'
  | 'comment-without-evidence'
  | 'comment-without-text'
  | 'question-without-text'
  | 'strength-count'
  | 'improvement-count'
  | 'score-without-comments'
  // Consensus (shared/scoring/consensus.ts):
  | 'must-discuss'
  | 'rationale-missing'
  | 'site-visit-note-missing';

export interface CriterionWarning {
  readonly code: WarningCode;
  /** A blocking warning keeps the criterion from counting as done. */
  readonly blocking: boolean;
  readonly message: string;
  /** The comment (or question) it is about, when it is about one. */
  readonly commentId?: string;
}

/** Where a band sits on its scale, 0 (bottom) to 1 (top), by its middle. */
function bandPosition(band: Band, min: number, max: number): number {
  return ((band.from + band.to) / 2 - min) / (max - min);
}

const HIGH = 2 / 3;
const LOW = 1 / 3;

export const written = <T extends { text: string }>(items: readonly T[]): T[] => items.filter((item) => item.text.trim() !== '');

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function countWarning(code: 'strength-count' | 'improvement-count', count: number, rule: PackageRules['strengthsPerCriterion']): CriterionWarning | null {
  if (!rule || (count >= rule.min && count <= rule.max)) return null;
  const [one, many] = code === 'strength-count' ? ['styrka', 'styrkor'] : ['förbättringsområde', 'förbättringsområden'];
  const limit = count < rule.min ? `minst ${plural(rule.min, one, many)}` : `högst ${plural(rule.max, one, many)}`;
  return { code, blocking: true, message: `Kriteriepaketet kräver ${limit} per kriterium (nu ${count}).` };
}

function bandWarning(band: Band, position: number, score: number, strengths: number, improvements: number): CriterionWarning | null {
  const quote = `Poängen ${formatNumber(score, 2)} ligger i nivån »${band.label}«: »${band.descriptor}«`;
  if (position >= HIGH && improvements > strengths) {
    return {
      code: 'high-band-mostly-improvements',
      blocking: false,
      message: `${quote} Men de flesta kommentarerna är förbättringsområden (${improvements} mot ${plural(strengths, 'styrka', 'styrkor')}). Stämmer poängen med kommentarerna?`,
    };
  }
  if (position <= LOW && strengths > improvements) {
    return {
      code: 'low-band-mostly-strengths',
      blocking: false,
      message: `${quote} Men de flesta kommentarerna är styrkor (${strengths} mot ${plural(improvements, 'förbättringsområde', 'förbättringsområden')}). Stämmer poängen med kommentarerna?`,
    };
  }
  return null;
}

function commentWarnings(comments: readonly Comment[], label: string): CriterionWarning[] {
  return comments.flatMap((comment, index): CriterionWarning[] => {
    if (comment.text.trim() === '') {
      return [{ code: 'comment-without-text', blocking: true, message: `${label} ${index + 1} saknar text.`, commentId: comment.id }];
    }
    if (comment.evidence.length === 0) {
      return [{ code: 'comment-without-evidence', blocking: false, message: `${label} ${index + 1} saknar belägg. Lägg till en sida eller ett citat ur dokumentet.`, commentId: comment.id }];
    }
    return [];
  });
}

/** Whether anything has been done on the criterion yet (untouched criteria get no warnings). */
export function isStarted(assessment: CriterionAssessment): boolean {
  return assessment.score !== null || assessment.strengths.length + assessment.improvements.length + assessment.siteVisitQuestions.length > 0;
}

export function criterionWarnings(pkg: CriteriaPackage, criterion: Criterion, assessment: CriterionAssessment): CriterionWarning[] {
  if (!isStarted(assessment)) return [];
  const strengths = written(assessment.strengths).length;
  const improvements = written(assessment.improvements).length;
  const warnings: CriterionWarning[] = [];
  if (assessment.score !== null) {
    const scale = scaleOf(pkg, criterion);
    const band = bandFor(scale, assessment.score);
    const mismatch = band && bandWarning(band, bandPosition(band, scale.min, scale.max), assessment.score, strengths, improvements);
    if (mismatch) warnings.push(mismatch);
  }
  const counts = [
    countWarning('strength-count', strengths, pkg.rules?.strengthsPerCriterion),
    countWarning('improvement-count', improvements, pkg.rules?.improvementsPerCriterion),
  ].filter((warning): warning is CriterionWarning => warning !== null);
  // One message per problem: when the package's counts already ask for comments, they say it.
  if (assessment.score !== null && strengths + improvements === 0 && counts.length === 0) {
    warnings.push({ code: 'score-without-comments', blocking: true, message: 'Poängen saknar motivering: skriv minst en styrka eller ett förbättringsområde.' });
  }
  warnings.push(...commentWarnings(assessment.strengths, 'Styrka'), ...commentWarnings(assessment.improvements, 'Förbättringsområde'));
  assessment.siteVisitQuestions.forEach((question, index) => {
    if (question.text.trim() === '') warnings.push({ code: 'question-without-text', blocking: true, message: `Fråga ${index + 1} saknar text.`, commentId: question.id });
  });
  warnings.push(...counts);
  return warnings;
}

/**
 * A prize aspect's warnings: those of its comments and questions (an aspect has
 * no score and no package counts). Advisory only: an aspect is done once
 * anything is written on it (aspect-progress.ts), for the examiner and the core alike.
 */
export function aspectWarnings(assessment: CriterionAssessment): CriterionWarning[] {
  if (!isStarted(assessment)) return [];
  const questions = assessment.siteVisitQuestions.flatMap((question, index): CriterionWarning[] =>
    question.text.trim() === '' ? [{ code: 'question-without-text', blocking: false, message: `Fråga ${index + 1} saknar text.`, commentId: question.id }] : [],
  );
  return [...commentWarnings(assessment.strengths, 'Styrka'), ...commentWarnings(assessment.improvements, 'Förbättringsområde'), ...questions].map((w) => ({ ...w, blocking: false }));
}
