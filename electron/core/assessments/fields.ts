/**
 * The fields an edit changes, each read and written the same way whether the
 * examiner edits, undoes or redoes: `applyField(field, target, value)` sets
 * the field to `value`, so undo is `applyField(field, target, old)`. The
 * fields every assessment has are here; a team assessment's own fields are
 * registered by consensus (registry.ts).
 */
import type { CommentSource, EvidenceAnchor, ListKind } from '../../../shared/domain/assessment';
import type { Db } from '../db/open';
import { plucked, prepared } from '../db/statements';
import { ASSESSMENT_FIELDS, type AssessmentField, type Json, type JsonObject, type LogField } from './log';
import { teamAssessments, type FieldTarget } from './registry';
import { COMMENT_COLUMNS, commentOf, type CommentRow } from './repository';

/** A comment as the log keeps it (null: the comment does not exist). */
export interface CommentValue {
  readonly kind: ListKind;
  readonly position: number;
  readonly text: string;
  readonly evidence: EvidenceAnchor[];
  readonly sources?: CommentSource[];
}

export function readComment(db: Db, assessmentId: string, commentId: string): (CommentValue & { criterionId: string }) | null {
  const row = prepared(db, `SELECT ${COMMENT_COLUMNS} FROM assessment_comments WHERE assessment_id = ? AND id = ?`).get(assessmentId, commentId) as
    | CommentRow
    | undefined;
  if (!row) return null;
  const { id: _id, ...comment } = commentOf(row);
  return { criterionId: row.criterion_id, kind: row.kind, position: row.position, ...comment };
}

/** A comment's value as the log keeps it (without the criterion, which the target names). */
export function commentValue(comment: CommentValue & { criterionId: string }): Json {
  const { criterionId: _criterionId, ...value } = comment;
  return value as unknown as Json;
}

/** Ids of one list (strengths, improvements or questions of a criterion) in order. */
export function listOrder(db: Db, assessmentId: string, criterionId: string, kind: ListKind): string[] {
  return plucked(db, 'SELECT id FROM assessment_comments WHERE assessment_id = ? AND criterion_id = ? AND kind = ? ORDER BY position')
    .all(assessmentId, criterionId, kind) as string[];
}

/** The sources (members' comments) already taken into a criterion's lists of a team assessment. */
export function takenSources(db: Db, assessmentId: string, criterionId: string): CommentSource[] {
  return (plucked(db, 'SELECT sources FROM assessment_comments WHERE assessment_id = ? AND criterion_id = ? AND sources IS NOT NULL').all(assessmentId, criterionId) as string[])
    .flatMap((json) => JSON.parse(json) as CommentSource[]);
}

function criterionColumn(db: Db, assessmentId: string, criterionId: string, column: 'score' | 'attributes' | 'private_note'): unknown {
  return plucked(db, `SELECT ${column} FROM assessment_criteria WHERE assessment_id = ? AND criterion_id = ?`).get(assessmentId, criterionId);
}

const str = (target: JsonObject, key: string) => target[key] as string;

const unknownField = (field: never): never => {
  throw new Error(`unknown assessment field ${String(field)}`);
};

const isAssessmentField = (field: LogField): field is AssessmentField => (ASSESSMENT_FIELDS as readonly string[]).includes(field);

export function readField(db: Db, assessmentId: string, field: LogField, target: FieldTarget): Json {
  if (!isAssessmentField(field)) return teamAssessments().fields[field].read(db, assessmentId, target);
  switch (field) {
    case 'score':
      return criterionColumn(db, assessmentId, target.criterionId, 'score') as number | null;
    case 'attribute': {
      const attributes = JSON.parse(criterionColumn(db, assessmentId, target.criterionId, 'attributes') as string) as Record<string, number>;
      return attributes[str(target, 'attributeId')] ?? null;
    }
    case 'note':
      return criterionColumn(db, assessmentId, target.criterionId, 'private_note') as string;
    case 'comment': {
      const comment = readComment(db, assessmentId, str(target, 'commentId'));
      return comment ? commentValue(comment) : null;
    }
    case 'comment-text':
      return readComment(db, assessmentId, str(target, 'commentId'))?.text ?? null;
    case 'comment-order':
      return listOrder(db, assessmentId, target.criterionId, str(target, 'kind') as ListKind);
    case 'evidence': {
      const evidence = readComment(db, assessmentId, str(target, 'commentId'))?.evidence ?? [];
      return (evidence[target.index as number] ?? null) as Json;
    }
    default:
      return unknownField(field);
  }
}

