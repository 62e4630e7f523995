import { useCallback } from 'react';
import type { AssessmentApplyItem, AssessmentPreviewItem, PreviewStatus } from '../../../shared/contract/exchange';
import { STAGE_LABELS } from '../../../shared/contract/exchange';
import { formatDateTime } from '../../../shared/format';
import { Modal } from '../../components/Modal';
import { applicable, useAssessmentImport } from './import-store';
import { KeyChangeStep } from './KeyChangeStep';

const STATUS: Record<PreviewStatus, { label: string; icon: string; tone: string }> = {
  new: { label: 'Ny', icon: '+', tone: 'success' },
  newer: { label: 'Nyare revision', icon: '↻', tone: 'success' },
  same: { label: 'Finns redan', icon: '=', tone: '' },
  older: { label: 'Äldre – ignoreras', icon: '–', tone: '' },
  'key-changed': { label: 'Annan nyckel', icon: '⚠', tone: 'warning' },
  refused: { label: 'Tas inte emot', icon: '✕', tone: 'danger' },
};

const RESULT: Record<AssessmentApplyItem['status'], { label: string; icon: string; tone: string }> = {
  added: { label: 'Importerad', icon: '✓', tone: 'success' },
  replaced: { label: 'Ersatte tidigare', icon: '✓', tone: 'success' },
  unchanged: { label: 'Oförändrad', icon: '=', tone: '' },
  ignored: { label: 'Ignorerad', icon: '–', tone: '' },
  refused: { label: 'Inte importerad', icon: '✕', tone: 'danger' },
};

function Badge({ label, icon, tone }: { label: string; icon: string; tone: string }) {
  return (
    <span className={`badge ${tone}`}>
      <span aria-hidden="true">{icon} </span>
      {label}
    </span>
  );
}

function PreviewRow({ item }: { item: AssessmentPreviewItem }) {
  const review = useAssessmentImport((s) => s.review);
  const h = item.header;
  return (
    <li className="import-row">
      <div className="import-row-head">
        <Badge {...STATUS[item.status]} />
        <strong className="import-file">{item.fileName}</strong>
      </div>
      {h && (
        <p className="small muted">
          <bdi>{h.contestantName ?? h.contestantId}</bdi> · {STAGE_LABELS[h.stage]} · <bdi>{h.examinerName}</bdi> · revision {h.revision} · exporterad {formatDateTime(h.exportedAt)}
        </p>
      )}
      <p className="small">{item.message}</p>
      {item.status === 'key-changed' && (
        <button type="button" className="button small" onClick={() => review(item)}>
          Jämför nycklarna…
        </button>
      )}
    </li>
  );
}

function ResultRow({ item }: { item: AssessmentApplyItem }) {
  return (
    <li className="import-row">
      <div className="import-row-head">
        <Badge {...RESULT[item.status]} />
        <strong className="import-file">{item.fileName}</strong>
      </div>
      <p className="small">{item.message}</p>
    </li>
  );
}

/** The import of .kvbedomning files: what will happen per file, then what did. */
export function ImportPreviewDialog() {
  const { files, step, preview, results, busy, error, apply, close } = useAssessmentImport();
  const cancel = useCallback(() => useAssessmentImport.getState().close(), []);
  if (!files) return null;
  const count = applicable(preview ?? []).length;
  const unreadable = (preview ?? []).filter((p) => p.sha256 === null);
  return (
    // A new step is a new dialog for focus: it moves to the step's first control.
    <Modal key={step} titleId="import-title" describedBy="import-intro" onCancel={cancel}>
      {step === 'key' ? (
        <KeyChangeStep />
      ) : (
        <>
          <h2 id="import-title">{step === 'done' ? 'Importen är klar' : 'Importera bedömningsfiler'}</h2>
          <p id="import-intro">
            {step === 'done'
              ? 'Så här gick det för varje fil.'
              : preview
                ? 'Så här blir det om du importerar. Ingenting har ändrats ännu.'
                : 'Läser och kontrollerar filerna…'}
          </p>
          {error && (
            <p role="alert" className="notice error">
              {error}
            </p>
          )}
          {step === 'preview' && preview && (
            <ul className="import-list" aria-label="Filer att importera">
              {preview.map((item) => (
                <PreviewRow key={item.fileId} item={item} />
              ))}
            </ul>
          )}
          {step === 'done' && results && (
            <ul className="import-list" aria-label="Resultat per fil">
              {results.map((item) => (
                <ResultRow key={item.fileId} item={item} />
              ))}
              {unreadable.map((item) => (
                <ResultRow key={item.fileId} item={{ fileId: item.fileId, fileName: item.fileName, status: 'refused', message: item.message }} />
              ))}
            </ul>
          )}
          <div className="toolbar modal-actions">
            {step === 'preview' && count > 0 && (
              <button type="button" className="button primary" disabled={busy} onClick={() => void apply()}>
                {busy ? 'Importerar…' : count === 1 ? 'Importera 1 fil' : `Importera ${count} filer`}
              </button>
            )}
            <button type="button" className="button" onClick={close}>
              {step === 'done' || (preview && count === 0) ? 'Stäng' : 'Avbryt'}
            </button>
          </div>
        </>
      )}
    </Modal>
  );
}
