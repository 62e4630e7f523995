import { useEffect } from 'react';
import { formatDateTime, formatNumber } from '../../../shared/format';
import { pickFiles } from '../../api';
import { useScreenChrome } from '../../app/chrome-store';
import { reportFailure } from '../../app/notice-store';
import { navigate } from '../../app/router-store';
import { useDocuments } from './documents-store';

/** The documents on this computer, and "Öppna dokument…" for one that came outside a round. */
export function DocumentsScreen() {
  useScreenChrome([{ label: 'Dokument' }]);
  const documents = useDocuments((s) => s.documents);
  const error = useDocuments((s) => s.error);
  const importing = useDocuments((s) => s.importing);
  useEffect(() => {
    void useDocuments.getState().load();
  }, []);
  const choose = async () => {
    try {
      const files = await pickFiles(['document'], true);
      if (files.length > 0) await useDocuments.getState().importFiles(files);
    } catch (failure) {
      reportFailure(failure);
    }
  };
  return (
    <div className="page">
      <div className="page-header">
        <div>
          <h1>Dokument</h1>
          <p className="muted">Verksamhetsbeskrivningar på den här datorn, från omgångar eller öppnade direkt.</p>
        </div>
        <span className="spacer" />
        <div className="import-action">
          <button type="button" className="button primary" onClick={() => void choose()} disabled={importing}>
            {importing ? 'Läser dokumentet…' : 'Öppna dokument…'}
          </button>
          <p className="hint muted">PDF eller Word (.docx), eller dra filen hit</p>
        </div>
      </div>
      {error && (
        <p role="alert" className="notice error">
          {error}
        </p>
      )}
      {documents && documents.length === 0 && (
        <div className="card empty-state">
          <h2>Inga dokument ännu</h2>
          <p>Dokumenten kommer med omgångsfilen. Du kan också öppna en PDF eller Word-fil direkt med <strong>Öppna dokument…</strong>.</p>
        </div>
      )}
      {documents && documents.length > 0 && (
        <table className="data documents">
          <caption className="visually-hidden">Dokument på den här datorn</caption>
          <thead>
            <tr>
              <th scope="col">Dokument</th>
              <th scope="col">Används av</th>
              <th scope="col">Omfång</th>
              <th scope="col">Importerat</th>
            </tr>
          </thead>
          <tbody>
            {documents.map((doc) => (
              <tr key={doc.sha256}>
                <th scope="row">
                  <button type="button" className="link-button" onClick={() => navigate({ name: 'document', sha256: doc.sha256 })}>
                    {doc.title}
                  </button>
                  <div className="muted small">
                    <bdi>{doc.fileName}</bdi> · {doc.format === 'pdf' ? 'PDF' : 'Word'}
                  </div>
                </th>
                <td>
                  {doc.usedBy.length === 0 ? (
                    <span className="muted">Öppnat direkt</span>
                  ) : (
                    doc.usedBy.map((use) => (
                      <div key={`${use.roundId}/${use.contestantId}`}>
                        <bdi>{use.contestantName}</bdi> <span className="muted small">(<bdi>{use.roundTitle}</bdi>)</span>{' '}
                        <button type="button" className="link-button small" onClick={() => navigate({ name: 'round-search', roundId: use.roundId })}>
                          Sök i omgångens dokument
                        </button>
                      </div>
                    ))
                  )}
                </td>
                <td>
                  {doc.unitCount} {doc.unitKind === 'page' ? 'sidor' : 'stycken'} · {formatNumber(doc.wordCount)} ord
                  {doc.pagesWithoutText.length > 0 && (
                    <div className="small warning-text">
                      <span aria-hidden="true">⚠ </span>
                      {doc.pagesWithoutText.length} {doc.pagesWithoutText.length === 1 ? 'sida' : 'sidor'} utan text
                    </div>
                  )}
                </td>
                <td>{formatDateTime(doc.importedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
