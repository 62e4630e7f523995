import type { ReactNode } from 'react';
import { formatNumber } from '../../../shared/format';
import { prizeShortTitle } from '../../../shared/domain/prize-aspects';
import { doneText, useLive } from './consensus-live';
import { selectCriterion, TEAM_PART, useConsensus } from './consensus-store';

/** What the team has written for an aspect so far. */
function writtenText(strengths: number, improvements: number): string {
  if (strengths + improvements === 0) return 'Inget skrivet ännu';
  return `${strengths} ${strengths === 1 ? 'styrka' : 'styrkor'} · ${improvements} ${improvements === 1 ? 'förbättringsområde' : 'förbättringsområden'}`;
}

/** One item of the agenda: a criterion or an aspect (done or not), or the team's part (`done` null). */
function AgendaItem({ id, done, children }: { id: string; done: boolean | null; children: ReactNode }) {
  const current = useConsensus((s) => s.currentId === id);
  return (
    <li>
      <button
        type="button"
        className={`agenda-item${id === TEAM_PART ? ' team' : ''}${current ? ' current' : ''}`}
        aria-current={current ? 'true' : undefined}
        onClick={() => selectCriterion(id)}
      >
        <span className="agenda-state" aria-hidden="true">
          {done === null ? '◆' : done ? '●' : '○'}
        </span>
        <span className="agenda-text">{children}</span>
        {done !== null && <span className="visually-hidden">{done ? ', klart' : ', inte klart'}</span>}
      </button>
    </li>
  );
}

/**
 * The agenda on the left: criteria ordered by disagreement (those that must be
 * discussed marked), then each prize's aspects in the round's order, and the
 * team's overall part last.
 */
export function AgendaList() {
  const live = useLive();
  const threshold = useConsensus((s) => s.pkg?.consensus.spreadThreshold ?? 0);
  if (!live) return null;
  const mustDiscuss = live.agenda.filter((r) => r.disagreement.mustDiscuss);
  const discussed = mustDiscuss.filter((r) => r.team.discussed).length;
  const prizes = [...new Map(live.aspects.map((row) => [row.prize.prizeId, row.prize])).values()];
  return (
    <nav className="agenda" aria-labelledby="agenda-title">
      <div className="agenda-head">
        <h2 id="agenda-title">Dagordning</h2>
        <p className="small muted">
          {live.rows.length === 0
            ? 'Prisaspekterna bedöms i ord, utan poäng.'
            : mustDiscuss.length === 0
            ? `Ingen spridning når gränsen ${formatNumber(threshold)}.`
            : `${discussed} av ${mustDiscuss.length} att diskutera är diskuterade (spridning ${formatNumber(threshold)} eller mer).`}
        </p>
      </div>
      <ol className="agenda-list">
        {live.agenda.map(({ criterion, disagreement, team, progress }) => {
          const flag = disagreement.mustDiscuss ? (team.discussed ? 'discussed' : 'discuss') : null;
          return (
            <AgendaItem key={criterion.id} id={criterion.id} done={progress.done}>
              <span>
                <strong>{criterion.id}</strong> {criterion.title}
              </span>
              <span className="small muted">
                {flag === 'discuss' && <span className="flag warning">⚠ Diskutera</span>}
                {flag === 'discussed' && <span className="flag success">✓ Diskuterat</span>}{' '}
                {disagreement.spread === null ? 'Inga poäng' : `Spridning ${formatNumber(disagreement.spread)} · ${disagreement.bandsSpanned} ${disagreement.bandsSpanned === 1 ? 'nivå' : 'nivåer'}`}
              </span>
            </AgendaItem>
          );
        })}
        {prizes.map((prize) => (
          <li key={prize.prizeId} className="agenda-prize">
            <h3 className="agenda-prize-title" title={prize.title}>
              {prizeShortTitle(prize.title)} <span className="small muted">· pris utan poäng</span>
            </h3>
            <ol className="agenda-sublist">
              {live.aspects
                .filter((row) => row.prize.prizeId === prize.prizeId)
                .map(({ aspect, team, progress }) => (
                  <AgendaItem key={aspect.key} id={aspect.key} done={progress.done}>
                    <strong>{aspect.title}</strong>
                    <span className="small muted">{writtenText(team.strengths.length, team.improvements.length)}</span>
                  </AgendaItem>
                ))}
            </ol>
          </li>
        ))}
        <AgendaItem id={TEAM_PART} done={null}>
          <strong>Teamets helhet</strong>
          <span className="small muted">Till domarkommittén och till den tävlande enheten</span>
        </AgendaItem>
      </ol>
      <p className="agenda-foot small muted">
        {doneText(live)} · <kbd>J</kbd>/<kbd>K</kbd> nästa/föregående
      </p>
    </nav>
  );
}
