import { useEffect } from 'react';
import { formatDateTime, formatNumber } from '../../../shared/format';
import { useBackups } from './backups-store';
import { RestoreAction } from './RestoreAction';

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
                  <RestoreAction backup={backup} busy={busy} restore={restore} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
