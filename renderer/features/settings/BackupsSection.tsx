import { useEffect, useState } from 'react';
import { formatDateTime, formatNumber } from '../../../shared/format';
import { useBackups } from './backups-store';

export function BackupsSection() {
  const { backups, busy, load, create, restore } = useBackups();
  const [confirming, setConfirming] = useState<string | null>(null);
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
      {backups && backups.length > 0 && (
        <table className="data backups">
          <caption className="visually-hidden">Säkerhetskopior, nyaste först</caption>
          <thead>
            <tr>
              <th scope="col">Tagen</th>
              <th scope="col" className="num">
                Storlek
              </th>
              <th scope="col">
                <span className="visually-hidden">Åtgärd</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {backups.map((backup) => (
              <tr key={backup.name}>
                <td>
                  {formatDateTime(backup.createdAt)}
                  <div className="muted mono small">{backup.name}</div>
                </td>
                <td className="num">{formatNumber(backup.bytes / 1024, 0)} kB</td>
                <td className="num">
                  {confirming === backup.name ? (
                    <span className="toolbar" role="group" aria-label="Bekräfta återställning">
                      <span>Ersätta dagens data med den här kopian?</span>
                      <button
                        type="button"
                        className="button danger small"
                        disabled={busy}
                        onClick={() => void restore(backup).finally(() => setConfirming(null))}
                      >
                        Ja, återställ
                      </button>
                      <button type="button" className="button small" onClick={() => setConfirming(null)}>
                        Avbryt
                      </button>
                    </span>
                  ) : (
                    <button type="button" className="button small" disabled={busy} onClick={() => setConfirming(backup.name)}>
                      Återställ…
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
