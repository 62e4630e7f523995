/**
 * The view models of a prize entry's two reports (formats.md "Prizes without
 * scores"): the prisbedömning for the jury and the prisåterföring for the
 * entrant. A prize is assessed in writing per aspect, so neither has a score;
 * like every model they have no field for a private note, and the
 * prisåterföring none for site-visit questions or anything else written for
 * the jury.
 */
import type { Stage } from '../../../shared/domain/assessment';
import type { FeedbackContact } from './feedback-model';
import type { Decision } from '../../../shared/formats/jury-decision';
import type { ReportBasisFile, ReportComment, ReportExaminer, ReportRound, TeamComment } from './model';

/** The prize and what it rewards. */
export interface ReportPrize {
  readonly id: string;
  readonly title: string;
  readonly description: string;
}

/** One aspect of the prize: what it asks, then the team's strengths and improvement areas with their pages. */
export interface PrizeAspectReport<C extends ReportComment = ReportComment> {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly strengths: readonly C[];
  readonly improvements: readonly C[];
}

export interface PrisbedomningAspect extends PrizeAspectReport<TeamComment> {
  readonly siteVisitQuestions: readonly string[];
}

export interface PrisbedomningModel {
  readonly round: ReportRound;
  readonly prize: ReportPrize;
  /** Codes instead of names (A, B, C … by the round's order, as in the jury's workspace and the sammanställning). */
  readonly anonymous: boolean;
  readonly contestant: {
    readonly code: string;
    /** Null when anonymous. */
    readonly name: string | null;
    readonly organisation: string | null;
    /** The class of the scored award the unit also takes part in; null when it takes part only in prizes. */
    readonly classTitle: string | null;
  };
  /** Null when anonymous: no examiner's name enters it. */
  readonly team: readonly ReportExaminer[] | null;
  readonly basis: { readonly stage: Exclude<Stage, 'individual'>; readonly revision: number };
  readonly reportDate: string;
  readonly aspects: readonly PrisbedomningAspect[];
  /** Team members (names) who never submitted an individual assessment the team's could build on; empty when anonymous. */
  readonly notSubmitted: readonly string[];
  /** The file this report is built from (its author null when anonymous); null when the caller did not say. */
  readonly basisFile: ReportBasisFile | null;
}

/** The jury's final decision on the prize for this entrant, when its signed final decision is held. */
export interface PrizeFeedbackDecision {
  readonly decision: Decision;
  readonly meetingDate: string;
  /** The citation's paragraphs; empty for "none". */
  readonly citation: readonly string[];
}

export interface PrisaterforingModel {
  readonly round: ReportRound;
  readonly prize: ReportPrize;
  readonly contestant: { readonly id: string; readonly name: string; readonly organisation: string };
  readonly reportDate: string;
  /** Null unless the round names the examiners in its feedback. */
  readonly team: readonly ReportExaminer[] | null;
  readonly sender: string | null;
  readonly contact: FeedbackContact | null;
  /** The entry had a site visit (the report is built from the team's assessment after it). */
  readonly siteVisit: boolean;
  readonly decision: PrizeFeedbackDecision | null;
  /** The team's own words to the unit (Till den tävlande enheten), one paragraph each. */
  readonly message: readonly string[];
  /** For an entrant only in prizes, whose team file is about the prize alone: the key themes and next steps; else empty. */
  readonly keyThemes: readonly string[];
  readonly nextSteps: readonly string[];
  readonly aspects: readonly PrizeAspectReport[];
}
