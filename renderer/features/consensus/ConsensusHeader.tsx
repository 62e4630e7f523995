import type { TeamStage } from '../../../shared/contract/consensus';
import { formatDateTime } from '../../../shared/format';
import { useNotices } from '../../app/notice-store';
import { navigate } from '../../app/router-store';
import { UndoRedo } from '../../components/UndoRedo';
import { pointsText } from '../../components/score-format';
import { doneText, useLive } from './consensus-live';
import { startStage, undoOrRedo, useConsensus } from './consensus-store';

export type ConsensusDialog = 'submit' | 'export' | 'reopen' | null;

const STAGE_TITLE: Record<TeamStage, string> = { consensus: 'Konsensus', 'site-visit': 'Efter platsbesök' };

/** Above the workspace: the stage (and the way between stages), its state, the totals, and what the lead can do next. */
export function ConsensusHeader({ onDialog }: { onDialog(dialog: ConsensusDialog): void }) {
  const view = useConsensus((s) => s.view!);
  const live = useLive();
  const assessment = view.assessment!;
  const editable = view.editable;
  const lead = view.access === 'lead';
  const draft = lead && editable?.status === 'draft';
  const submitted = assessment.status === 'submitted';
  const place = { roundId: view.roundId, contestantId: view.contestantId };
  // The status bar's "Sparat" and this line read the same moment: the latest save.
  const savedAt = useNotices((s) => s.savedAt);
  const shownSave = lead && savedAt !== null && savedAt > assessment.updatedAt ? savedAt : assessment.updatedAt;
  return (
    <header className="desk-header consensus-header">
      <div className="desk-title">
        <h1>
          {view.contestantName}
          <span className="muted desk-subtitle"> · {STAGE_TITLE[assessment.stage]}</span>
        </h1>
        <p className="small muted">
          {submitted ? (
            <span className="badge success">
              <span aria-hidden="true">✓ </span>
              {lead ? 'Inlämnad' : `Från ${assessment.author.name}`}
            </span>
          ) : (
            <span className="badge">Utkast</span>
          )}{' '}
          Revision {assessment.revision} · {lead ? 'Sparad' : 'Exporterad'} {formatDateTime(shownSave)}
          {live && (
            <>
              {' '}
              · {doneText(live)}
              {live.points && ` · Totalt ${pointsText(live.points.points)} av ${pointsText(live.points.maxPoints)}`}
            </>
          )}
        </p>
      </div>
      <span className="spacer" />
      {view.stages.length > 1 && (
        <div className="segmented" role="group" aria-label="Skede">
          {view.stages.map((stage) => (
            <button
              key={stage}
              type="button"
              className={`button small${stage === assessment.stage ? ' chosen' : ''}`}
              aria-pressed={stage === assessment.stage}
              onClick={() => navigate({ name: 'consensus', ...place, stage })}
            >
              {STAGE_TITLE[stage]}
            </button>
          ))}
        </div>
      )}
      {draft && (
        <>
          <UndoRedo canUndo={editable.canUndo} canRedo={editable.canRedo} onUndo={() => void undoOrRedo('undo')} onRedo={() => void undoOrRedo('redo')} />
          <button type="button" className="button primary small" onClick={() => onDialog('submit')}>
            Lämna in teamets bedömning…
          </button>
        </>
      )}
      {lead && submitted && (
        <>
          <button type="button" className="button small" onClick={() => onDialog('reopen')}>
            Öppna en ny revision…
          </button>
          {assessment.stage === 'consensus' && !view.stages.includes('site-visit') && (
            <button
              type="button"
              className="button small"
              onClick={() => void startStage('consensus:start-site-visit', 'Platsbesöket är öppnat för registrering.').then((v) => v && navigate({ name: 'consensus', ...place, stage: 'site-visit' }))}
            >
              Registrera platsbesök
            </button>
          )}
          <button type="button" className="button primary small" onClick={() => onDialog('export')}>
            Exportera…
          </button>
        </>
      )}
    </header>
  );
}
