import { randomUUID } from 'node:crypto';
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
 * the contestant's class; its change log starts with a `create` entry.
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
    context.criteria.forEach((c, position) => criterion.run(id, c.id, position));
    appendLog(db, id, {
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
