/**
 * The view models of a prize entry's two reports (formats.md "Prizes without
 * scores"): the prisbedömning for the jury and the prisåterföring for the
 * entrant. A prize is assessed in writing per aspect, so neither has a score;
 * like every model they have no field for a private note, and the
 * prisåterföring none for site-visit questions or anything else written for
 * the jury.
 */
import type { Nomination, Stage } from '../../../shared/domain/assessment';
import type { AterforingModel, FeedbackDecision } from './feedback-model';
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
  /**
   * The team's summary and proposal to the jury for an entrant only in prizes (its file is about the
   * prize alone); null for an entrant also in a class, whose file's proposal is about the class.
   */
  readonly proposal: { readonly summary: string; readonly nomination: Nomination | null; readonly citation: string } | null;
  /** Team members (names) who never submitted an individual assessment the team's could build on; empty when anonymous. */
  readonly notSubmitted: readonly string[];
  /** The file this report is built from (its author null when anonymous); null when the caller did not say. */
  readonly basisFile: ReportBasisFile | null;
}

/** The jury's final decision on the prize for this entrant, when its signed final decision is held (as the class's, without a class). */
export type PrizeFeedbackDecision = Omit<FeedbackDecision, 'classTitle' | 'winners'>;

/**
 * As the återföringsrapport: the round, the date, the team only when the round
 * names it, sender and contact, the site visit, the team's words to the unit.
 * Key themes and next steps only for an entrant only in prizes, whose team file
 * is about the prize alone; else empty.
 */
export interface PrisaterforingModel
  extends Pick<AterforingModel, 'round' | 'reportDate' | 'team' | 'sender' | 'contact' | 'siteVisit' | 'message' | 'keyThemes' | 'nextSteps'> {
  readonly prize: ReportPrize;
  readonly contestant: { readonly id: string; readonly name: string; readonly organisation: string };
  readonly decision: PrizeFeedbackDecision | null;
  readonly aspects: readonly PrizeAspectReport[];
}
