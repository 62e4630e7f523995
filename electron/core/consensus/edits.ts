/**
 * The team's own edits, each one change with its change-log entry through
 * `editAssessment` (so undo, redo and the hash chain treat them like any
 * other): rationale, discussed, the site-visit note, the team's part, taking
 * members' comments into the team's lists, and accepting or leaving out a
 * member's newer individual assessment.
 */
import { randomUUID } from 'node:crypto';
import type { EditResult } from '../../../shared/contract/assessments';
import type { TeamFieldArg } from '../../../shared/contract/consensus';
import { LIMITS, type Comment, type ListKind } from '../../../shared/domain/assessment';
import { aspectLabel, isAspectKey, sectionAspects } from '../../../shared/domain/prize-aspects';
import { appError } from '../../../shared/errors';
import { addToComment, mergeComments, type SourceComment } from '../../../shared/scoring/consensus';
import {
  assertRoom,
  commentValue,
  criterionIn,
  rowIn,
  editAssessment,
  listOrder,
  readComment,
  takenSources,
  wellFormed,
  type CommentValue,
  type EditScope,
  type Json,
  type JsonObject,
} from '../assessments';
import type { Db } from '../db/open';
import { availableSources, sourceValue } from './sources';
import { contestantTeam } from './team';
import { readSource } from './team-fields';
import { loadSources, sourceCriteria } from './team-repository';

function assertTeam(scope: EditScope, stage?: 'site-visit'): void {
  if (scope.assessment.stage === 'individual') throw appError('not-team-assessment');
  if (stage && scope.assessment.stage !== stage) throw appError('not-site-visit');
}

/** A row as a message names it: "kriterium 1.1", or "aspekten Framsteget: Nytt". */
function rowName(scope: EditScope, key: string): string {
  const aspect = sectionAspects(scope.context.prizes).find((a) => a.key === key);
  return aspect ? `aspekten ${aspectLabel(scope.context.prizes, aspect)}` : `kriterium ${key}`;
}

/** A scored criterion of the class; a prize aspect (no score) is refused, saying what it does not have. */
function scoredIn(scope: EditScope, criterionId: string, what: string): void {
  if (isAspectKey(criterionId)) throw appError('aspect-team-score', { what });
  criterionIn(scope.context, criterionId);
}

export function setRationale(db: Db, at: string, args: { assessmentId: string; criterionId: string; text: string }): EditResult {
  return editAssessment(db, args.assessmentId, at, (scope) => {
    assertTeam(scope);
    scoredIn(scope, args.criterionId, 'ingen motivering till teamets poäng');
    return { action: 'set-rationale', field: 'rationale', target: { criterionId: args.criterionId }, value: wellFormed(args.text) };
  });
}

export function setDiscussed(db: Db, at: string, args: { assessmentId: string; criterionId: string; discussed: boolean }): EditResult {
  return editAssessment(db, args.assessmentId, at, (scope) => {
    assertTeam(scope);
    scoredIn(scope, args.criterionId, 'ingen spridning att diskutera');
    return { action: 'set-discussed', field: 'discussed', target: { criterionId: args.criterionId }, value: args.discussed };
  });
}

export function setVisitNote(db: Db, at: string, args: { assessmentId: string; criterionId: string; text: string }): EditResult {
  return editAssessment(db, args.assessmentId, at, (scope) => {
    assertTeam(scope, 'site-visit');
    scoredIn(scope, args.criterionId, 'ingen poäng som ändras efter platsbesöket');
    return { action: 'set-visit-note', field: 'visit-note', target: { criterionId: args.criterionId }, value: wellFormed(args.text) };
  });
}

export function setTeamField(db: Db, at: string, args: { assessmentId: string; change: TeamFieldArg }): EditResult {
  return editAssessment(db, args.assessmentId, at, (scope) => {
    assertTeam(scope);
    const { field, value } = args.change;
    const stored: Json = typeof value === 'string' ? wellFormed(value) : Array.isArray(value) ? value.map(wellFormed) : value;
    return { action: 'set-team', field: 'team', target: { criterionId: '', part: field }, value: stored };
  });
}

