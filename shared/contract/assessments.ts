import { z } from 'zod';
import {
  evidenceAnchorSchema,
  LIMITS,
  listKinds,
  type CriterionAssessment,
  type ListKind,
  type Recommendation,
  type Stage,
} from '../domain/assessment';
import { itemId, plainId } from '../domain/ids';
import { rowKey, type PrizeSection } from '../domain/prize-aspects';
import { returns } from './define';
import type { RoundRole } from './rounds';

/** Who the user is in a round (null until chosen). */
export interface RoundIdentity {
  readonly examinerId: string | null;
  readonly examinerName: string | null;
  readonly role: RoundRole | null;
  /** How many times the choice has been made (more than 1: it was deliberately changed). */
  readonly choices: number;
}

export type MyAssessmentStatus = 'not-started' | 'draft' | 'submitted';

/** One of my contestants, with my progress on them. */
export interface MyContestant {
  readonly contestantId: string;
  readonly assessmentId: string | null;
  readonly status: MyAssessmentStatus;
  readonly revision: number | null;
  /** Criteria and prize aspects done, of all of them. */
  readonly done: number;
  readonly total: number;
  /** How many of `total` are prize aspects (all of them for a contestant taking part only in prizes). */
  readonly aspects: number;
}

export interface MyRoundStatus {
  readonly roundId: string;
  readonly identity: RoundIdentity;
  /** The contestants my team assesses (empty before I have said who I am). */
  readonly contestants: readonly MyContestant[];
}

/** An assessment as the desk edits it (every criterion, private notes and unwritten comments included). */
export interface AssessmentView {
  readonly id: string;
  readonly roundId: string;
  readonly contestantId: string;
  readonly examinerId: string;
  readonly stage: Stage;
  readonly status: 'draft' | 'submitted';
  readonly revision: number;
  readonly updatedAt: string;
  readonly submittedAt: string | null;
  /** The class of the scored award; null for a contestant taking part only in prizes. */
  readonly classId: string | null;
  /** The prizes the contestant enters: their aspects are rows of `criteria`, keyed `prize:<prize>:<aspect>`, never scored. */
  readonly prizes: readonly PrizeSection[];
  readonly criteria: readonly CriterionAssessment[];
  readonly canUndo: boolean;
  readonly canRedo: boolean;
}

/**
 * A team assessment's (consensus or site visit) own part: the recommendation and
 * the summary for the jury; the words to the unit, key themes and next steps
 * for the contestant's återföringsrapport.
 */
export interface TeamPartView {
  readonly recommendation: Recommendation;
  readonly summary: string;
  readonly nextSteps: readonly string[];
  /** Till den tävlande enheten: paragraphs separated by a blank line. */
  readonly toContestant: string;
  readonly keyThemes: readonly string[];
}

/** What every edit answers once it is on disk: the criterion as it now is (null for a change to the team's part). */
export interface EditResult {
  readonly criterion: CriterionAssessment | null;
  readonly savedAt: string;
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  /** The comment an add made. */
  readonly commentId?: string;
}

export interface LogCheck {
  readonly ok: boolean;
  readonly entries: number;
  readonly finalHash: string;
  /** Where and why the chain breaks (Swedish). */
  readonly problem?: string;
}

export const commentKindArg = z.enum(listKinds);
export type EditableCommentKind = ListKind;

const assessmentId = itemId;
const roundId = plainId;
const score = z.number().finite().min(-1_000_000).max(1_000_000);
const text = z.string().max(LIMITS.commentChars);
const edit = <T extends z.ZodRawShape>(shape: T) => returns<EditResult>()(z.object({ assessmentId, ...shape }).strict());

export const assessmentChannels = {
  'round:my-status': returns<MyRoundStatus>()(z.object({ roundId }).strict()),
  /** Says who the user is in the round; changing an earlier choice needs `change: true`. */
  'round:choose-examiner': returns<MyRoundStatus>()(z.object({ roundId, examinerId: plainId, change: z.boolean() }).strict()),
  /** My individual assessment of a contestant (an empty draft is made on first open). */
  /** Says the user works at stadsledningskontoret in the round (assesses no one); changing an earlier choice needs `change: true`. */
  'round:choose-office': returns<MyRoundStatus>()(z.object({ roundId, change: z.boolean() }).strict()),
  'assessment:open': returns<AssessmentView>()(z.object({ roundId, contestantId: plainId }).strict()),
  'assessment:set-score': edit({ criterionId: rowKey, score: score.nullable() }),
  'assessment:set-attribute': edit({ criterionId: rowKey, attributeId: plainId, rating: score.nullable() }),
  'assessment:set-note': edit({ criterionId: rowKey, text: z.string().max(LIMITS.noteChars) }),
  'assessment:add-comment': edit({
    criterionId: rowKey,
    kind: commentKindArg,
    text,
    evidence: z.array(evidenceAnchorSchema).max(LIMITS.evidencePerComment).optional(),
  }),
  'assessment:edit-comment': edit({ commentId: itemId, text }),
  'assessment:delete-comment': edit({ commentId: itemId }),
  'assessment:move-comment': edit({ commentId: itemId, position: z.number().int().min(0).max(LIMITS.commentsPerList) }),
  'assessment:add-evidence': edit({ commentId: itemId, anchor: evidenceAnchorSchema }),
  'assessment:remove-evidence': edit({ commentId: itemId, index: z.number().int().min(0).max(LIMITS.evidencePerComment) }),
  'assessment:undo': edit({}),
  'assessment:redo': edit({}),
  /** Checks completeness (refused with what is missing), then locks the assessment. */
  'assessment:submit': returns<AssessmentView>()(z.object({ assessmentId }).strict()),
  /** Opens a new revision of a submitted assessment: deliberate, and recorded. */
  'assessment:reopen': returns<AssessmentView>()(z.object({ assessmentId }).strict()),
  'assessment:verify-log': returns<LogCheck>()(z.object({ assessmentId }).strict()),
} as const;
