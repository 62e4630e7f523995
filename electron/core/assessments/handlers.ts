import type { Handlers } from '../../../shared/contract';
import type { CoreContext } from '../context';
import { addComment, addEvidence, deleteComment, editComment, moveComment, removeEvidence, setAttribute, setNote, setScore } from './edits';
import { chooseExaminer, chooseOffice } from '../rounds/identity';
import { openAssessment, reopenAssessment, submitAssessment } from './lifecycle';
import { verifyLog } from './log';
import { getAssessment } from './repository';
import { myRoundStatus } from './status';
import { undoOrRedo } from './undo';

export function assessmentHandlers(ctx: CoreContext) {
  const now = () => ctx.clock.now().toISOString();
  const db = () => ctx.store.db;
  return {
    'round:my-status': ({ roundId }) => myRoundStatus(db(), roundId),
    'round:choose-examiner': ({ roundId, examinerId, change }) => {
      chooseExaminer(db(), roundId, examinerId, change, now());
      return myRoundStatus(db(), roundId);
    },
    'round:choose-office': ({ roundId, change }) => {
      chooseOffice(db(), roundId, change, now());
      return myRoundStatus(db(), roundId);
    },
    'assessment:open': ({ roundId, contestantId }) => openAssessment(db(), roundId, contestantId, now()),
    'assessment:set-score': (args) => setScore(db(), now(), args),
    'assessment:set-attribute': (args) => setAttribute(db(), now(), args),
    'assessment:set-note': (args) => setNote(db(), now(), args),
    'assessment:add-comment': (args) => addComment(db(), now(), args),
    'assessment:edit-comment': (args) => editComment(db(), now(), args),
    'assessment:delete-comment': (args) => deleteComment(db(), now(), args),
    'assessment:move-comment': (args) => moveComment(db(), now(), args),
    'assessment:add-evidence': (args) => addEvidence(db(), now(), args),
    'assessment:remove-evidence': (args) => removeEvidence(db(), now(), args),
    'assessment:undo': ({ assessmentId }) => undoOrRedo(db(), assessmentId, now(), 'undo'),
    'assessment:redo': ({ assessmentId }) => undoOrRedo(db(), assessmentId, now(), 'redo'),
    'assessment:submit': ({ assessmentId }) => submitAssessment(db(), assessmentId, now()),
    'assessment:reopen': ({ assessmentId }) => reopenAssessment(db(), assessmentId, now()),
    'assessment:verify-log': ({ assessmentId }) => {
      getAssessment(db(), assessmentId);
      return verifyLog(db(), assessmentId);
    },
  } satisfies Partial<Handlers>;
}
