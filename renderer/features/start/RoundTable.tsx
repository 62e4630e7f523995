import type { RoundSummary } from '../../../shared/contract/rounds';
import { daysUntil, formatDate, formatDaysLeft, stockholmDate } from '../../../shared/format';
import { rowsNoun } from '../../../shared/domain/prize-aspects';
import { navigate } from '../../app/router-store';

const ROLE_LABEL: Record<NonNullable<RoundSummary['myRole']>, string> = {
  examinator: 'Examinator',
  utvärderingsledare: 'Utvärderingsledare',
  stadsledningskontoret: 'Stadsledningskontoret',
};

export function RoundTable({ rounds }: { rounds: readonly RoundSummary[] }) {
  const today = stockholmDate(new Date());
  return (
    <table className="data rounds">
      <caption className="visually-hidden">Tävlingsomgångar på den här datorn</caption>
      <thead>
        <tr>
          <th scope="col">Omgång</th>
          <th scope="col">År</th>
          <th scope="col">Min roll</th>
          <th scope="col">Framsteg</th>
          <th scope="col">Nästa sista dag</th>
        </tr>
      </thead>
      <tbody>
        {rounds.map((round) => (
          // The title is the keyboard path; the whole row is a larger target for the mouse.
          <tr key={round.id} className="clickable" onClick={() => navigate({ name: 'round', roundId: round.id })}>
            <th scope="row">
              <button type="button" className="link-button round-title" onClick={() => navigate({ name: 'round', roundId: round.id })}>
                {round.title}
              </button>
              {round.exampleMaterial && <span className="badge warning">Övningsmaterial</span>}
              <div className="muted small">
                {round.contestantCount} tävlande · {round.packageTitle}
              </div>
            </th>
            <td>{round.year}</td>
            <td>{round.myRole ? ROLE_LABEL[round.myRole] : <span className="muted">Inte vald</span>}</td>
            <td>
              {round.progress ? (
                <span className="progress">
                  <span className="progress-bar" aria-hidden="true">
                    <span style={{ width: `${(100 * round.progress.done) / Math.max(1, round.progress.total)}%` }} />
                  </span>
                  {round.progress.done} av {round.progress.total} {rowsNoun(round.progress.total - round.progress.aspects, round.progress.aspects)} klara
                </span>
              ) : (
                <span className="muted">–</span>
              )}
            </td>
            <td>
              {round.nextDeadline ? (
                <>
                  {round.nextDeadline.label}: {formatDate(round.nextDeadline.date)}
                  <div className="muted small">{formatDaysLeft(daysUntil(round.nextDeadline.date, today))}</div>
                </>
              ) : (
                <span className="muted">Alla sista dagar har passerat</span>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
