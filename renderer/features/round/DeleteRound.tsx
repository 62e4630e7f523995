import { useState } from 'react';
import { useNotices, reportFailure } from '../../app/notice-store';
import { navigate } from '../../app/router-store';
import { Modal } from '../../components/Modal';
import { deleteRound } from './requests';

/** Removing a finished round from this computer: deliberate, explained, irreversible. */
export function DeleteRound({ roundId, title }: { roundId: string; title: string }) {
  const [open, setOpen] = useState(false);
  const [understood, setUnderstood] = useState(false);
  const [busy, setBusy] = useState(false);
  const close = () => {
    setOpen(false);
    setUnderstood(false);
  };
  const remove = async () => {
    setBusy(true);
    try {
      const result = await deleteRound({ roundId });
      useNotices
        .getState()
        .show(
          'success',
          `"${result.title}" är raderad från den här datorn, med ${result.documentsRemoved} dokument och ${result.backupsRemoved} säkerhetskopior som innehöll den.`,
          { carry: true },
        );
      navigate({ name: 'start' });
    } catch (error) {
      reportFailure(error);
      setBusy(false);
      close();
    }
  };
  return (
    <section className="card danger-zone" aria-labelledby="delete-round-title">
      <h2 id="delete-round-title">Radera omgången</h2>
      <p>
        När omgången är avslutad ska de tävlandes material inte ligga kvar på datorn. Radering tar bort omgången, de
        tävlandes dokument, alla bedömningar och mottagna filer, nycklar som fästs för omgången och de säkerhetskopior
        som innehåller den.
      </p>
      <button type="button" className="button danger" onClick={() => setOpen(true)}>
        Radera omgången…
      </button>
      {open && (
        <Modal titleId="delete-round-dialog-title" describedBy="delete-round-dialog-text" onCancel={close}>
          <h2 id="delete-round-dialog-title">Radera "<bdi>{title}</bdi>"?</h2>
          <div id="delete-round-dialog-text">
            <p>Det här tas bort från den här datorn och kan inte återställas:</p>
            <ul>
              <li>omgången med tävlande, team och tidsplan</li>
              <li>de tävlandes verksamhetsbeskrivningar (om ingen annan omgång använder dem)</li>
              <li>dina och teamets bedömningar, mottagna bedömningsfiler och fästa nycklar</li>
              <li>säkerhetskopior som innehåller omgången</li>
            </ul>
            <p className="muted">Filer som du själv har exporterat och sparat någon annanstans påverkas inte.</p>
          </div>
          <label className="checkbox">
            <input type="checkbox" checked={understood} onChange={(event) => setUnderstood(event.target.checked)} />
            Jag förstår att raderingen inte kan ångras
          </label>
          <div className="toolbar dialog-actions">
            <button type="button" className="button" onClick={close}>
              Avbryt
            </button>
            <button type="button" className="button danger" disabled={!understood || busy} onClick={() => void remove()}>
              {busy ? 'Raderar…' : 'Radera permanent'}
            </button>
          </div>
        </Modal>
      )}
    </section>
  );
}
