import { useState } from 'react';
import { navigate } from '../../app/router-store';
import { startStage, useConsensus } from './consensus-store';

/** Before anything of the team's exists: who has submitted, and (for the lead) starting the consensus. */
export function StartPanel() {
  const view = useConsensus((s) => s.view!);
  const [busy, setBusy] = useState(false);
  const lead = view.access === 'lead';
  const heading = lead ? `Konsensus för ${view.contestantName}` : `Teamets bedömning av ${view.contestantName}`;
  return (
    <div className="page consensus-start">
      <h1>{heading}</h1>
      {view.notice && <p className={`callout ${view.canStart ? 'warning' : 'info'}`}>{view.notice}</p>}
      {lead && (
        <section className="card" aria-labelledby="start-sources">
          <h2 id="start-sources">Teamets individuella bedömningar</h2>
          <ul className="start-sources">
            {view.members.map((member) => {
              const source = view.sources.find((s) => s.examinerId === member.examinerId);
              return (
                <li key={member.examinerId}>
                  <strong>{member.name}</strong> {member.lead && <span className="badge accent">Utvärderingsledare</span>}{' '}
                  {source ? (
                    <span className="badge success">
                      <span aria-hidden="true">✓ </span>
                      {source.origin === 'own' ? 'Din inlämnade bedömning' : 'Har kommit'}, revision {source.revision}
                    </span>
                  ) : (
                    <span className="badge">Inte här ännu</span>
                  )}
                </li>
              );
            })}
          </ul>
          <p className="small muted">
            När du startar fryses bedömningarna som de är nu. Kommer en ny revision senare visas den som en ändring du själv tar ställning till.{' '}
            {view.classId !== null && 'Varje kriteriums konsensuspoäng börjar på medelvärdet avrundat till skalans steg. '}
            {view.prizes.length > 0 && 'Prisaspekterna har ingen poäng: teamet skriver sina styrkor och förbättringsområden utifrån examinatorernas.'}
          </p>
          <div className="toolbar">
            <button type="button" className="button" onClick={() => navigate({ name: 'round', roundId: view.roundId })}>
              Till omgången
            </button>
            <button
              type="button"
              className="button primary"
              disabled={!view.canStart || busy}
              onClick={() => {
                setBusy(true);
                void startStage('consensus:start', 'Konsensus är startad.').finally(() => setBusy(false));
              }}
            >
              Starta konsensus
            </button>
          </div>
        </section>
      )}
      {!lead && (
        <div className="toolbar">
          <button type="button" className="button" onClick={() => navigate({ name: 'round', roundId: view.roundId })}>
            Till omgången
          </button>
        </div>
      )}
    </div>
  );
}
