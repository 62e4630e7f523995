import { useEffect, useId } from 'react';
import { NOMINATION_LABELS, type JuryClass, type JuryRow } from '../../../shared/contract/exchange';
import { formatNumber, notSubmittedText } from '../../../shared/format';
import { useScreenChrome } from '../../app/chrome-store';
import { navigate } from '../../app/router-store';
import { useJury } from './jury-store';
import { ScreenError } from '../../components/ScreenError';

const yesNo = (value: boolean | null) => (value === null ? '–' : value ? 'Ja' : 'Nej');

function Row({ row, criteria, hideNames }: { row: JuryRow; criteria: JuryClass['criteria']; hideNames: boolean }) {
  const name = hideNames ? `Tävlande ${row.code}` : row.name;
  if (row.status !== 'shown') {
    return (
      <tr className="muted-row">
        <td>–</td>
        <th scope="row">{name}</th>
        <td colSpan={criteria.length + 3}>{row.reason}</td>
      </tr>
    );
  }
  const scores = new Map(row.criteria.map((c) => [c.criterionId, c]));
  return (
    <tr>
      <td className="num">{row.rank}</td>
      <th scope="row">
        {name}
        <div className="muted small">
          <bdi>{row.teamName}</bdi>
          {row.stage === 'site-visit' ? ' · efter platsbesök' : ''}
        </div>
        {row.notSubmitted.length > 0 && <div className="muted small">{notSubmittedText(row.notSubmitted)}</div>}
      </th>
      <td className="num">
        <strong>{formatNumber(row.total, 1)}</strong>
        <span className="muted small"> av {formatNumber(row.maxPoints, 0)}</span>
      </td>
      {criteria.map((criterion) => {
        const score = scores.get(criterion.id);
        return (
          <td key={criterion.id} className="num">
            {score?.score === null || score === undefined ? '–' : formatNumber(score.score, 2)}
            {score?.spread !== null && score?.spread !== undefined && (
              <span className="spread">
                <span className="visually-hidden">spridning </span>
                <span aria-hidden="true">↕</span>
                {formatNumber(score.spread, 2)}
              </span>
            )}
          </td>
        );
      })}
      <td>{yesNo(row.recommendation.siteVisit)}</td>
      <td>{row.recommendation.nomination ? NOMINATION_LABELS[row.recommendation.nomination] : '–'}</td>
    </tr>
  );
}

function ClassSection({ competitionClass, hideNames }: { competitionClass: JuryClass; hideNames: boolean }) {
  const headingId = useId();
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{competitionClass.title}</h2>
      <div className="table-scroll" role="region" aria-label={`Rangordning ${competitionClass.title}`} tabIndex={0}>
        <table className="data jury">
          <thead>
            <tr>
              <th scope="col">Plats</th>
              <th scope="col">Tävlande</th>
              <th scope="col">Totalt (poäng)</th>
              {competitionClass.criteria.map((c) => (
                <th key={c.id} scope="col" title={c.title}>
                  <abbr title={c.title}>{c.id}</abbr>
                </th>
              ))}
              <th scope="col">Platsbesök</th>
              <th scope="col">Teamets förslag</th>
            </tr>
          </thead>
          <tbody>
            {competitionClass.rows.map((row) => (
              <Row key={row.contestantId} row={row} criteria={competitionClass.criteria} hideNames={hideNames} />
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** Stadsledningskontoret's overview of every team's consensus, ranked per class; exports to Excel and CSV. */
export function JuryScreen({ roundId }: { roundId: string }) {
  const { overview, error, hideNames, exporting, setHideNames, exportScores } = useJury();
  const current = overview?.roundId === roundId ? overview : null;
  useEffect(() => {
    void useJury.getState().load(roundId);
  }, [roundId]);
  useScreenChrome(
    [{ label: 'Tävlingsomgångar', route: { name: 'start' } }, { label: current?.title ?? 'Omgång', route: { name: 'round', roundId } }, { label: 'Översikt för domarkommittén' }],
    current?.exampleMaterial ?? false,
  );
  if (error && !current) return <ScreenError message={error} back={{ label: 'Till omgången', route: { name: 'round', roundId } }} />;
  if (!current) return <div className="page muted">Läser omgångens resultat…</div>;
  return (
    <div className="page jury-page">
      <div className="page-header">
        <div>
          <h1>Översikt för domarkommittén</h1>
          <p className="muted">
            <bdi>{current.title}</bdi> · teamens konsensuspoäng per kriterium, rangordnade per tävlingsklass efter viktad totalpoäng. Under
            varje poäng står spridningen (högsta minus lägsta individuella poäng).
          </p>
        </div>
        <span className="spacer" />
        <button type="button" className="button" onClick={() => navigate({ name: 'jury-meeting', roundId, meeting: 'first' })}>
          Domarkommitténs arbetsyta
        </button>
        <button type="button" className="button" disabled={exporting} onClick={() => void exportScores('xlsx')}>
          Exportera till Excel…
        </button>
        <button type="button" className="button" disabled={exporting} onClick={() => void exportScores('csv')}>
          Exportera CSV…
        </button>
      </div>
      <p className="check">
        <input id="jury-hide-names" type="checkbox" checked={hideNames} onChange={(e) => setHideNames(e.target.checked)} />
        <label htmlFor="jury-hide-names">Dölj namnen (visa koderna A, B, C …), även i exporten</label>
      </p>
      {current.classes.length === 0 && <p className="muted">Omgången har inga tävlande.</p>}
      {current.classes.map((c) => (
        <ClassSection key={c.classId} competitionClass={c} hideNames={hideNames} />
      ))}
    </div>
  );
}
