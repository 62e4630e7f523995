/**
 * The team's consensus workspace: the lead builds the team's assessment from
 * the members' individual ones (frozen when consensus starts), records the
 * site visit, and every member can read the result once the lead's file has
 * arrived. Score and comment edits use the assessment channels; these add
 * what only a team decides.
 */
import { z } from 'zod';
import { LIMITS, listKinds, nominations, type ConsensusCriterion, type CriterionAssessment } from '../domain/assessment';
import { itemId, plainId } from '../domain/ids';
import { rowKey, type PrizeSection } from '../domain/prize-aspects';
import { MAX_NEXT_STEPS } from '../formats/assessment-file';
import type { AssessmentView, EditResult, TeamPartView } from './assessments';

export type { TeamPartView } from './assessments';
import { returns } from './define';

export type TeamStage = 'consensus' | 'site-visit';

export interface TeamMemberView {
  readonly examinerId: string;
  readonly name: string;
  readonly initials: string;
  readonly lead: boolean;
}

/** One member's individual assessment as the consensus uses it (never with private notes). */
export interface ConsensusSourceView {
  readonly examinerId: string;
  readonly revision: number;
  /** When it was frozen into the consensus; null while only offered (before starting). */
  readonly frozenAt: string | null;
  readonly origin: 'own' | 'received';
  readonly criteria: readonly CriterionAssessment[];
}

/** A member's assessment that differs from the frozen one: a newer revision, or one that arrived after the start. */
export interface SourceUpdate {
  readonly examinerId: string;
  readonly kind: 'newer' | 'new-member';
  readonly frozenRevision: number | null;
  readonly revision: number;
  /** Criteria whose score would change by taking it in. */
  readonly changedScores: readonly string[];
}

/** The team's assessment as shown: the shared consensus model (comments still being written included, for the lead). */
export interface TeamAssessmentView {
  readonly stage: TeamStage;
  readonly status: 'draft' | 'submitted';
  readonly revision: number;
  readonly author: { readonly examinerId: string; readonly name: string };
  readonly updatedAt: string;
  readonly criteria: readonly ConsensusCriterion[];
  readonly team: TeamPartView;
}

/** What a team edit answers: the edit's result and the team's assessment as it now is (the workspace patches itself from it). */
export interface TeamEditResult extends EditResult {
  readonly team: TeamAssessmentView;
}

export interface ConsensusView {
  readonly roundId: string;
  readonly contestantId: string;
  readonly contestantName: string;
  /** The class of the scored award; null for a contestant taking part only in prizes. */
  readonly classId: string | null;
  /** The prizes the contestant enters; their aspects are rows of the assessments' criteria (see AssessmentView). */
  readonly prizes: readonly PrizeSection[];
  readonly members: readonly TeamMemberView[];
  /** lead: builds the team's assessment; member / office: reads it once a file from the lead is here. */
  readonly access: 'lead' | 'member' | 'office';
  /** Why nothing (or not everything) can be shown or done yet, in Swedish; null when all is well. */
  readonly notice: string | null;
  /** Lead only: the consensus can be started now. */
  readonly canStart: boolean;
  /** The members' individual assessments (frozen once started; offered before). Empty while hidden. */
  readonly sources: readonly ConsensusSourceView[];
  /** Lead only: members whose individual assessment is not here. */
  readonly missing: readonly string[];
  readonly updates: readonly SourceUpdate[];
  /** The stages that exist, for switching between them. */
  readonly stages: readonly TeamStage[];
  /** The stage shown; null before anything exists. */
  readonly assessment: TeamAssessmentView | null;
  /** Lead only: the editable assessment of the shown stage (its id is what the edit channels take). */
  readonly editable: AssessmentView | null;
}

/** Per contestant of my team(s), for the round screen. */
export interface ConsensusStatus {
  readonly contestantId: string;
  readonly lead: boolean;
  /** Individual assessments available for the consensus (the lead's own submitted one included). */
  readonly sourcesHere: number;
  readonly members: number;
  readonly stage: TeamStage | null;
  readonly status: 'draft' | 'submitted' | null;
  readonly revision: number | null;
}

