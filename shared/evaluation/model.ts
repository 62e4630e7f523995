/**
 * The evaluation of a round (issue 17, domain.md "The jury, the prizes,
 * training and evaluation"): what stadsledningskontoret reads after a round
 * to make next year's criteria package better. One model for the PDF, the
 * workbook and `--json`; built by `electron/core/evaluation/evaluate.ts` from verified files only;
 * shared so the app's screen reads it as the PDF does.
 */
import type { Distribution } from '../scoring/distribution';

/** Krippendorff's reading of alpha: ≥ 0.800 reliable, ≥ 0.667 tentative, below that too low. */
export type AgreementLevel = 'good' | 'tentative' | 'low';

export interface SignedShift {
  /** How many contestants the mean is taken over. */
  readonly contestants: number;
  /** Mean of (after − before), in scale units; null without contestants. */
  readonly mean: number | null;
  /** Mean of |after − before|. */
  readonly meanAbsolute: number | null;
}

export interface CriterionEvaluation {
  readonly id: string;
  readonly title: string;
  readonly areaTitle: string;
  readonly kind: 'process' | 'result';
  readonly scale: { readonly title: string; readonly min: number; readonly max: number; readonly unit: string };
  /** Examiners who gave at least one of the paired scores. */
  readonly raters: number;
  /** Contestants with at least two individual scores: the units alpha is computed over. */
  readonly units: number;
  /** Krippendorff's alpha, interval metric; null where undefined (fewer than two paired scores, or no variation). */
  readonly alpha: number | null;
  readonly agreement: AgreementLevel | null;
  /** Mean and largest max − min of the individual scores over the units; null without units. */
  readonly meanSpread: number | null;
  readonly maxSpread: number | null;
  /** Units whose spread reached the package's spreadThreshold (so the team had to discuss them). */
  readonly reachedThreshold: number;
  /** Team's agreed score minus the mean of the individual scores it was built from. */
  readonly consensusShift: SignedShift;
  /** Score after the site visit minus the score before it; `changed` counts those that moved. */
  readonly siteVisit: SignedShift & { readonly changed: number };
  /** The scale's bands with their descriptors: what to sharpen where agreement is low. */
  readonly bands: readonly { readonly label: string; readonly from: number; readonly to: number; readonly descriptor: string }[];
}

export interface ExaminerEvaluation {
  /** E1, E2 … in the round's order. */
  readonly code: string;
  /** Null unless names are shown. */
  readonly name: string | null;
  /** Individual assessments the round asks of them: their teams' contestants in a competition class. */
  readonly expected: number;
  readonly submitted: number;
  /** Of those submitted: first exported on or before the individual deadline (Stockholm date), and after it. */
  readonly onTime: number;
  readonly late: number;
  /** Scores compared with their team's consensus. */
  readonly comparisons: number;
  /** Mean |own − consensus| and mean (own − consensus), in percent of the scale's range. */
  readonly meanAbsoluteDeviation: number | null;
  readonly bias: number | null;
}

export interface DeadlineEvaluation {
  readonly kind: 'individual' | 'consensus' | 'siteVisits';
  readonly label: string;
  readonly date: string;
  readonly files: number;
  readonly onTime: number;
  readonly late: number;
}

export interface ClassEvaluation {
  readonly id: string;
  readonly title: string;
  readonly contestants: number;
  /** Contestants with a team file (consensus or after the site visit). */
  readonly assessed: number;
  readonly pointsAvailable: number;
  /** The teams' newest totals. */
  readonly totals: Distribution | null;
  readonly siteVisits: number;
  /** Site visits that changed the total, and the mean change of the total over all site visits. */
  readonly changedBySiteVisit: number;
  readonly meanTotalChange: number | null;
}

export interface EvaluationModel {
  readonly round: { readonly id: string; readonly title: string; readonly year: number; readonly exampleMaterial: boolean };
  readonly package: { readonly title: string; readonly revision: number };
  /** "YYYY-MM-DD". */
  readonly reportDate: string;
  readonly namesShown: boolean;
  readonly spreadThreshold: number;
  readonly files: { readonly individual: number; readonly consensus: number; readonly siteVisit: number };
  /** In the package's order. */
  readonly criteria: readonly CriterionEvaluation[];
  readonly examiners: readonly ExaminerEvaluation[];
  readonly deadlines: readonly DeadlineEvaluation[];
  readonly classes: readonly ClassEvaluation[];
}

export const AGREEMENT_LABELS: Record<AgreementLevel, string> = { good: 'God', tentative: 'Osäker', low: 'Låg' };

export function agreementLevel(alpha: number | null): AgreementLevel | null {
  if (alpha === null) return null;
  return alpha >= 0.8 ? 'good' : alpha >= 0.667 ? 'tentative' : 'low';
}

/** The criteria with the lowest agreement first; those without an alpha last, in package order. */
export function byAgreement(criteria: readonly CriterionEvaluation[]): CriterionEvaluation[] {
  return [...criteria].sort((a, b) => (a.alpha ?? Infinity) - (b.alpha ?? Infinity));
}

/** At most this many criteria are put forward for review, with their band descriptors. */
const TO_REVIEW = 5;

/** The criteria to look over before next year: low or tentative agreement, lowest first. */
export function criteriaToReview(criteria: readonly CriterionEvaluation[]): CriterionEvaluation[] {
  return byAgreement(criteria).filter((c) => c.agreement !== null && c.agreement !== 'good').slice(0, TO_REVIEW);
}
