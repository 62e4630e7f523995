/**
 * Undo and redo within the current working session, derived from the change
 * log itself — so they survive a restart, and are recorded like any change.
 */
import { appError } from '../../../shared/errors';
import type { EditResult } from '../../../shared/contract/assessments';
import type { Db } from '../db/open';
import { applyField, readField, type FieldTarget } from './fields';
import { assertEditable } from './guard';
import { appendLog, readLog, type LogAction } from './log';
import { getAssessment, loadCriteria, type AssessmentRecord } from './repository';
import { prepared } from './statements';

/**
 * A working session (the scope of undo) ends after this long without an edit,
 * so undo survives a restart or a lunch break but never reaches into
 * yesterday's work. Submitting and opening a new revision also end it.
 */
export const SESSION_IDLE_MS = 6 * 60 * 60 * 1000;

export function isIdle(assessment: AssessmentRecord, at: string): boolean {
  return Date.parse(at) - Date.parse(assessment.updatedAt) > SESSION_IDLE_MS;
}

const NOT_UNDOABLE: ReadonlySet<LogAction> = new Set(['create', 'submit', 'reopen', 'start-consensus', 'start-site-visit']);

/** The entries that undo and redo would reverse or repeat next (last = top). */
export function sessionStacks(db: Db, assessment: AssessmentRecord, at: string): { undo: number[]; redo: number[] } {
  const undo: number[] = [];
  const redo: number[] = [];
  if (isIdle(assessment, at)) return { undo, redo };
  const rows = prepared(db, 'SELECT seq, action, ref_seq AS ref FROM assessment_log WHERE assessment_id = ? AND seq >= ? ORDER BY seq')
    .all(assessment.id, assessment.sessionStart) as { seq: number; action: LogAction; ref: number | null }[];
  for (const row of rows) {
    if (row.action === 'undo') redo.push(undo.pop()!);
    else if (row.action === 'redo') undo.push(redo.pop()!);
    else if (NOT_UNDOABLE.has(row.action)) undo.length = redo.length = 0;
    else {
      undo.push(row.seq);
      redo.length = 0;
    }
  }
  return { undo, redo };
}

export function undoState(db: Db, assessment: AssessmentRecord, at: string): { canUndo: boolean; canRedo: boolean } {
  if (assessment.status === 'submitted') return { canUndo: false, canRedo: false };
  const stacks = sessionStacks(db, assessment, at);
  return { canUndo: stacks.undo.length > 0, canRedo: stacks.redo.length > 0 };
}

/** Reverses the last change of the session (`undo`), or makes the last undone one again (`redo`). */
export function undoOrRedo(db: Db, assessmentId: string, at: string, direction: 'undo' | 'redo'): EditResult {
  return db.transaction(() => {
    const assessment = getAssessment(db, assessmentId);
    const actor = assertEditable(db, assessment);
    const stacks = sessionStacks(db, assessment, at);
    const seq = (direction === 'undo' ? stacks.undo : stacks.redo).at(-1);
    if (seq === undefined) {
      throw direction === 'undo' ? appError('nothing-to-undo') : appError('nothing-to-redo');
    }
    const [entry] = readLog(db, assessmentId, seq, seq);
    const target = entry!.target as FieldTarget;
    const value = direction === 'undo' ? entry!.old : entry!.new;
    const old = readField(db, assessmentId, entry!.field!, target);
    applyField(db, assessmentId, entry!.field!, target, value);
    appendLog(db, assessmentId, { at, actor, action: direction, field: entry!.field, target, old, new: value, ref: seq });
    const [criterion] = loadCriteria(db, assessmentId, { includePrivateNotes: true, criterionId: target.criterionId });
    return { criterion: criterion ?? null, savedAt: at, ...undoState(db, getAssessment(db, assessmentId), at) };
  })();
}
