import { lazy, Suspense, useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { addEvidence } from './desk-actions';
import { highlightsOf, useLive } from './desk-live';
import { rowKeys, rowName } from './desk-rows';
import { useDesk } from './desk-store';

// PDF.js is large: the document arrives after the criteria, which can be worked on at once.
const DocumentViewer = lazy(() => import('../documents/viewer/DocumentViewer').then((m) => ({ default: m.DocumentViewer })));

/** The middle column: the contestant's document(s), with this assessment's evidence highlighted. */
export function DeskViewer() {
  const { documents, criteria, prizes, documentSha, jump, currentId, locked } = useDesk(
    useShallow((s) => ({
      documents: s.context!.documents,
      criteria: s.context!.criteria,
      prizes: s.context!.prizes,
      documentSha: s.documentSha,
      jump: s.jump,
      currentId: s.currentId,
      locked: s.assessment?.status !== 'draft',
    })),
  );
  const live = useLive();
  const doc = documents.find((d) => d.sha256 === documentSha) ?? documents[0];
  const highlights = useMemo(() => (doc ? highlightsOf(live, doc.sha256) : []), [live, doc]);
  // Rows as the viewer names them: "2.3", "Framsteget: Nytt".
  const criterionIds = useMemo(() => rowKeys({ criteria, prizes }).map((key) => rowName({ prizes }, key)), [criteria, prizes]);
  if (!doc) return <p className="viewer-status">Den tävlande har inget dokument i omgången.</p>;
  return (
    <div className="desk-viewer">
      {documents.length > 1 && (
        <div className="document-tabs" role="tablist" aria-label="Den tävlandes dokument">
          {documents.map((d) => (
            <button key={d.sha256} type="button" role="tab" aria-selected={d === doc} className={`document-tab${d === doc ? ' current' : ''}`} onClick={() => useDesk.setState({ documentSha: d.sha256 })}>
              {d.title}
            </button>
          ))}
        </div>
      )}
      <Suspense fallback={<p className="viewer-status" role="status">Öppnar dokumentet…</p>}>
        <DocumentViewer
          key={doc.sha256}
          document={doc}
          highlights={highlights}
          criterionIds={criterionIds}
          onAddEvidence={locked ? undefined : ({ anchor, kind }) => addEvidence(anchor, kind)}
          evidenceTarget={currentId ? `till ${rowName({ prizes }, currentId)}` : undefined}
          jump={jump}
        />
      </Suspense>
    </div>
  );
}
