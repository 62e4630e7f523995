import { useEffect } from 'react';
import { formatNumber } from '../../../shared/format';
import type { EvaluationModel } from '../../../shared/evaluation/model';
import { useScreenChrome } from '../../app/chrome-store';
import { navigate } from '../../app/router-store';
import { ScreenError } from '../../components/ScreenError';
import { ClassesSection, CriteriaSection, DeadlinesSection, ExaminersSection, ReviewSection } from './EvaluationTables';
import { useEvaluation } from './evaluation-store';

/** What the numbers are made from, or why there are none yet. */
function Basis({ model, roundId }: { model: EvaluationModel; roundId: string }) {
  const { individual, consensus, siteVisit } = model.files;
  if (individual + consensus + siteVisit === 0) {
    return (
      <div className="card empty-state">
        <h2>Inga bedömningar har kommit hit ännu</h2>
        <p>
          Utvärderingen räknas fram ur examinatorernas individuella bedömningar och teamens konsensus- och platsbesöksfiler. Importera dem på omgångens sida med
          knappen Importera bedömningar.
        </p>
        <button type="button" className="button primary" onClick={() => navigate({ name: 'round', roundId })}>
          Till omgången
        </button>
      </div>
    );
  }
  const basis = (
    <p className="muted">
      Underlag: {formatNumber(individual)} individuella bedömningar, {formatNumber(consensus)} konsensus, {formatNumber(siteVisit)} efter platsbesök.
    </p>
  );
  if (model.criteria.some((c) => c.units > 0)) return basis;
  return (
    <>
      {basis}
      <p className="callout warning" role="note">
        <strong>För få examinatorer för samstämmigheten.</strong> Alfa och spridning kan räknas först när minst två examinatorer har lämnat individuella bedömningar av
        samma tävlande. Importera fler individuella bedömningar; tabellerna nedan visar det som går att räkna nu.
      </p>
    </>
  );
}

/** Utvärdering av omgången: stadsledningskontoret reads how the round went, from every file received here, and saves it as PDF or Excel. */
export function EvaluationScreen({ roundId }: { roundId: string }) {
  const { error, names, creating, setNames, create } = useEvaluation();
  const current = useEvaluation((s) => (s.roundId === roundId ? s.model : null));
  useEffect(() => {
    void useEvaluation.getState().load(roundId);
  }, [roundId]);
  useScreenChrome(
    [{ label: 'Tävlingsomgångar', route: { name: 'start' } }, { label: current?.round.title ?? 'Omgång', route: { name: 'round', roundId } }, { label: 'Utvärdering av omgången' }],
    current?.round.exampleMaterial ?? false,
  );
  if (error && !current) return <ScreenError message={error} back={{ label: 'Till omgången', route: { name: 'round', roundId } }} />;
  if (!current) return <div className="page muted">Räknar fram utvärderingen…</div>;
  const empty = current.files.individual + current.files.consensus + current.files.siteVisit === 0;
  return (
    <div className="page evaluation-page">
      <div className="page-header">
        <div>
          <h1>Utvärdering av omgången</h1>
          <p className="muted">
            <bdi>{current.round.title}</bdi> · <bdi>{current.package.title}</bdi>, revision {current.package.revision}. Hur väl examinatorerna var samstämmiga, vad
            konsensus och platsbesöken ändrade, och vilka nivåbeskrivningar som behöver ses över.
          </p>
        </div>
        <span className="spacer" />
        <button type="button" className="button" disabled={creating !== null || empty} onClick={() => void create('pdf')}>
          {creating === 'pdf' ? 'Skapar PDF…' : 'Skapa PDF…'}
        </button>
        <button type="button" className="button" disabled={creating !== null || empty} onClick={() => void create('xlsx')}>
          {creating === 'xlsx' ? 'Skapar Excel…' : 'Skapa Excel…'}
        </button>
      </div>
      <Basis model={current} roundId={roundId} />
      {!empty && (
        <p className="check">
          <input id="evaluation-names" type="checkbox" checked={names} onChange={(e) => void setNames(e.target.checked)} />
          <label htmlFor="evaluation-names">Visa examinatorernas namn (annars koderna E1, E2 …), även i PDF och Excel</label>
        </p>
      )}
      {!empty && (
        <>
          <CriteriaSection model={current} />
          <ReviewSection model={current} />
          <ExaminersSection model={current} />
          <DeadlinesSection model={current} />
          <ClassesSection model={current} />
        </>
      )}
    </div>
  );
}
