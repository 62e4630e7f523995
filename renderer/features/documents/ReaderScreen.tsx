import { useEffect, useMemo, useState } from 'react';
import { useScreenChrome } from '../../app/chrome-store';
import { DocumentViewer, type ViewerHighlight } from './viewer/DocumentViewer';
import { MarkedPassages } from './MarkedPassages';
import { useReader } from './reader-store';

const NONE: never[] = [];

/** A document on its own: the full viewer, and the passages marked while reading. */
export function ReaderScreen({ sha256 }: { sha256: string }) {
  const doc = useReader((s) => (s.document?.sha256 === sha256 ? s.document : null));
  const error = useReader((s) => s.error);
  const marked = useReader((s) => s.marked[sha256] ?? NONE);
  const [jump, setJump] = useState<{ highlightId: string; seq: number } | null>(null);
  useScreenChrome([{ label: 'Dokument', route: { name: 'documents' } }, { label: doc?.title ?? 'Dokument' }], doc?.exampleMaterial ?? false);
  useEffect(() => {
    void useReader.getState().open(sha256);
  }, [sha256]);
  const highlights = useMemo<ViewerHighlight[]>(
    () => marked.map((m) => ({ id: m.id, anchor: m.anchor, criterionId: m.label, kind: m.kind })),
    [marked],
  );
  if (error) {
    return (
      <div className="page">
        <p role="alert" className="notice error">{error}</p>
      </div>
    );
  }
  if (!doc) return <p className="page muted" role="status">Öppnar dokumentet…</p>;
  return (
    <div className="reader">
      <h1 className="visually-hidden">{doc.title}</h1>
      <DocumentViewer
        document={doc}
        highlights={highlights}
        onAddEvidence={({ anchor, kind }) => useReader.getState().mark(anchor, kind)}
        jump={jump}
      />
      <MarkedPassages
        unitKind={doc.unitKind}
        passages={marked}
        onJump={(id) => setJump((previous) => ({ highlightId: id, seq: (previous?.seq ?? 0) + 1 }))}
      />
    </div>
  );
}
