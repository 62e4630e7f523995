import { useId, useState } from 'react';
import { folderOf } from '../../../shared/format';
import { messageOf } from '../../api';
import { useNotices } from '../../app/notice-store';
import { DialogActions } from '../../components/DialogActions';
import { Modal } from '../../components/Modal';
import { exportAssessment, exportChangeLog } from './requests';

/**
 * "Exportera": signs a submitted assessment as a .kvbedomning for the team.
 * Private notes stay on this computer unless the author ticks that they go along.
 */
export function ExportDialog({ assessmentId, what, allowPrivateNotes, onClose }: {
  assessmentId: string;
  /** "din bedömning av Förskolan Solrosen" */
  what: string;
  allowPrivateNotes: boolean;
  onClose(): void;
}) {
  const titleId = useId();
  const describedId = useId();
  const [notes, setNotes] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const saveLog = async () => {
    setError(null);
    try {
      const saved = await exportChangeLog({ assessmentId, includePrivateNotes: allowPrivateNotes && notes });
      if (saved) useNotices.getState().show('success', `Sparade ändringsloggen ${saved.fileName} i mappen ${folderOf(saved.path)}. Den kan kontrolleras med "examinator assessment verify-log".`);
    } catch (failure) {
      setError(messageOf(failure));
    }
  };
  const run = async () => {
    setBusy(true);
    setError(null);
    try {
      const saved = await exportAssessment({ assessmentId, includePrivateNotes: allowPrivateNotes && notes });
      if (saved) {
        useNotices.getState().show('success', `Sparade ${saved.fileName} (revision ${saved.revision}) i mappen ${folderOf(saved.path)}. Skicka filen till teamet, till exempel med e-post.`);
        onClose();
      } else setBusy(false);
    } catch (failure) {
      setError(messageOf(failure));
      setBusy(false);
    }
  };
  return (
    <Modal titleId={titleId} describedBy={describedId} onCancel={onClose}>
      <h2 id={titleId}>Exportera {what}</h2>
      <div id={describedId}>
        <p>Filen signeras med din nyckel, så att mottagarna kan se att den kommer från dig och inte har ändrats. Varje export får ett nytt revisionsnummer.</p>
        {allowPrivateNotes && (
          <label className="check">
            <input type="checkbox" checked={notes} onChange={(event) => setNotes(event.target.checked)} />
            Ta med mina privata anteckningar (annars stannar de på den här datorn)
          </label>
        )}
        {error && (
          <p className="notice error" role="alert">
            {error}
          </p>
        )}
      </div>
      <DialogActions onCancel={onClose} confirm="Exportera…" disabled={busy} onConfirm={() => void run()}>
        <button type="button" className="button quiet" onClick={() => void saveLog()}>
          Spara ändringsloggen…
        </button>
        <span className="spacer" />
      </DialogActions>
    </Modal>
  );
}
