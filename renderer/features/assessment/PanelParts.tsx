/** What the criterion panel and the aspect panel share: the title, the lock note, the written lists and the private note. */
import type { ReactNode } from 'react';
import type { UnitKind } from '../../../shared/contract/documents';
import type { CriterionAssessment } from '../../../shared/domain/assessment';
import type { CriterionWarning } from '../../../shared/scoring/consistency';
import { CommentList } from './CommentList';
import { noteKey } from './desk-keys';
import { useDesk } from './desk-store';
import { flush, typeText } from './drafts';

/** The document's page kind by its hash, for the evidence chips. */
export function useUnitKindOf(): (sha: string) => UnitKind {
  const documents = useDesk((s) => s.context!.documents);
  return (sha) => documents.find((d) => d.sha256 === sha)?.unitKind ?? 'page';
}

/** The panel's heading (the desk's Esc puts the focus here), marked "Klar" once done. */
export function PanelTitle({ done, children }: { done: boolean; children: ReactNode }) {
  return (
    <h2 id="criterion-title" tabIndex={-1}>
      {children}
      {done && (
        <span className="badge success">
          <span aria-hidden="true">✓</span> Klar
        </span>
      )}
    </h2>
  );
}

/** Text to open when needed: the guidance for examiners, what a prize is about. */
export function FoldedText({ title, text }: { title: string; text: string }) {
  return (
    <details className="panel-section">
      <summary>
        <h3>{title}</h3>
      </summary>
      <p className="guidance">{text}</p>
    </details>
  );
}

export function LockedNote({ locked }: { locked: boolean }) {
  if (!locked) return null;
  return (
    <p className="callout locked-note small">
      Bedömningen är inlämnad och låst. Behöver du ändra något väljer du <strong>Öppna en ny revision…</strong> överst.
    </p>
  );
}

/** Strengths, improvement areas and site-visit questions, each with the examiner's evidence. */
export function WrittenLists({ live, locked, warnings }: { live: CriterionAssessment; locked: boolean; warnings: readonly CriterionWarning[] }) {
  const unitKindOf = useUnitKindOf();
  return (
    <>
      <CommentList kind="strength" items={live.strengths} locked={locked} warnings={warnings} unitKindOf={unitKindOf} />
      <CommentList kind="improvement" items={live.improvements} locked={locked} warnings={warnings} unitKindOf={unitKindOf} />
      <CommentList kind="question" items={live.siteVisitQuestions} locked={locked} warnings={warnings} unitKindOf={unitKindOf} />
    </>
  );
}

/** The examiner's own note on a row: private, exported only when chosen. */
export function PrivateNote({ rowKey, text, locked }: { rowKey: string; text: string; locked: boolean }) {
  return (
    <section className="panel-section private-note" aria-labelledby="note-title">
      <h3 id="note-title">
        Egen anteckning <span className="badge private-badge">Privat</span>
      </h3>
      <p className="small muted" id="note-hint">
        Bara för dig. Följer aldrig med när du exporterar, om du inte själv väljer det.
      </p>
      <textarea
        className="note-text"
        aria-labelledby="note-title"
        aria-describedby="note-hint"
        value={text}
        readOnly={locked}
        rows={2}
        maxLength={20_000}
        onChange={(event) => typeText(noteKey(rowKey), event.target.value)}
        onBlur={() => void flush(noteKey(rowKey))}
      />
    </section>
  );
}
