/**
 * Undo and redo within the current working session, derived from the change
 * log itself — so they survive a restart, and are recorded like any change.
 */
import { appError } from '../../../shared/errors';
import type { EditResult } from '../../../shared/contract/assessments';
import type { Db } from '../db/open';
import { editResult } from './edit';
import { applyField, readField } from './fields';
import { assertEditable } from './guard';
import { appendLog, readLog } from './log';
import type { FieldTarget } from './registry';
import { getAssessment } from './repository';
import { sessionStacks, undoState } from './session';

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
    appendLog(db, assessment, { at, actor, action: direction, field: entry!.field, target, old, new: value, ref: seq });
    return editResult(db, assessment, target.criterionId, at, undoState(db, { ...assessment, updatedAt: at }, at));
  })();
}
