import type { Scale } from '../../../shared/formats/criteria-package';
import { rangeText, scaleSpan } from '../../../shared/scoring/scale-text';

/** Every band of a scale: its points, label and descriptor. */
export function BandsTable({ caption, bands, unit }: { caption: string; bands: readonly Pick<Scale['bands'][number], 'from' | 'to' | 'label' | 'descriptor'>[]; unit?: string | undefined }) {
  return (
    <table className="data bands">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Poäng</th>
          <th scope="col">Nivå</th>
          <th scope="col">Beskrivning</th>
        </tr>
      </thead>
      <tbody>
        {bands.map((band) => (
          <tr key={`${band.from}-${band.to}`}>
            <td className="band-range">{rangeText(band.from, band.to, unit)}</td>
            <th scope="row" className="band-label">
              {band.label}
            </th>
            <td>{band.descriptor}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** A scale with every band's label and descriptor, and the attributes examiners may rate. */
export function ScaleBands({ scale }: { scale: Scale }) {
  const headingId = `scale-${scale.id}`;
  return (
    <section className="scale" aria-labelledby={headingId}>
      <h2 id={headingId}>{scale.title}</h2>
      <p className="muted small">{scaleSpan(scale)}</p>
      <BandsTable caption={`Nivåer på skalan ${scale.title}`} bands={scale.bands} unit={scale.unit} />
      {scale.attributes && scale.attributes.length > 0 && (
        <>
          <h3>Aspekter att väga in</h3>
          <p className="muted small">Stöd för poängen: examinatorn kan bedöma varje aspekt på samma skala. Rådgivande.</p>
          <dl className="attributes">
            {scale.attributes.map((attribute) => (
              <div key={attribute.id}>
                <dt>{attribute.title}</dt>
                <dd>{attribute.description}</dd>
              </div>
            ))}
          </dl>
        </>
      )}
    </section>
  );
}