const assessmentId = itemId;
const roundId = plainId;
const stage = z.enum(['consensus', 'site-visit']);
const edit = <T extends z.ZodRawShape>(shape: T) => returns<TeamEditResult>()(z.object({ assessmentId, ...shape }).strict());
const longText = z.string().max(LIMITS.summaryChars);
const thousands = (n: number) => n.toLocaleString('sv-SE');
/** A list of sentences for the återföringsrapport (next steps, key themes), as many as its file may carry. */
const feedbackSentences = (each: string, many: string) =>
  z
    .array(z.string().max(LIMITS.commentChars, `${each} får vara högst ${thousands(LIMITS.commentChars)} tecken.`))
    .max(MAX_NEXT_STEPS, `Högst ${MAX_NEXT_STEPS} ${many}.`);

/** The team-level fields, each set on its own (so each is one change in the log). */
export const teamFieldArg = z.discriminatedUnion('field', [
  z.object({ field: z.literal('siteVisit'), value: z.boolean().nullable() }).strict(),
  z.object({ field: z.literal('nomination'), value: z.enum(nominations).nullable() }).strict(),
  z.object({ field: z.literal('citation'), value: longText }).strict(),
  z.object({ field: z.literal('summary'), value: longText }).strict(),
  z.object({ field: z.literal('nextSteps'), value: feedbackSentences('Varje förslag på nästa steg', 'förslag på nästa steg') }).strict(),
  /** Till den tävlande enheten: the team's own words in the återföringsrapport (never the summary, which is the jury's). */
  z
    .object({
      field: z.literal('toContestant'),
      value: z.string().max(LIMITS.summaryChars, `Texten till den tävlande enheten får vara högst ${thousands(LIMITS.summaryChars)} tecken.`),
    })
    .strict(),
  z.object({ field: z.literal('keyThemes'), value: feedbackSentences('Varje huvudtema', 'huvudteman') }).strict(),
]);
export type TeamFieldArg = z.infer<typeof teamFieldArg>;

export const consensusChannels = {
  'consensus:round-status': returns<ConsensusStatus[]>()(z.object({ roundId }).strict()),
  /** The workspace for one contestant (the latest stage unless `stage` is given). */
  'consensus:open': returns<ConsensusView>()(z.object({ roundId, contestantId: plainId, stage: stage.optional() }).strict()),
  /** Lead: freezes the members' individual assessments and starts the team's draft (scores start at the rounded mean). */
  'consensus:start': returns<ConsensusView>()(z.object({ roundId, contestantId: plainId }).strict()),
  /** Lead: after the submitted consensus, opens the site-visit stage (scores before the visit are kept). */
  'consensus:start-site-visit': returns<ConsensusView>()(z.object({ roundId, contestantId: plainId }).strict()),
  'consensus:set-rationale': edit({ criterionId: rowKey, text: z.string().max(LIMITS.noteChars) }),
  'consensus:set-discussed': edit({ criterionId: rowKey, discussed: z.boolean() }),
  'consensus:set-visit-note': edit({ criterionId: rowKey, text: z.string().max(LIMITS.noteChars) }),
  'consensus:set-team': returns<TeamEditResult>()(z.object({ assessmentId, change: teamFieldArg }).strict()),
  /**
   * Takes members' comments (or site-visit questions) into the team's list: as a
   * new team comment, or into an existing one (`into`), keeping their ids and initials.
   */
  'consensus:take': edit({
    criterionId: rowKey,
    kind: z.enum(listKinds),
    picks: z.array(z.object({ examinerId: plainId, commentId: itemId }).strict()).min(1).max(20),
    into: itemId.optional(),
  }),
  /** Takes a member's newer (or late) individual assessment into the consensus, or leaves it out for good. */
  'consensus:source': edit({ examinerId: plainId, action: z.enum(['accept', 'ignore']) }),
} as const;
