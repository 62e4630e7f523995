import type { Scale } from '../../../shared/formats/criteria-package';
import { formatNumber } from '../../../shared/format';
import { scoreText } from '../../components/score-format';
import { useLive } from './consensus-live';
import { selectCriterion, useConsensus } from './consensus-store';

/** Where min–max (and the agreed score) lie on the scale, as a small bar; the numbers are beside it, so nothing is said by the bar alone. */
function RangeBar({ scale, min, max, agreed }: { scale: Scale; min: number | null; max: number | null; agreed: number | null }) {
  const at = (value: number) => `${(100 * (value - scale.min)) / (scale.max - scale.min)}%`;
  return (
    <span className="range-bar" aria-hidden="true">
      {min !== null && max !== null && <span className="range" style={{ left: at(min), width: `calc(${at(max)} - ${at(min)} + 2px)` }} />}
      {agreed !== null && <span className="agreed" style={{ left: at(agreed) }} />}
    </span>
  );
}

/** Kriterier × examinatorer: every individual score, the mean, the spread, and the team's score. */
export function ScoreMatrix() {
  const live = useLive();
  const members = useConsensus((s) => s.view!.members);
  const currentId = useConsensus((s) => s.currentId);
  // A prize-only entry has no scores to set side by side.
  if (!live || live.rows.length === 0) return null;
  return (
    <div className="matrix-wrap">
      <table className="matrix">
        <caption>Poäng per examinator och teamets poäng</caption>
        <thead>
          <tr>
            <th scope="col">Kriterium</th>
            {members.map((m) => (
              <th scope="col" key={m.examinerId} className="num">
                <abbr title={m.name}>{m.initials}</abbr>
              </th>
            ))}
            <th scope="col" className="num">
              Medel
            </th>
            <th scope="col">Spridning</th>
            <th scope="col" className="num">
              Teamet
            </th>
          </tr>
        </thead>
        <tbody>
          {live.rows.map(({ criterion, scale, team, disagreement }) => (
            <tr key={criterion.id} className={`${currentId === criterion.id ? 'current ' : ''}${disagreement.mustDiscuss ? 'flagged' : ''}`}>
              <th scope="row">
                <button type="button" className="link-button" aria-current={currentId === criterion.id ? 'true' : undefined} onClick={() => selectCriterion(criterion.id)}>
                  {criterion.id}
                </button>{' '}
                <span className="matrix-title">{criterion.title}</span>
              </th>
              {members.map((m) => {
                const score = team.individualScores.find((s) => s.examinerId === m.examinerId)?.score;
                return (
                  <td key={m.examinerId} className="num">
                    {score === undefined ? <span className="muted" title="Bedömningen finns inte med">·</span> : score === null ? '–' : formatNumber(score, 2)}
                  </td>
                );
              })}
              <td className="num">{disagreement.mean === null ? '–' : formatNumber(disagreement.mean, 1)}</td>
              <td className="spread">
                <span className="spread-cell">
                <RangeBar scale={scale} min={disagreement.min} max={disagreement.max} agreed={team.score} />
                <span className="num">{disagreement.spread === null ? '–' : formatNumber(disagreement.spread, 2)}</span>
                {disagreement.mustDiscuss && (
                  <span className="flag warning" title="Spridningen når gränsen: ska diskuteras">
                    {team.discussed ? '✓' : '⚠'}
                    <span className="visually-hidden">{team.discussed ? ' diskuterat' : ' ska diskuteras'}</span>
                  </span>
                )}
                </span>
              </td>
              <td className="num agreed-score">{team.score === null ? '–' : scoreText(team.score, scale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
