import { useShallow } from 'zustand/react/shallow';
import { daysUntil, formatDate, formatDateTime, formatDaysLeft, stockholmDate } from '../../../shared/format';
import { UndoRedo } from '../../components/UndoRedo';
import { CalibrationLink } from '../calibration/CalibrationLink';
import { undoOrRedo } from './desk-actions';
import { useDesk } from './desk-store';

/** Above the desk: whose assessment, its state and deadline, undo/redo, the shortcuts, and submitting (progress and total are in the criteria list). */
export function DeskHeader({ onSubmit, onReopen, onExport, onShortcuts }: { onSubmit(): void; onReopen(): void; onExport(): void; onShortcuts(): void }) {
  const { context, assessment } = useDesk(useShallow((s) => ({ context: s.context!, assessment: s.assessment! })));
  const submitted = assessment.status === 'submitted';
  return (
    <header className="desk-header">
      <div className="desk-title">
        <h1>
          {context.contestant.name}
          {context.contestant.classTitle !== null && <span className="muted desk-subtitle"> · {context.contestant.classTitle}</span>}
        </h1>
        <p className="small muted">
          {submitted ? (
            <span className="badge success">
              <span aria-hidden="true">✓ </span>Inlämnad {assessment.submittedAt ? formatDateTime(assessment.submittedAt) : ''}
            </span>
          ) : (
            <span className="badge">Utkast</span>
          )}{' '}
          Revision {assessment.revision}
          {context.deadline && !submitted && (
            <>
              {' '}
              · Lämnas in senast {formatDate(context.deadline)} ({formatDaysLeft(daysUntil(context.deadline, stockholmDate(new Date())))})
            </>
          )}
        </p>
      </div>
      <span className="spacer" />
      {!submitted && (
        <UndoRedo canUndo={assessment.canUndo} canRedo={assessment.canRedo} onUndo={() => void undoOrRedo('undo')} onRedo={() => void undoOrRedo('redo')} />
      )}
      <button type="button" className="button quiet small" aria-keyshortcuts="?" onClick={onShortcuts}>
        Kortkommandon <kbd aria-hidden="true">?</kbd>
      </button>
      {submitted ? (
        <>
          <CalibrationLink roundId={assessment.roundId} contestantId={assessment.contestantId} submittedAt={assessment.submittedAt} />
          <button type="button" className="button small" onClick={onReopen}>
            Öppna en ny revision…
          </button>
          <button type="button" className="button primary small" onClick={onExport}>
            Exportera…
          </button>
        </>
      ) : (
        <button type="button" className="button primary small" onClick={onSubmit}>
          Lämna in min bedömning…
        </button>
      )}
    </header>
  );
}
