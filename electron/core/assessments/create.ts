import { randomUUID } from 'node:crypto';
import { sectionAspects } from '../../../shared/domain/prize-aspects';
import type { Stage } from '../../../shared/domain/assessment';
import type { Db } from '../db/open';
import { appendLog, GENESIS_HASH } from './log';
import { getAssessment, type AssessmentRecord } from './repository';
import { contestantContext } from '../rounds/repository';
import { prepared } from '../db/statements';

export interface NewAssessment {
  readonly roundId: string;
  readonly contestantId: string;
  readonly examinerId: string;
  readonly stage: Stage;
  readonly at: string;
}

/**
 * A new, empty draft (revision 1) with one row per criterion that applies to
 * the contestant's class and one per aspect of each prize it enters; its change log starts with a `create` entry.
 * Runs in its own transaction, or as part of the caller's.
 */
export function createAssessment(db: Db, input: NewAssessment): AssessmentRecord {
  const context = contestantContext(db, input.roundId, input.contestantId);
  const id = randomUUID();
  db.transaction(() => {
    prepared(db, 
      `INSERT INTO assessments (id, round_id, contestant_id, examiner_id, stage, status, revision, created_at, updated_at,
                                session_start, log_count, log_head)
       VALUES (?, ?, ?, ?, ?, 'draft', 1, ?, ?, 1, 0, ?)`,
    ).run(id, input.roundId, input.contestantId, input.examinerId, input.stage, input.at, input.at, GENESIS_HASH);
    const criterion = prepared(db, 'INSERT INTO assessment_criteria (assessment_id, criterion_id, position) VALUES (?, ?, ?)');
    const rows = [...context.criteria.map((c) => c.id), ...sectionAspects(context.prizes).map((a) => a.key)];
    rows.forEach((key, position) => criterion.run(id, key, position));
    appendLog(db, { id, logCount: 0, logHead: GENESIS_HASH }, {
      at: input.at,
      actor: input.examinerId,
      action: 'create',
      field: null,
      target: {},
      old: null,
      new: { roundId: input.roundId, contestantId: input.contestantId, examinerId: input.examinerId, stage: input.stage, revision: 1 },
      ref: null,
    });
  })();
  return getAssessment(db, id);
}

/**
 * Scores a new team assessment starts from: where the team begins, recorded in
 * the stage's start entry rather than as edits of their own.
 */
export function seedScores(db: Db, assessmentId: string, scores: Readonly<Record<string, number | null>>): void {
  const setScore = prepared(db, 'UPDATE assessment_criteria SET score = ? WHERE assessment_id = ? AND criterion_id = ?');
  for (const [criterionId, score] of Object.entries(scores)) if (score !== null) setScore.run(score, assessmentId, criterionId);
}

/** Copies an assessment's content (scores, aspects, comments with their ids) into a new, empty one of the same contestant. */
export function copyContent(db: Db, fromId: string, toId: string): void {
  prepared(db,
    `UPDATE assessment_criteria SET (score, attributes) = (SELECT c.score, c.attributes FROM assessment_criteria c
        WHERE c.assessment_id = ? AND c.criterion_id = assessment_criteria.criterion_id) WHERE assessment_id = ?`,
  ).run(fromId, toId);
  prepared(db,
    `INSERT INTO assessment_comments (assessment_id, id, criterion_id, kind, position, text, evidence, sources)
     SELECT ?, id, criterion_id, kind, position, text, evidence, sources FROM assessment_comments WHERE assessment_id = ?`,
  ).run(toId, fromId);
}
