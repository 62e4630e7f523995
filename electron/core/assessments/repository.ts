/**
 * Reading assessments: the stored rows as the shared content model
 * (`CriterionAssessment`), which the desk edits, the .kvbedomning export
 * carries and the reports render.
 */
import {
  type Comment,
  type CommentSource,
  type CriterionAssessment,
  type EvidenceAnchor,
  type ListKind,
  type SiteVisitQuestion,
  type Stage,
} from '../../../shared/domain/assessment';
import { assessmentRowSchema } from '../../../shared/domain/prize-aspects';
import { appError } from '../../../shared/errors';
import type { Db } from '../db/open';
import { prepared } from '../db/statements';

export type AssessmentStatus = 'draft' | 'submitted';

export interface AssessmentRecord {
  readonly id: string;
  readonly roundId: string;
  readonly contestantId: string;
  /** The author: the examiner (for consensus: the team lead) who writes it. */
  readonly examinerId: string;
  readonly stage: Stage;
  readonly status: AssessmentStatus;
  readonly revision: number;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly submittedAt: string | null;
  /** First change-log entry of the current working session (the scope of undo). */
  readonly sessionStart: number;
  readonly logCount: number;
  readonly logHead: string;
}

interface AssessmentRow {
  id: string;
  round_id: string;
  contestant_id: string;
  examiner_id: string;
  stage: Stage;
  status: AssessmentStatus;
  revision: number;
  created_at: string;
  updated_at: string;
  submitted_at: string | null;
  session_start: number;
  log_count: number;
  log_head: string;
}

const record = (row: AssessmentRow): AssessmentRecord => ({
  id: row.id,
  roundId: row.round_id,
  contestantId: row.contestant_id,
  examinerId: row.examiner_id,
  stage: row.stage,
  status: row.status,
  revision: row.revision,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
  submittedAt: row.submitted_at,
  sessionStart: row.session_start,
  logCount: row.log_count,
  logHead: row.log_head,
});

export interface AssessmentKey {
  readonly roundId: string;
  readonly contestantId: string;
  readonly examinerId: string;
  readonly stage: Stage;
}

/** The one assessment of a round + contestant + author + stage, or null. */
export function findAssessment(db: Db, key: AssessmentKey): AssessmentRecord | null {
  const row = prepared(db, 'SELECT * FROM assessments WHERE round_id = ? AND contestant_id = ? AND examiner_id = ? AND stage = ?')
    .get(key.roundId, key.contestantId, key.examinerId, key.stage) as AssessmentRow | undefined;
  return row ? record(row) : null;
}

export function getAssessment(db: Db, assessmentId: string): AssessmentRecord {
  const row = prepared(db, 'SELECT * FROM assessments WHERE id = ?').get(assessmentId) as AssessmentRow | undefined;
  if (!row) throw appError('assessment-missing');
  return record(row);
}

/** Every assessment of a round (optionally of one stage), in creation order. */
export function listAssessments(db: Db, roundId: string, stage?: Stage): AssessmentRecord[] {
  const rows = prepared(db, `SELECT * FROM assessments WHERE round_id = ? ${stage ? 'AND stage = ?' : ''} ORDER BY created_at, id`)
    .all(...(stage ? [roundId, stage] : [roundId])) as AssessmentRow[];
  return rows.map(record);
}

interface CriterionRow {
  criterion_id: string;
  score: number | null;
  attributes: string;
  private_note: string;
}

/** A stored comment, strength, improvement area or site-visit question. */
export interface CommentRow {
  id: string;
  criterion_id: string;
  kind: ListKind;
  position: number;
  text: string;
  evidence: string;
  sources: string | null;
}

export const COMMENT_COLUMNS = 'id, criterion_id, kind, position, text, evidence, sources';

export interface LoadOptions {
  /** Private notes stay on this computer unless their author chooses to include them. */
  readonly includePrivateNotes?: boolean;
}

export const commentOf = (row: CommentRow): Comment => ({
  id: row.id,
  text: row.text,
  evidence: JSON.parse(row.evidence) as EvidenceAnchor[],
  ...(row.sources !== null ? { sources: JSON.parse(row.sources) as CommentSource[] } : {}),
});

/**
 * Every criterion of the assessment in package order, exactly as stored —
 * including comments whose text is still empty (being written). The desk's view.
 */
export function loadCriteria(db: Db, assessmentId: string, options: LoadOptions & { criterionId?: string } = {}): CriterionAssessment[] {
  const one = options.criterionId === undefined ? '' : 'AND criterion_id = ?';
  const params = options.criterionId === undefined ? [assessmentId] : [assessmentId, options.criterionId];
  const criteria = prepared(db, `SELECT criterion_id, score, attributes, private_note FROM assessment_criteria WHERE assessment_id = ? ${one} ORDER BY position`)
    .all(...params) as CriterionRow[];
  const comments = prepared(db, `SELECT ${COMMENT_COLUMNS} FROM assessment_comments WHERE assessment_id = ? ${one} ORDER BY criterion_id, kind, position`)
    .all(...params) as CommentRow[];
  const byCriterion = new Map<string, CommentRow[]>();
  for (const row of comments) byCriterion.set(row.criterion_id, [...(byCriterion.get(row.criterion_id) ?? []), row]);
  return criteria.map((row) => {
    const own = byCriterion.get(row.criterion_id) ?? [];
    const questions: SiteVisitQuestion[] = own.filter((c) => c.kind === 'question').map((c) => ({ id: c.id, text: c.text }));
    return {
      criterionId: row.criterion_id,
      score: row.score,
      attributes: JSON.parse(row.attributes) as Record<string, number>,
      strengths: own.filter((c) => c.kind === 'strength').map(commentOf),
      improvements: own.filter((c) => c.kind === 'improvement').map(commentOf),
      siteVisitQuestions: questions,
      ...(options.includePrivateNotes ? { privateNote: row.private_note } : {}),
    };
  });
}

/**
 * The assessment's content as the shared model — what the exchange exports and
 * the reports render. Comments and questions not yet written (empty text) are
 * not content and are left out; a submitted assessment has none (submitting
 * requires every comment to have text). Validated against the shared schema.
 */
export function loadAssessmentContent(db: Db, assessmentId: string, options: LoadOptions = {}): CriterionAssessment[] {
  getAssessment(db, assessmentId);
  const written = <T extends { text: string }>(items: T[]) => items.filter((item) => item.text.trim() !== '');
  return loadCriteria(db, assessmentId, options).map((criterion) =>
    assessmentRowSchema.parse({
      ...criterion,
      strengths: written(criterion.strengths),
      improvements: written(criterion.improvements),
      siteVisitQuestions: written(criterion.siteVisitQuestions),
    }),
  );
}
