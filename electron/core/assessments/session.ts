/**
 * The working session, the scope of undo: it begins with the first edit after
 * a pause, and ends when the assessment is submitted, reopened or a team stage
 * is started (log entries appended with `session: 'ends'`). Undo and redo are
 * derived from the change log itself — so they survive a restart, and are
 * recorded like any change.
 */
import type { Db } from '../db/open';
import { prepared } from '../db/statements';
import { appendLog, type Json, type LogAction, type LogHead } from './log';
import type { AssessmentRecord } from './repository';

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


/**
 * Records a step in the assessment's life that is not an edit (submitted,
 * reopened, a team stage started): undo never reaches back across it, so the
 * working session ends with it.
 */
export function recordMilestone(db: Db, head: LogHead, step: { at: string; actor: string; action: LogAction; old: Json; new: Json }): void {
  appendLog(db, head, { ...step, field: null, target: {}, ref: null }, { session: 'ends' });
}
