/**
 * The edit kinds of the desk, one function per channel: each checks its
 * arguments against the package and the stored assessment, and says what to
 * change; `editAssessment` writes it with its change-log entry.
 */
import { randomUUID } from 'node:crypto';
import type { EditableCommentKind, EditResult } from '../../../shared/contract/assessments';
import { LIMITS, type EvidenceAnchor } from '../../../shared/domain/assessment';
import { appError } from '../../../shared/errors';
import type { Db } from '../db/open';
import { editAssessment } from './edit';
import { commentValue, listOrder, type CommentValue } from './fields';
import type { Json } from './log';
import { assertAnchor, assertAttribute, assertRoom, assertScore, commentIn, criterionIn, rowIn } from './guard';

/** Texts are stored as well-formed Unicode (a lone surrogate cannot be written to disk faithfully). */
export const wellFormed = (text: string) => text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');

/** Anchors and comments are plain JSON data (their optional members are absent, never undefined). */
const asJson = (value: object) => value as unknown as Json;

const LIST_NAME: Record<EditableCommentKind, string> = {
  strength: 'Styrkorna för ett kriterium',
  improvement: 'Förbättringsområdena för ett kriterium',
  question: 'Frågorna vid platsbesök för ett kriterium',
};

export function setScore(db: Db, at: string, args: { assessmentId: string; criterionId: string; score: number | null }): EditResult {
  return editAssessment(db, args.assessmentId, at, ({ context }) => {
    const { scale } = criterionIn(context, args.criterionId);
    if (args.score !== null) assertScore(scale, args.score);
    return { action: 'set-score', field: 'score', target: { criterionId: args.criterionId }, value: args.score };
  });
}

export function setAttribute(db: Db, at: string, args: { assessmentId: string; criterionId: string; attributeId: string; rating: number | null }): EditResult {
  return editAssessment(db, args.assessmentId, at, ({ context }) => {
    const { scale } = criterionIn(context, args.criterionId);
    assertAttribute(scale, args.attributeId);
    if (args.rating !== null) assertScore(scale, args.rating, 'Bedömningen av aspekten');
    return { action: 'set-attribute', field: 'attribute', target: { criterionId: args.criterionId, attributeId: args.attributeId }, value: args.rating };
  });
}

export function setNote(db: Db, at: string, args: { assessmentId: string; criterionId: string; text: string }): EditResult {
  return editAssessment(db, args.assessmentId, at, ({ context }) => {
    rowIn(context, args.criterionId);
    return { action: 'set-note', field: 'note', target: { criterionId: args.criterionId }, value: wellFormed(args.text) };
  });
}

export function addComment(
  db: Db,
  at: string,
  args: { assessmentId: string; criterionId: string; kind: EditableCommentKind; text: string; evidence?: EvidenceAnchor[] | undefined },
): EditResult {
  const commentId = randomUUID();
  return editAssessment(
    db,
    args.assessmentId,
    at,
    ({ context }) => {
      rowIn(context, args.criterionId);
      const evidence = args.evidence ?? [];
      if (args.kind === 'question' && evidence.length > 0) throw appError('question-evidence');
      evidence.forEach((anchor) => assertAnchor(context, anchor));
      const count = listOrder(db, args.assessmentId, args.criterionId, args.kind).length;
      assertRoom(count, args.kind === 'question' ? LIMITS.questionsPerCriterion : LIMITS.commentsPerList, LIST_NAME[args.kind]);
      const value: CommentValue = { kind: args.kind, position: count, text: wellFormed(args.text), evidence };
      // A new id: nothing is there yet.
      return { action: 'add-comment', field: 'comment', target: { criterionId: args.criterionId, commentId }, old: null, value: asJson(value) };
    },
    { commentId },
  );
}

export function editComment(db: Db, at: string, args: { assessmentId: string; commentId: string; text: string }): EditResult {
  return editAssessment(db, args.assessmentId, at, () => {
    const comment = commentIn(db, args.assessmentId, args.commentId);
    const target = { criterionId: comment.criterionId, commentId: args.commentId };
    return { action: 'edit-comment', field: 'comment-text', target, old: comment.text, value: wellFormed(args.text) };
  });
}

export function deleteComment(db: Db, at: string, args: { assessmentId: string; commentId: string }): EditResult {
  return editAssessment(db, args.assessmentId, at, () => {
    const comment = commentIn(db, args.assessmentId, args.commentId);
    const target = { criterionId: comment.criterionId, commentId: args.commentId };
    return { action: 'delete-comment', field: 'comment', target, old: commentValue(comment), value: null };
  });
}

export function moveComment(db: Db, at: string, args: { assessmentId: string; commentId: string; position: number }): EditResult {
  return editAssessment(db, args.assessmentId, at, () => {
    const comment = commentIn(db, args.assessmentId, args.commentId);
    const old = listOrder(db, args.assessmentId, comment.criterionId, comment.kind);
    const order = old.filter((id) => id !== args.commentId);
    order.splice(Math.min(args.position, order.length), 0, args.commentId);
    return { action: 'move-comment', field: 'comment-order', target: { criterionId: comment.criterionId, kind: comment.kind }, old, value: order };
  });
}

export function addEvidence(db: Db, at: string, args: { assessmentId: string; commentId: string; anchor: EvidenceAnchor }): EditResult {
  return editAssessment(db, args.assessmentId, at, ({ context }) => {
    const comment = commentIn(db, args.assessmentId, args.commentId);
    if (comment.kind === 'question') throw appError('question-evidence');
    assertAnchor(context, args.anchor);
    assertRoom(comment.evidence.length, LIMITS.evidencePerComment, 'Beläggen för en kommentar');
    const target = { criterionId: comment.criterionId, commentId: args.commentId, index: comment.evidence.length };
    return { action: 'add-evidence', field: 'evidence', target, old: null, value: asJson(args.anchor) };
  });
}

export function removeEvidence(db: Db, at: string, args: { assessmentId: string; commentId: string; index: number }): EditResult {
  return editAssessment(db, args.assessmentId, at, () => {
    const comment = commentIn(db, args.assessmentId, args.commentId);
    if (args.index >= comment.evidence.length) throw appError('evidence-missing');
    const target = { criterionId: comment.criterionId, commentId: args.commentId, index: args.index };
    return { action: 'remove-evidence', field: 'evidence', target, old: asJson(comment.evidence[args.index]!), value: null };
  });
}
