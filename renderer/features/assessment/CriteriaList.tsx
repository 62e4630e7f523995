import type { ReactNode } from 'react';
import { rowsNoun } from '../../../shared/domain/prize-aspects';
import { scaleOf } from '../../../shared/scoring/points';
import { usePoints, useProgress } from './desk-live';
import { selectCriterion } from './desk-navigation';
import { useDesk } from './desk-store';
import { pointsText, scoreText } from '../../components/score-format';

/** One row of the list: done or not, its score (a criterion's), warnings in icon and words (not colour alone). */
function RowButton({ rowKey, title, label, done, started, score, warnings }: {
  rowKey: string;
  title: string;
  label: ReactNode;
  done: boolean;
  started: boolean;
  score: string | null;
  warnings: number;
}) {
  const current = useDesk((s) => s.currentId === rowKey);
  const state = done ? 'klar' : started ? 'påbörjad' : 'inte påbörjad';
  return (
    <li>
      <button
        type="button"
        className={`criterion-row${current ? ' current' : ''}${done ? ' done' : ''}`}
        aria-current={current ? 'true' : undefined}
        onClick={() => selectCriterion(rowKey)}
        title={title}
      >
        <span className="row-status" aria-hidden="true">
          {done ? '✓' : started ? '●' : '○'}
        </span>
        <span className="row-title">{label}</span>
        {score !== null && <span className="row-score num">{score}</span>}
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
}

/**
 * The left column: every criterion by area, then every aspect of the prizes the
 * contestant enters (written, never scored), and the totals of the scored award.
 */
export function CriteriaList() {
  const context = useDesk((s) => s.context)!;
  const progress = useProgress();
  const points = usePoints();
  const byId = new Map(progress.criteria.map((p) => [p.criterion.id, p]));
  const aspects = new Map(progress.aspects.map((p) => [p.aspect.key, p]));
  const rows = useDesk((s) => s.criteria);
  const written = (key: string) => (rows[key]?.strengths.length ?? 0) + (rows[key]?.improvements.length ?? 0) > 0;
  return (
    <nav className="criteria-list" aria-label={progress.aspects.length > 0 ? 'Kriterier och prisaspekter' : 'Kriterier'}>
      <p className="criteria-progress">
        <strong>
          {progress.done} av {progress.total}
        </strong>{' '}
        {rowsNoun(progress.criteria.length, progress.aspects.length)} klara
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
                  const score = rows[criterion.id]?.score ?? null;
                  return (
                    <RowButton
                      key={criterion.id}
                      rowKey={criterion.id}
                      title={criterion.title}
                      label={
                        <>
                          <span className="row-id">{criterion.id}</span> {criterion.title}
                        </>
                      }
                      done={p.done}
                      started={score !== null}
                      score={score !== null ? scoreText(score, scaleOf(context.pkg, criterion)) : '–'}
                      warnings={p.warnings.length}
                    />
                  );
                })}
              </ul>
            </li>
          );
        })}
        {context.prizes.map((prize) => (
          <li key={prize.prizeId} className="prize-section">
            <div className="area-head">
              <span>
                {prize.title} <span className="muted">(utan poäng)</span>
              </span>
            </div>
            <ul>
              {prize.aspects.map((aspect) => {
                const p = aspects.get(aspect.key)!;
                return (
                  <RowButton
                    key={aspect.key}
                    rowKey={aspect.key}
                    title={`${prize.title}: ${aspect.title}`}
                    label={aspect.title}
                    done={p.done}
                    started={written(aspect.key)}
                    score={null}
                    warnings={p.warnings.length}
                  />
                );
              })}
            </ul>
          </li>
        ))}
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
