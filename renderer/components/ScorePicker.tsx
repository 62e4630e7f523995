import { useRef } from 'react';
import type { Scale } from '../../shared/formats/criteria-package';
import { bandFor, validScores } from '../../shared/scoring/scale';
import { scoreText } from './score-format';

/**
 * The criterion's score: only the scale's valid values, as one radio group
 * (arrow keys move and choose, as the desk's number keys do).
 */
export function ScorePicker({ criterionId, scale, score, locked, onChange }: {
  criterionId: string;
  scale: Scale;
  score: number | null;
  locked: boolean;
  onChange(score: number | null): void;
}) {
  const values = validScores(scale);
  const group = useRef<HTMLDivElement>(null);
  const focusable = score ?? values[0];
  const move = (event: React.KeyboardEvent, index: number) => {
    const next = { ArrowRight: index + 1, ArrowUp: index + 1, ArrowLeft: index - 1, ArrowDown: index - 1, Home: 0, End: values.length - 1 }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    event.stopPropagation();
    const value = values[Math.max(0, Math.min(values.length - 1, next))]!;
    if (!locked) onChange(value);
    group.current?.querySelector<HTMLElement>(`[data-score="${value}"]`)?.focus();
  };
  return (
    <div className="score-picker">
      <div ref={group} role="radiogroup" aria-label={`Poäng för ${criterionId}`} aria-readonly={locked || undefined} className="score-values">
        {values.map((value, index) => {
          const band = bandFor(scale, value);
          const chosen = score === value;
          return (
            <button
              key={value}
              type="button"
              role="radio"
              aria-checked={chosen}
              aria-label={`${scoreText(value, scale)}${band ? `, ${band.label}` : ''}`}
              data-score={value}
              tabIndex={value === focusable ? 0 : -1}
              className={`score-value${chosen ? ' chosen' : ''}`}
              disabled={locked && !chosen}
              onClick={() => !locked && onChange(value)}
              onKeyDown={(event) => move(event, index)}
            >
              {String(value).replace('.', ',')}
            </button>
          );
        })}
      </div>
      {score !== null && !locked && (
        <button type="button" className="button quiet small" onClick={() => onChange(null)}>
          Ta bort poängen
        </button>
      )}
    </div>
  );
}
