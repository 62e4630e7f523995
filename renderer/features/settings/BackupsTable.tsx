import type { BackupInfo } from '../../../shared/contract/app';
import { formatDateTime, formatNumber } from '../../../shared/format';
import { RestoreAction, type RestoreProps } from './RestoreAction';

/** The backups, newest first, each with "Återställ…" (Settings and the recovery screen). */
export function BackupsTable({ backups, ...action }: { backups: readonly BackupInfo[] } & Omit<RestoreProps, 'backup'>) {
  return (
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
              <RestoreAction backup={backup} {...action} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
