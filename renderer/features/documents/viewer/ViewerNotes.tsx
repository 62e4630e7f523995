import type { DocumentView } from '../../../../shared/contract/documents';
import type { ViewerHighlight } from './viewer-context';

const shorten = (text: string, max = 60) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** What the examiner must know about this document before trusting what they see. */
export function ViewerNotes({ document: doc, highlights }: { document: DocumentView; highlights: readonly ViewerHighlight[] }) {
  const lost = highlights.filter((h) => h.lost);
  const noText = doc.pagesWithoutText;
  if (!doc.hasScripts && lost.length === 0 && noText.length === 0) return null;
  return (
    <div className="viewer-notes">
      {noText.length > 0 && (
        <p role="note">
          <span aria-hidden="true">⚠ </span>
          {noText.length === 1 ? `Sidan ${noText[0]} saknar text` : `Sidorna ${noText.join(', ')} saknar text`} — sök fungerar inte där.
        </p>
      )}
      {doc.hasScripts && (
        <p role="note">
          <span aria-hidden="true">ℹ </span>Dokumentet innehåller skript. Examinator kör dem aldrig.
        </p>
      )}
      {lost.length > 0 && (
        <div role="note" className="lost-evidence">
          <span aria-hidden="true">⚠ </span>
          {lost.length === 1 ? 'Ett belägg hittas' : `${lost.length} belägg hittas`} inte längre i dokumentet:
          <ul>
            {lost.map((h) => (
              <li key={h.id}>
                <strong>{h.criterionId}</strong> »{shorten(h.anchor.quote ?? '')}«
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
