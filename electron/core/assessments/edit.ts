/**
 * One edit = one SQLite transaction that checks it, writes it, and appends
 * its change-log entry. Nothing of it is on disk unless all of it is.
 */
import type { EditResult } from '../../../shared/contract/assessments';
import type { Db } from '../db/open';
import { canonicalJson } from '../canonical-json';
import { applyField, readField, type FieldTarget } from './fields';
import { assertEditable } from './guard';
import { appendLog, type Json, type LogAction, type LogField } from './log';
import { getAssessment, loadCriteria, type AssessmentRecord } from './repository';
import { contestantContext, type ContestantContext } from '../rounds/repository';
import { isIdle, undoState } from './undo';
import { prepared } from '../db/statements';

export interface Change {
  readonly action: LogAction;
  readonly field: LogField;
  readonly target: FieldTarget;
  readonly value: Json;
}

export interface EditScope {
  readonly db: Db;
  readonly assessment: AssessmentRecord;
  readonly context: ContestantContext;
}

export function editResult(db: Db, assessment: AssessmentRecord, criterionId: string, at: string, extra: Partial<EditResult> = {}): EditResult {
  const [criterion] = loadCriteria(db, assessment.id, { includePrivateNotes: true, criterionId });
  return { criterion: criterion ?? null, savedAt: at, ...undoState(db, getAssessment(db, assessment.id), at), ...extra };
}

/**
 * Runs `plan` (which validates and says what to change) and writes the change
 * with its log entry, all in one transaction. A change to the value already
 * there writes nothing.
 */
export function editAssessment(db: Db, assessmentId: string, at: string, plan: (scope: EditScope) => Change, extra: Partial<EditResult> = {}): EditResult {
  return db.transaction(() => {
    const assessment = getAssessment(db, assessmentId);
    const actor = assertEditable(db, assessment);
    const change = plan({ db, assessment, context: contestantContext(db, assessment.roundId, assessment.contestantId) });
    const old = readField(db, assessmentId, change.field, change.target);
    if (canonicalJson(old) === canonicalJson(change.value)) return editResult(db, assessment, change.target.criterionId, assessment.updatedAt, extra);
    if (isIdle(assessment, at)) prepared(db, 'UPDATE assessments SET session_start = log_count + 1 WHERE id = ?').run(assessmentId);
    applyField(db, assessmentId, change.field, change.target, change.value);
    appendLog(db, assessmentId, { at, actor, action: change.action, field: change.field, target: change.target, old, new: change.value, ref: null });
    const [criterion] = loadCriteria(db, assessmentId, { includePrivateNotes: true, criterionId: change.target.criterionId });
    return { criterion: criterion ?? null, savedAt: at, canUndo: true, canRedo: false, ...extra };
  })();
}
