import { formatNumber } from '../../../shared/format';
import { useLive } from './consensus-live';
import { selectCriterion, TEAM_PART, useConsensus } from './consensus-store';

/** The agenda on the left: criteria ordered by disagreement, those that must be discussed marked, and the team's overall part last. */
export function AgendaList() {
  const live = useLive();
  const currentId = useConsensus((s) => s.currentId);
  const threshold = useConsensus((s) => s.pkg?.consensus.spreadThreshold ?? 0);
  if (!live) return null;
  const mustDiscuss = live.agenda.filter((r) => r.disagreement.mustDiscuss);
  const discussed = mustDiscuss.filter((r) => r.team.discussed).length;
  return (
    <nav className="agenda" aria-labelledby="agenda-title">
      <div className="agenda-head">
        <h2 id="agenda-title">Dagordning</h2>
        <p className="small muted">
          {mustDiscuss.length === 0
            ? `Ingen spridning når gränsen ${formatNumber(threshold)}.`
            : `${discussed} av ${mustDiscuss.length} att diskutera är diskuterade (spridning ${formatNumber(threshold)} eller mer).`}
        </p>
      </div>
      <ol className="agenda-list">
        {live.agenda.map(({ criterion, disagreement, team, progress }) => {
          const flag = disagreement.mustDiscuss ? (team.discussed ? 'discussed' : 'discuss') : null;
          return (
            <li key={criterion.id}>
              <button
                type="button"
                className={`agenda-item${currentId === criterion.id ? ' current' : ''}`}
                aria-current={currentId === criterion.id ? 'true' : undefined}
                onClick={() => selectCriterion(criterion.id)}
              >
                <span className="agenda-state" aria-hidden="true">
                  {progress.done ? '●' : '○'}
                </span>
                <span className="agenda-text">
                  <span>
                    <strong>{criterion.id}</strong> {criterion.title}
                  </span>
                  <span className="small muted">
                    {flag === 'discuss' && <span className="flag warning">⚠ Diskutera</span>}
                    {flag === 'discussed' && <span className="flag success">✓ Diskuterat</span>}{' '}
                    {disagreement.spread === null ? 'Inga poäng' : `Spridning ${formatNumber(disagreement.spread)} · ${disagreement.bandsSpanned} ${disagreement.bandsSpanned === 1 ? 'nivå' : 'nivåer'}`}
                  </span>
                </span>
                <span className="visually-hidden">{progress.done ? ', klart' : ', inte klart'}</span>
              </button>
            </li>
          );
        })}
        <li>
          <button
            type="button"
            className={`agenda-item team${currentId === TEAM_PART ? ' current' : ''}`}
            aria-current={currentId === TEAM_PART ? 'true' : undefined}
            onClick={() => selectCriterion(TEAM_PART)}
          >
            <span className="agenda-state" aria-hidden="true">
              ◆
            </span>
            <span className="agenda-text">
              <strong>Teamets helhet</strong>
              <span className="small muted">Till domarkommittén och till den tävlande enheten</span>
            </span>
          </button>
        </li>
      </ol>
      <p className="agenda-foot small muted">
        {live.done} av {live.total} kriterier klara · <kbd>J</kbd>/<kbd>K</kbd> nästa/föregående
      </p>
    </nav>
  );
}
