import { useEffect, useState } from 'react';
import type { BackupInfo } from '../../../shared/contract/app';
import { formatDateTime } from '../../../shared/format';
import { messageOf } from '../../api';
import { useAppInfo } from '../../app/app-info-store';
import { BackupsTable } from '../settings/BackupsTable';
import { listBackups, restoreBackup, startWithEmptyDatabase } from './requests';

type Outcome = { readonly done: string } | { readonly error: string } | null;

/**
 * Shown instead of the app when the core could not read the database: the
 * backups to restore from (the damaged file is set aside, never deleted), or,
 * without one, an empty database. Reloading afterwards starts the app afresh.
 */
export function RecoveryScreen() {
  const info = useAppInfo((s) => s.info);
  const [backups, setBackups] = useState<readonly BackupInfo[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [confirmEmpty, setConfirmEmpty] = useState(false);

  useEffect(() => {
    listBackups({}).then(setBackups, (error: unknown) => setOutcome({ error: messageOf(error) }));
  }, []);

  const run = async (action: () => Promise<string>) => {
    setBusy(true);
    try {
      setOutcome({ done: await action() });
    } catch (error) {
      setOutcome({ error: messageOf(error) });
    } finally {
      setBusy(false);
    }
  };
  const restore = (backup: BackupInfo) =>
    run(async () => {
      const result = await restoreBackup({ name: backup.name });
      return `Databasen är återställd från säkerhetskopian ${formatDateTime(backup.createdAt)}. ${keptAsideText(result.keptAside)}`;
    });
  const startEmpty = () =>
    run(async () => `Examinator börjar om med en tom databas. ${keptAsideText((await startWithEmptyDatabase({})).keptAside)}`);

  if (outcome && 'done' in outcome) {
    return (
      <div className="page recovery">
        <h1>Klart</h1>
        <p role="status" className="notice success">
          {outcome.done}
        </p>
        <button type="button" className="button primary" autoFocus onClick={() => window.location.reload()}>
          Öppna Examinator
        </button>
      </div>
    );
  }

  return (
    <div className="page recovery">
      <div className="page-header">
        <h1>Databasen behöver återställas</h1>
      </div>
      <section className="card" aria-labelledby="recovery-what">
        <h2 id="recovery-what">Vad har hänt?</h2>
        <p>
          Examinator kunde inte läsa sin databas. Filen är skadad, till exempel efter ett strömavbrott, en full disk eller
          en ofullständig kopiering. Ingenting har raderats: när du väljer nedan sparas den skadade filen undan i datamappen,
          så att den kan undersökas senare.
        </p>
        <dl className="facts">
          <dt>Datamapp</dt>
          <dd className="mono">{info?.dataDir ?? '…'}</dd>
        </dl>
      </section>
      {outcome && 'error' in outcome && (
        <p role="alert" className="notice error">
          {outcome.error}
        </p>
      )}
      <section className="card" aria-labelledby="recovery-backups">
        <h2 id="recovery-backups">Återställ en säkerhetskopia</h2>
        <p>
          Examinator tar en kopia av databasen vid varje start. Välj den senaste kopian från innan problemet uppstod; det
          du gjort efter att den togs behöver göras om.
        </p>
        {backups === null && <p className="muted">Läser säkerhetskopiorna…</p>}
        {backups?.length === 0 && <p>Det finns inga säkerhetskopior i datamappen.</p>}
        {backups && backups.length > 0 && (
          <BackupsTable backups={backups} busy={busy} restore={restore} question="Återställa databasen från den här kopian?" />
        )}
      </section>
      <section className="card" aria-labelledby="recovery-empty">
        <h2 id="recovery-empty">Börja om utan kopia</h2>
        <p>Finns ingen kopia som går att använda kan Examinator starta med en tom databas. Omgångar och bedömningar får då importeras igen.</p>
        {confirmEmpty ? (
          <span className="toolbar" role="group" aria-label="Bekräfta tom databas">
            <span>Starta med en tom databas?</span>
            <button type="button" className="button danger small" disabled={busy} onClick={() => void startEmpty()}>
              Ja, börja om
            </button>
            <button type="button" className="button small" autoFocus onClick={() => setConfirmEmpty(false)}>
              Avbryt
            </button>
          </span>
        ) : (
          <button type="button" className="button" disabled={busy} onClick={() => setConfirmEmpty(true)}>
            Börja om med en tom databas…
          </button>
        )}
      </section>
    </div>
  );
}

function keptAsideText(name: string | null): string {
  return name ? `Den skadade filen är sparad som ${name} i datamappen.` : '';
}
