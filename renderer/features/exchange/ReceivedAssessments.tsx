import { useEffect } from 'react';
import { STAGE_LABELS } from '../../../shared/contract/exchange';
import { formatDateTime } from '../../../shared/format';
import { pickFiles } from '../../api';
import { reportFailure } from '../../app/notice-store';
import { useAssessmentImport } from './import-store';
import { useReceived } from './received-store';

async function chooseFiles() {
  try {
    const files = await pickFiles(['kvbedomning'], true);
    if (files.length > 0) await useAssessmentImport.getState().start(files);
  } catch (error) {
    reportFailure(error);
  }
}

/** Round overview: which assessment files have arrived (who, stage, revision, when) — never their content. */
export function ReceivedAssessments({ roundId }: { roundId: string }) {
  const rows = useReceived((s) => (s.roundId === roundId ? s.rows : null));
  const error = useReceived((s) => s.error);
  const imported = useAssessmentImport((s) => s.results);
  useEffect(() => {
    void useReceived.getState().load(roundId);
  }, [roundId, imported]);
  return (
    <section className="card" aria-labelledby="received-title">
      <div className="section-header">
        <h2 id="received-title">Inkomna bedömningsfiler</h2>
        <button type="button" className="button" onClick={() => void chooseFiles()}>
          Importera bedömningar…
        </button>
      </div>
      {error && (
        <p role="alert" className="notice error">
          {error}
        </p>
      )}
      {rows && rows.length === 0 && (
        <p className="muted">Inga bedömningar har kommit in ännu. Be teamet exportera sina filer och importera dem här.</p>
      )}
      {rows && rows.length > 0 && (
        <table className="data">
          <thead>
            <tr>
              <th scope="col">Tävlande</th>
              <th scope="col">Från</th>
              <th scope="col">Underlag</th>
              <th scope="col">Revision</th>
              <th scope="col">Exporterad</th>
              <th scope="col">Importerad</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={`${row.contestantId}-${row.stage}-${row.examinerId}`}>
                <th scope="row">{row.contestantName}</th>
                <td>{row.examinerName}</td>
                <td>{STAGE_LABELS[row.stage]}</td>
                <td>
                  {row.revision}
                  {row.earlierRevisions > 0 && <span className="muted small"> (ersatte {row.earlierRevisions === 1 ? 'en tidigare' : `${row.earlierRevisions} tidigare`})</span>}
                </td>
                <td>{formatDateTime(row.exportedAt)}</td>
                <td>{formatDateTime(row.importedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="muted small">
        Medbedömarnas poäng och kommentarer visas först när du har lämnat in din egen individuella bedömning av den tävlande.
      </p>
    </section>
  );
}
