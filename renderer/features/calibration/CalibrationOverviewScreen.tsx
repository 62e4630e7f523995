import { useEffect } from 'react';
import { biasText, coveredText, percentText } from '../../../shared/calibration/labels';
import { formatNumber } from '../../../shared/format';
import { useScreenChrome } from '../../app/chrome-store';
import { ScreenError } from '../../components/ScreenError';
import { Scroll, Section } from '../evaluation/EvaluationTables';
import { createOverviewReport, loadOverview, setOverviewNames, useCalibrationOverview } from './overview-store';

/** Kalibreringsöversikt: stadsledningskontoret sees who needs what, and which criteria trouble most trainees. */
export function CalibrationOverviewScreen({ roundId }: { roundId: string }) {
  const overview = useCalibrationOverview((s) => (s.roundId === roundId ? s.overview : null));
  const { error, names, creating } = useCalibrationOverview();
  useEffect(() => {
    void loadOverview(roundId);
  }, [roundId]);
  useScreenChrome(
    [{ label: 'Tävlingsomgångar', route: { name: 'start' } }, { label: overview?.round.title ?? 'Omgång', route: { name: 'round', roundId } }, { label: 'Kalibreringsöversikt' }],
    overview?.round.exampleMaterial ?? false,
  );
  if (error && !overview) return <ScreenError message={error} back={{ label: 'Till omgången', route: { name: 'round', roundId } }} />;
  if (!overview) return <div className="page muted">Jämför de övandes bedömningar med facit…</div>;
  const empty = overview.files === 0;
  return (
    <div className="page evaluation-page">
      <div className="page-header">
        <div>
          <h1>Kalibreringsöversikt</h1>
          <p className="muted">
            <bdi>{overview.round.title}</bdi> · varje övande examinators inkomna individuella bedömningar bredvid omgångens referensbedömningar ({formatNumber(overview.files)}{' '}
            {overview.files === 1 ? 'fil' : 'filer'}).
          </p>
        </div>
        <span className="spacer" />
        <button type="button" className="button" disabled={creating || empty} onClick={() => void createOverviewReport()}>
          {creating ? 'Skapar PDF…' : 'Skapa PDF…'}
        </button>
      </div>
      {empty ? (
        <div className="card empty-state">
          <h2>Inga individuella bedömningar har kommit hit ännu</h2>
          <p>Importera de övande examinatorernas individuella bedömningar av övningsenheterna på omgångens sida med knappen Importera bedömningar.</p>
        </div>
      ) : (
        <>
          <p className="check">
            <input id="calibration-overview-names" type="checkbox" checked={names} onChange={(e) => void setOverviewNames(e.target.checked)} />
            <label htmlFor="calibration-overview-names">Visa de övandes namn (annars koderna E1, E2 …), även i PDF:en</label>
          </p>
          <Section title="De övande">
            <Scroll label="Tabell: de övande">
              <table className="data evaluation">
                <thead>
                  <tr>
                    <th scope="col">{overview.namesShown ? 'Examinator' : 'Kod'}</th>
                    <th scope="col" className="num">Medelavvikelse</th>
                    <th scope="col" className="num">Tendens arbetssätt</th>
                    <th scope="col" className="num">Tendens resultat</th>
                    <th scope="col" className="num">Styrkor funna</th>
                    <th scope="col" className="num">Förbättringsområden funna</th>
                    <th scope="col">Behöver öva på</th>
                  </tr>
                </thead>
                <tbody>
                  {overview.trainees.map((t) => (
                    <tr key={t.code}>
                      <th scope="row">
                        {t.name === null ? t.code : <><bdi>{t.name}</bdi> <span className="muted small">{t.code}</span></>}
                        <div className="muted small">{t.contestants.map((c, i) => <bdi key={i}>{i > 0 ? ', ' : ''}{c}</bdi>)}</div>
                      </th>
                      <td className="num">{percentText(t.summary.meanAbsoluteDeviation)}</td>
                      <td className="num">{biasText(t.summary.bias.process)}</td>
                      <td className="num">{biasText(t.summary.bias.result)}</td>
                      <td className="num">{coveredText(t.strengthsCovered, t.strengthsTotal)}</td>
                      <td className="num">{coveredText(t.improvementsCovered, t.improvementsTotal)}</td>
                      <td className="calibration-needs">{t.needs.length === 0 ? <span className="muted">I nivå med facit</span> : <ul className="small">{t.needs.map((n) => <li key={n}>{n}</li>)}</ul>}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </Scroll>
          </Section>
          <Section title="Kriterierna som flest övande har svårt med">
            <Scroll label="Tabell: kriterierna">
              <table className="data evaluation">
                <thead>
                  <tr>
                    <th scope="col">Kriterium</th>
                    <th scope="col" className="num">Övande</th>
                    <th scope="col" className="num">Mer än en nivå ifrån</th>
                    <th scope="col" className="num">Medelavvikelse</th>
                    <th scope="col" className="num">Tendens</th>
                  </tr>
                </thead>
                <tbody>
                  {overview.criteria.map((c) => (
                    <tr key={c.criterionId} data-criterion={c.criterionId}>
                      <th scope="row">
                        {c.criterionId} <bdi>{c.title}</bdi>
                        <div className="muted small">{c.kind === 'process' ? 'arbetssätt' : 'resultat'}</div>
                      </th>
                      <td className="num">{formatNumber(c.trainees)}</td>
                      <td className="num">{formatNumber(c.offByMoreThanOneBand)}</td>
                      <td className="num">{percentText(c.meanAbsoluteDeviation)}</td>
                      <td className="num">{biasText(c.bias)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </Scroll>
          </Section>
        </>
      )}
    </div>
  );
}
