import { useState } from 'react';
import type { JuryWorkspace } from '../../../shared/contract/jury';
import { createReport } from '../reports/reports-store';

/** Why the protokoll cannot be made yet, or which signed revision it shows. */
function protokollHint(workspace: JuryWorkspace, complete: boolean): { ready: boolean; text: string } {
  if (!complete) return { ready: false, text: 'Beslutsprotokollet kan skapas när beslutet är komplett och exporterat.' };
  if (workspace.lastRevision === 0) return { ready: false, text: 'Exportera beslutet först: protokollet återger den signerade beslutsfilen.' };
  return { ready: true, text: `Protokollet återger revision ${workspace.lastRevision}, den senast exporterade.` };
}

/** Skapa beslutsprotokoll…: the meeting's PDF, made by the reports' job from the signed decision held here. */
export function ProtokollButton({ workspace, complete }: { workspace: JuryWorkspace; complete: boolean }) {
  const [busy, setBusy] = useState(false);
  const hint = protokollHint(workspace, complete);
  const create = async () => {
    setBusy(true);
    try {
      await createReport(workspace.roundId, { kind: 'beslutsprotokoll', meeting: workspace.meeting }, { appendix: false, anonymous: false });
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="protokoll-action">
      <button type="button" className="button" disabled={!hint.ready || busy} aria-describedby="jury-protokoll-hint" onClick={() => void create()}>
        {busy ? 'Skapar protokollet…' : 'Skapa beslutsprotokoll…'}
      </button>
      <p id="jury-protokoll-hint" className="muted small">
        {hint.text}
      </p>
    </div>
  );
}