/** The picked comments of the frozen sources, in the order picked. */
function picked(db: Db, scope: EditScope, criterionId: string, question: boolean, picks: readonly { examinerId: string; commentId: string }[]): SourceComment[] {
  const sources = loadSources(db, scope.assessment);
  const team = contestantTeam(db, scope.assessment.roundId, scope.assessment.contestantId);
  return picks.map(({ examinerId, commentId }) => {
    const source = sources.find((s) => s.examinerId === examinerId);
    const criterion = source && sourceCriteria(source).find((c) => c.criterionId === criterionId);
    const lists: readonly (Comment | { id: string; text: string })[] = criterion
      ? question
        ? criterion.siteVisitQuestions
        : [...criterion.strengths, ...criterion.improvements]
      : [];
    const found = lists.find((c) => c.id === commentId);
    if (!found) {
      throw appError('source-comment-missing', { examinerId, row: rowName(scope, criterionId) });
    }
    const initials = team.members.find((m) => m.examinerId === examinerId)?.initials ?? '?';
    return { examinerId, initials, comment: { evidence: [], ...found } };
  });
}

/**
 * A member's comment goes into the team's lists once: a second copy of the
 * same source (taken again, merged again, or added into another team comment)
 * is refused, so the jury never reads it twice.
 */
function assertNotTaken(db: Db, scope: EditScope, criterionId: string, picks: readonly SourceComment[]): void {
  const assessmentId = scope.assessment.id;
  const taken = new Set(takenSources(db, assessmentId, criterionId).map((source) => `${source.examinerId}/${source.commentId}`));
  for (const pick of picks) {
    const key = `${pick.examinerId}/${pick.comment.id}`;
    if (taken.has(key)) {
      throw appError('source-comment-taken', { initials: pick.initials, row: rowName(scope, criterionId) });
    }
    taken.add(key);
  }
}

export function takeComments(
  db: Db,
  at: string,
  args: { assessmentId: string; criterionId: string; kind: ListKind; picks: { examinerId: string; commentId: string }[]; into?: string | undefined },
): EditResult {
  const commentId = args.into ?? randomUUID();
  return editAssessment(
    db,
    args.assessmentId,
    at,
    (scope) => {
      assertTeam(scope);
      rowIn(scope.context, args.criterionId);
      const question = args.kind === 'question';
      const sourcesPicked = picked(db, scope, args.criterionId, question, args.picks);
      if (!question) assertNotTaken(db, scope, args.criterionId, sourcesPicked);
      const target = { criterionId: args.criterionId, commentId };
      if (args.into) {
        const existing = readComment(db, args.assessmentId, args.into);
        if (!existing || existing.criterionId !== args.criterionId || existing.kind === 'question' || question) {
          throw appError('team-comment-missing');
        }
        const base = { id: args.into, text: existing.text, evidence: existing.evidence, sources: existing.sources ?? [] };
        const added = addToComment(base, sourcesPicked);
        if (added.evidence.length > LIMITS.evidencePerComment) throw appError('list-full', { what: 'Beläggen för en kommentar', max: LIMITS.evidencePerComment });
        const old = commentValue(existing);
        return { action: 'take-comments', field: 'comment', target, old, value: { ...(old as JsonObject), evidence: added.evidence, sources: added.sources } as unknown as Json };
      }
      const merged = mergeComments(sourcesPicked);
      const count = listOrder(db, args.assessmentId, args.criterionId, args.kind).length;
      assertRoom(count, question ? LIMITS.questionsPerCriterion : LIMITS.commentsPerList, question ? 'Frågorna vid platsbesök' : 'Teamets kommentarer');
      const evidence = merged.evidence.slice(0, LIMITS.evidencePerComment);
      const value: CommentValue = question
        ? { kind: 'question', position: count, text: wellFormed(merged.text).slice(0, LIMITS.commentChars), evidence: [] }
        : { kind: args.kind, position: count, text: wellFormed(merged.text).slice(0, LIMITS.commentChars), evidence, sources: merged.sources };
      return { action: 'take-comments', field: 'comment', target, value: value as unknown as Json };
    },
    { commentId },
  );
}

export function changeSource(db: Db, at: string, args: { assessmentId: string; examinerId: string; action: 'accept' | 'ignore' }): EditResult {
  return editAssessment(db, args.assessmentId, at, (scope) => {
    assertTeam(scope);
    const { roundId, contestantId } = scope.assessment;
    const team = contestantTeam(db, roundId, contestantId);
    const offered = availableSources(db, roundId, contestantId, team, team.leadId).get(args.examinerId);
    const held = readSource(db, args.assessmentId, args.examinerId);
    if (!offered || (held && offered.revision <= held.revision)) {
      throw appError('no-source-update');
    }
    if (args.action === 'ignore') {
      if (!held) throw appError('source-not-frozen');
      return { action: 'ignore-source', field: 'source', target: { criterionId: '', examinerId: args.examinerId }, value: { ...held, ignoredRevision: offered.revision } };
    }
    return { action: 'accept-source', field: 'source', target: { criterionId: '', examinerId: args.examinerId }, value: sourceValue(offered, at) };
  });
}
