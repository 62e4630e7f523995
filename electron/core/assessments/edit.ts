/**
 * One edit = one SQLite transaction that checks it, writes it, and appends
 * its change-log entry. Nothing of it is on disk unless all of it is.
 */
import type { EditResult } from '../../../shared/contract/assessments';
import type { Db } from '../db/open';
import { canonicalJson } from '../canonical-json';
import { applyField, readField } from './fields';
import { assertEditable } from './guard';
import { appendLog, type Json, type LogAction, type LogField } from './log';
import type { FieldTarget } from './registry';
import { getAssessment, loadCriteria, type AssessmentRecord } from './repository';
import { contestantContext, type ContestantContext } from '../rounds/repository';
import { isIdle, undoState } from './session';

export interface Change {
  readonly action: LogAction;
  readonly field: LogField;
  readonly target: FieldTarget;
  readonly value: Json;
  /** The field's value now, when the plan has read it already (the engine reads it otherwise). */
  readonly old?: Json;
}

export interface EditScope {
  readonly db: Db;
  readonly assessment: AssessmentRecord;
  /** The round's package and the contestant's class and documents, read when a plan first asks. */
  readonly context: ContestantContext;
}

/** What every edit, undo and redo answers: the criterion as the desk shows it now, and where undo stands. */
export function editResult(
  db: Db,
  assessment: AssessmentRecord,
  criterionId: string,
  savedAt: string,
  undo: { canUndo: boolean; canRedo: boolean },
  extra: Partial<EditResult> = {},
): EditResult {
  const [criterion] = loadCriteria(db, assessment.id, { includePrivateNotes: true, criterionId });
  return { criterion: criterion ?? null, savedAt, ...undo, ...extra };
}

function scopeOf(db: Db, assessment: AssessmentRecord): EditScope {
  let context: ContestantContext | undefined;
  return {
    db,
    assessment,
    get context() {
      return (context ??= contestantContext(db, assessment.roundId, assessment.contestantId));
    },
  };
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
    const change = plan(scopeOf(db, assessment));
    const { field, target, value } = change;
    const old = 'old' in change ? change.old! : readField(db, assessmentId, field, target);
    const canonical = { old: canonicalJson(old), new: canonicalJson(value) };
    if (canonical.old === canonical.new) return editResult(db, assessment, target.criterionId, assessment.updatedAt, undoState(db, assessment, at), extra);
    applyField(db, assessmentId, field, target, value);
    const entry = { at, actor, action: change.action, field, target, old, new: value, ref: null };
    appendLog(db, assessment, entry, { canonical, ...(isIdle(assessment, at) ? { session: 'begins' as const } : {}) });
    return editResult(db, assessment, target.criterionId, at, { canUndo: true, canRedo: false }, extra);
  })();
}
