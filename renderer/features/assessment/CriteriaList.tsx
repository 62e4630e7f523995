import { scaleOf } from '../../../shared/scoring/points';
import { usePoints, useProgress } from './desk-live';
import { selectCriterion } from './desk-navigation';
import { useDesk } from './desk-store';
import { pointsText, scoreText } from '../../components/score-format';

/** The left column: every criterion by area — done or not, score, warnings (icon and words, not colour alone) — and the totals. */
export function CriteriaList() {
  const context = useDesk((s) => s.context)!;
  const currentId = useDesk((s) => s.currentId);
  const progress = useProgress();
  const points = usePoints();
  const byId = new Map(progress.map((p) => [p.criterion.id, p]));
  const scores = useDesk((s) => s.criteria);
  const done = progress.filter((p) => p.done).length;
  return (
    <nav className="criteria-list" aria-label="Kriterier">
      <p className="criteria-progress">
        <strong>
          {done} av {progress.length}
        </strong>{' '}
        kriterier klara
      </p>
      <ol className="criteria-areas">
        {context.pkg.areas.map((area) => {
          const criteria = area.criteria.filter((c) => byId.has(c.id));
          if (criteria.length === 0) return null;
          const areaPoints = points?.areas.find((a) => a.areaId === area.id);
          return (
            <li key={area.id}>
              <div className="area-head">
                <span>
                  {area.id} {area.title}
                </span>
                {areaPoints && areaPoints.scored > 0 && <span className="num muted">{pointsText(areaPoints.points)}</span>}
              </div>
              <ul>
                {criteria.map((criterion) => {
                  const p = byId.get(criterion.id)!;
                  const score = scores[criterion.id]?.score ?? null;
                  const warnings = p.warnings.length;
                  const state = p.done ? 'klar' : score !== null ? 'påbörjad' : 'inte påbörjad';
                  return (
                    <li key={criterion.id}>
                      <button
                        type="button"
                        className={`criterion-row${criterion.id === currentId ? ' current' : ''}${p.done ? ' done' : ''}`}
                        aria-current={criterion.id === currentId ? 'true' : undefined}
                        onClick={() => selectCriterion(criterion.id)}
                        title={criterion.title}
                      >
                        <span className="row-status" aria-hidden="true">
                          {p.done ? '✓' : score !== null ? '●' : '○'}
                        </span>
                        <span className="row-title">
                          <span className="row-id">{criterion.id}</span> {criterion.title}
                        </span>
                        <span className="row-score num">{score !== null ? scoreText(score, scaleOf(context.pkg, criterion)) : '–'}</span>
                        {warnings > 0 && (
                          <span className="row-warnings" aria-hidden="true">
                            ⚠ {warnings}
                          </span>
                        )}
                        <span className="visually-hidden">
                          , {state}
                          {warnings > 0 ? `, ${warnings === 1 ? '1 varning' : `${warnings} varningar`}` : ''}
                        </span>
                      </button>
                    </li>
                  );
                })}
              </ul>
            </li>
          );
        })}
      </ol>
      {points && (
        <p className="criteria-total">
          <span>Totalt</span>
          <span className="num">
            <strong>{pointsText(points.total.points)}</strong> <span className="muted">av {pointsText(points.total.maxPoints)}</span>
          </span>
        </p>
      )}
    </nav>
  );
}
