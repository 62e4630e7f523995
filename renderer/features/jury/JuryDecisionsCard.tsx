import { useEffect } from 'react';
import { MEETING_LABELS, type ReceivedDecisionView } from '../../../shared/contract/jury';
import { pickFiles } from '../../api';
import { reportFailure } from '../../app/notice-store';
import { useMyRound } from '../assessment/my-round-store';
import { importDecisionFiles } from './decision-import-store';
import { DecisionFacts, DecisionTable } from './DecisionSummary';
import { useReceivedDecisions } from './received-decisions-store';

const NONE: readonly ReceivedDecisionView[] = [];

async function chooseFiles() {
  try {
    const files = await pickFiles(['kvbeslut'], true);
    if (files.length > 0) await importDecisionFiles(files);
  } catch (error) {
    reportFailure(error);
  }
}

/** Round overview: the jury's decisions held here, each meeting with its facts; a team lead sees their own contestants first. */
export function JuryDecisionsCard({ roundId }: { roundId: string }) {
  const decisions = useReceivedDecisions((s) => (s.roundId === roundId ? s.decisions : NONE));
  const error = useReceivedDecisions((s) => (s.roundId === roundId ? s.error : null));
  const status = useMyRound((s) => (s.status?.roundId === roundId ? s.status : null));
  useEffect(() => {
    void useReceivedDecisions.getState().load(roundId);
  }, [roundId]);
  const own = new Set(status?.contestants.map((c) => c.contestantId));
  return (
    <section className="card" aria-labelledby="jury-decisions-title">
      <div className="section-header">
        <h2 id="jury-decisions-title">Domarkommitténs beslut</h2>
        <button type="button" className="button" onClick={() => void chooseFiles()}>
          Importera beslut…
        </button>
      </div>
      {error && <p role="alert" className="notice error">{error}</p>}
      {!error && decisions.length === 0 && (
        <p className="muted">Inget beslut har kommit ännu. Stadsledningskontoret skickar domarkommitténs beslut (.kvbeslut) efter varje möte; importera det här.</p>
      )}
      {decisions.map((decision) => (
        <section key={decision.meeting} className="decision" aria-label={MEETING_LABELS[decision.meeting]}>
          <h3>{MEETING_LABELS[decision.meeting]}</h3>
          <DecisionFacts decision={decision} />
          {own.size > 0 && decision.entries.some((e) => own.has(e.contestantId)) ? (
            <>
              <h4>Dina tävlande</h4>
              <DecisionTable decision={decision} only={own} />
              <details>
                <summary>Alla tävlande i omgången</summary>
                <DecisionTable decision={decision} />
              </details>
            </>
          ) : (
            <DecisionTable decision={decision} />
          )}
        </section>
      ))}
    </section>
  );
}
