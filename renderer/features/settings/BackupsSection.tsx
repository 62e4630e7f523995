import { useEffect } from 'react';
import { useBackups } from './backups-store';
import { BackupsTable } from './BackupsTable';

export function BackupsSection() {
  const { backups, busy, load, create, restore } = useBackups();
  useEffect(() => {
    void load();
  }, [load]);

  return (
    <section className="card" aria-labelledby="backups-title">
      <h2 id="backups-title">Säkerhetskopior</h2>
      <p>
        Examinator tar en säkerhetskopia av databasen varje gång programmet startar och behåller de tio senaste. Om
        något har gått fel kan du återställa en tidigare kopia; läget just nu sparas först som en egen kopia.
      </p>
      <div className="toolbar">
        <button type="button" className="button" disabled={busy} onClick={() => void create()}>
          Ta en säkerhetskopia nu
        </button>
      </div>
      {backups && backups.length === 0 && <p className="muted">Inga säkerhetskopior finns ännu.</p>}
      {backups && backups.length > 0 && <BackupsTable backups={backups} busy={busy} restore={restore} />}
    </section>
  );
}
