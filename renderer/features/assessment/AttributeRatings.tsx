import type { Scale } from '../../../shared/formats/criteria-package';
import { validScores } from '../../../shared/scoring/scale';
import { scoreText } from '../../components/score-format';

/** Advisory ratings of the scale's aspects, on the same scale. */
export function AttributeRatings({ criterionId, scale, ratings, locked, onChange }: {
  criterionId: string;
  scale: Scale;
  ratings: Readonly<Record<string, number>>;
  locked: boolean;
  onChange(attributeId: string, rating: number | null): void;
}) {
  const attributes = scale.attributes ?? [];
  if (attributes.length === 0) return null;
  const values = validScores(scale);
  return (
    <details className="panel-section attributes-section">
      <summary>
        <h3>Aspekter</h3>
        <span className="muted small">
          {Object.keys(ratings).length} av {attributes.length} bedömda · rådgivande
        </span>
      </summary>
      <div className="attribute-grid">
        {attributes.map((attribute) => {
          const id = `attr-${criterionId}-${attribute.id}`;
          return (
            <div key={attribute.id} className="attribute">
              <label htmlFor={id} title={attribute.description}>
                {attribute.title}
              </label>
              <select
                id={id}
                value={ratings[attribute.id] ?? ''}
                disabled={locked}
                onChange={(event) => onChange(attribute.id, event.target.value === '' ? null : Number(event.target.value))}
              >
                <option value="">–</option>
                {values.map((value) => (
                  <option key={value} value={value}>
                    {scoreText(value, scale)}
                  </option>
                ))}
              </select>
            </div>
          );
        })}
      </div>
    </details>
  );
}
