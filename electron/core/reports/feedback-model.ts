/**
 * The återföringsrapport's model: what the contestant keeps, as the round's
 * feedback policy (round.feedback) allows. Per criterion what it asks, then
 * the strengths, then the improvement areas; scores only as the policy says
 * (none, band labels, points); the examiners only when the policy names them.
 * Like every model it has no field for a private note, an individual score,
 * a rationale, the team's recommendation or the summary written for the jury.
 */
import type { FeedbackScores } from '../../../shared/formats/feedback-policy';
import type { Decision } from '../../../shared/formats/jury-decision';
import type { ReportComment, ReportContestant, ReportExaminer, ReportRound, ReportScale } from './model';

/** What the criterion's score says, as far as the policy shows it. */
export type FeedbackScore =
  | { readonly kind: 'band'; readonly band: string }
  | { readonly kind: 'points'; readonly band: string; readonly score: number; readonly scale: ReportScale; readonly points: number; readonly pointsAvailable: number };

export interface FeedbackCriterion {
  readonly id: string;
  readonly title: string;
  /** What the criterion asks (the package's description); empty when the package has none. */
  readonly description: string;
  readonly strengths: readonly ReportComment[];
  readonly improvements: readonly ReportComment[];
  /** Null when the policy shows no scores or the criterion was not scored. */
  readonly score: FeedbackScore | null;
}

export interface AterforingArea {
  readonly id: string;
  readonly title: string;
  readonly criteria: readonly FeedbackCriterion[];
  /** Only when the policy shows points. */
  readonly points: { readonly points: number; readonly pointsAvailable: number } | null;
}

/** A scale's bands as the contestant reads them ("Väl integrerat: …"), when the policy shows band labels. */
export interface FeedbackScaleBands {
  readonly title: string;
  readonly bands: readonly { readonly label: string; readonly descriptor: string }[];
}

/** The jury's final decision for the unit, with its citation, when the jury's file is held. */
export interface FeedbackDecision {
  readonly decision: Decision;
  readonly classTitle: string;
  readonly meetingDate: string;
  /** Winners the jury named in the class (a sole winner is "klassens vinnare", not "en av vinnarna"). */
  readonly winners: number;
  /** The citation's paragraphs; empty for "none". */
  readonly citation: readonly string[];
}

/** Whom the unit may contact about its feedback (round.feedback.contact). */
export interface FeedbackContact {
  readonly name: string;
  readonly email: string;
  readonly phone?: string;
}

export interface AterforingModel {
  readonly round: ReportRound;
  readonly contestant: ReportContestant;
  readonly reportDate: string;
  readonly scores: FeedbackScores;
  /** Null unless the round names the examiners in its feedback. */
  readonly team: readonly ReportExaminer[] | null;
  /** Who sends the report and whom to contact; null when the round has no feedback policy. */
  readonly sender: string | null;
  readonly contact: FeedbackContact | null;
  /** The unit had a site visit (the report is built from the team's assessment after it). */
  readonly siteVisit: boolean;
  /** The scales of the class's criteria with their bands, when the policy shows band labels or points; else empty. */
  readonly bands: readonly FeedbackScaleBands[];
  /** The jury's final decision; null unless the jury's final decision is held (and then nothing about it is said). */
  readonly decision: FeedbackDecision | null;
  /** The team's own words to the unit (Till den tävlande enheten), one paragraph each; empty when none was written. */
  readonly message: readonly string[];
  /** Key themes, one paragraph each; empty when none was written. */
  readonly keyThemes: readonly string[];
  readonly areas: readonly AterforingArea[];
  readonly nextSteps: readonly string[];
  /** Only when the policy shows points. */
  readonly totals: { readonly points: number; readonly pointsAvailable: number } | null;
}