function setCriterion(db: Db, assessmentId: string, criterionId: string, column: 'score' | 'attributes' | 'private_note', value: unknown) {
  prepared(db, `UPDATE assessment_criteria SET ${column} = ? WHERE assessment_id = ? AND criterion_id = ?`).run(value, assessmentId, criterionId);
}

function setEvidence(db: Db, assessmentId: string, commentId: string, evidence: readonly EvidenceAnchor[]) {
  prepared(db, 'UPDATE assessment_comments SET evidence = ? WHERE assessment_id = ? AND id = ?').run(JSON.stringify(evidence), assessmentId, commentId);
}

function shift(db: Db, assessmentId: string, criterionId: string, kind: ListKind, from: number, by: 1 | -1) {
  prepared(db, 'UPDATE assessment_comments SET position = position + ? WHERE assessment_id = ? AND criterion_id = ? AND kind = ? AND position >= ?').run(
    by,
    assessmentId,
    criterionId,
    kind,
    from,
  );
}

function setComment(db: Db, assessmentId: string, target: FieldTarget, value: CommentValue | null) {
  const commentId = str(target, 'commentId');
  const existing = readComment(db, assessmentId, commentId);
  if (existing) {
    prepared(db, 'DELETE FROM assessment_comments WHERE assessment_id = ? AND id = ?').run(assessmentId, commentId);
    shift(db, assessmentId, existing.criterionId, existing.kind, existing.position + 1, -1);
  }
  if (!value) return;
  shift(db, assessmentId, target.criterionId, value.kind, value.position, 1);
  prepared(db,
    'INSERT INTO assessment_comments (assessment_id, id, criterion_id, kind, position, text, evidence, sources) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  ).run(assessmentId, commentId, target.criterionId, value.kind, value.position, value.text, JSON.stringify(value.evidence), value.sources ? JSON.stringify(value.sources) : null);
}

export function applyField(db: Db, assessmentId: string, field: LogField, target: FieldTarget, value: Json): void {
  if (!isAssessmentField(field)) return teamAssessments().fields[field].apply(db, assessmentId, target, value);
  switch (field) {
    case 'score':
      return setCriterion(db, assessmentId, target.criterionId, 'score', value);
    case 'attribute': {
      const attributes = JSON.parse(criterionColumn(db, assessmentId, target.criterionId, 'attributes') as string) as Record<string, number>;
      if (value === null) delete attributes[str(target, 'attributeId')];
      else attributes[str(target, 'attributeId')] = value as number;
      return setCriterion(db, assessmentId, target.criterionId, 'attributes', JSON.stringify(attributes));
    }
    case 'note':
      return setCriterion(db, assessmentId, target.criterionId, 'private_note', value);
    case 'comment':
      return setComment(db, assessmentId, target, value as unknown as CommentValue | null);
    case 'comment-text':
      prepared(db, 'UPDATE assessment_comments SET text = ? WHERE assessment_id = ? AND id = ?').run(value, assessmentId, str(target, 'commentId'));
      return;
    case 'comment-order': {
      const position = prepared(db, 'UPDATE assessment_comments SET position = ? WHERE assessment_id = ? AND id = ?');
      (value as string[]).forEach((id, index) => position.run(index, assessmentId, id));
      return;
    }
    case 'evidence': {
      const commentId = str(target, 'commentId');
      const evidence = [...(readComment(db, assessmentId, commentId)?.evidence ?? [])];
      const index = target.index as number;
      if (value === null) evidence.splice(index, 1);
      else evidence.splice(index, 0, value as unknown as EvidenceAnchor);
      return setEvidence(db, assessmentId, commentId, evidence);
    }
    default:
      return unknownField(field);
  }
}
