import type { Scale } from '../../../shared/formats/criteria-package';
import { rangeText } from '../../../shared/scoring/scale-text';
import { bandFor } from '../../../shared/scoring/scale';

/** The scale's levels with label and descriptor; the level of the current score is marked (not by colour alone). */
export function BandList({ scale, score }: { scale: Scale; score: number | null }) {
  const current = score === null ? null : bandFor(scale, score);
  return (
    <ol className={`band-list${current ? ' scored' : ''}`} aria-label={`Nivåer på skalan ${scale.title}`}>
      {scale.bands.map((band) => {
        const here = band === current;
        return (
          <li key={`${band.from}-${band.to}`} className={here ? 'current' : undefined} aria-current={here ? 'true' : undefined} title={here ? undefined : band.descriptor}>
            <span className="band-range num">{rangeText(band.from, band.to, scale.unit)}</span>
            <span className="band-text">
              <strong>
                {here && <span aria-hidden="true">▸ </span>}
                {band.label}
              </strong>
              {here && <span className="visually-hidden"> (vald nivå)</span>} — {band.descriptor}
            </span>
          </li>
        );
      })}
    </ol>
  );
}
