import { formatDate, formatNumber } from '../../../shared/format';
import type { CriteriaPackage } from '../../../shared/formats/criteria-package';
import { scaleSpan } from '../../../shared/scoring/scale-text';

export function PackageOverview({ pkg }: { pkg: CriteriaPackage }) {
  const rules = pkg.rules;
  return (
    <article aria-labelledby="package-title">
      <p className="muted small">{pkg.award}</p>
      <h1 id="package-title">{pkg.title}</h1>
      <dl className="facts package-facts">
        <dt>Utfärdat av</dt>
        <dd>
          {pkg.issuedBy}, {formatDate(pkg.issuedAt)}
        </dd>
        <dt>Paket</dt>
        <dd>
          {pkg.id}, revision {pkg.revision}
        </dd>
        <dt>Totalt</dt>
        <dd>{formatNumber(pkg.totalPoints)} poäng</dd>
        <dt>Konsensus</dt>
        <dd>Kriterier där examinatorernas poäng skiljer sig {formatNumber(pkg.consensus.spreadThreshold)} eller mer ska diskuteras</dd>
        {rules?.maxPages !== undefined && (
          <>
            <dt>Verksamhetsbeskrivning</dt>
            <dd>Högst {rules.maxPages} sidor</dd>
          </>
        )}
        {rules?.strengthsPerCriterion && (
          <>
            <dt>Styrkor per kriterium</dt>
            <dd>
              {rules.strengthsPerCriterion.min}–{rules.strengthsPerCriterion.max}
            </dd>
          </>
        )}
        {rules?.improvementsPerCriterion && (
          <>
            <dt>Förbättringsområden per kriterium</dt>
            <dd>
              {rules.improvementsPerCriterion.min}–{rules.improvementsPerCriterion.max}
            </dd>
          </>
        )}
      </dl>
      <h2>Områden</h2>
      <table className="data">
        <caption className="visually-hidden">Områden med antal kriterier och poäng</caption>
        <thead>
          <tr>
            <th scope="col">Område</th>
            <th scope="col" className="num">
              Kriterier
            </th>
            <th scope="col" className="num">
              Poäng
            </th>
          </tr>
        </thead>
        <tbody>
          {pkg.areas.map((area) => (
            <tr key={area.id}>
              <th scope="row">
                {area.id} {area.title}
              </th>
              <td className="num">{area.criteria.length}</td>
              <td className="num">{formatNumber(area.criteria.reduce((sum, c) => sum + c.points, 0))}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="two-columns">
        <section aria-labelledby="classes-title">
          <h2 id="classes-title">Tävlingsklasser</h2>
          <ul>
            {pkg.classes.map((c) => (
              <li key={c.id}>{c.title}</li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="scales-title">
          <h2 id="scales-title">Bedömningsskalor</h2>
          <ul>
            {pkg.scales.map((s) => (
              <li key={s.id}>
                <bdi>{s.title}</bdi> <span className="muted small">({scaleSpan(s)}, {s.bands.length} nivåer)</span>
              </li>
            ))}
          </ul>
        </section>
      </div>
    </article>
  );
}
