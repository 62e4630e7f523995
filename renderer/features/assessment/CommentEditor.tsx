import { useEffect, useId, useRef } from 'react';
import type { UnitKind } from '../../../shared/contract/documents';
import { focusAtEnd } from '../../app/focus';
import type { EvidenceAnchor } from '../../../shared/domain/assessment';
import type { CriterionWarning } from '../../../shared/scoring/consistency';
import { EvidenceChip } from '../documents/EvidenceChip';
import { deleteComment, moveComment, removeEvidence } from './desk-actions';
import { anchorKey } from './desk-keys';
import { jumpToEvidence } from './desk-navigation';
import { useDesk } from './desk-store';
import { flush, typeText } from './drafts';
import { CommentWarning } from '../../components/Warnings';

export interface CommentEditorProps {
  readonly id: string;
  /** "Styrka 2". */
  readonly label: string;
  readonly text: string;
  readonly evidence?: readonly EvidenceAnchor[];
  readonly index: number;
  readonly count: number;
  readonly locked: boolean;
  readonly unitKindOf: (documentSha: string) => UnitKind;
  readonly warning?: CriterionWarning;
}

/** One strength, improvement area or question: its text, evidence chips and what can be done to it. */
export function CommentEditor({ id, label, text, evidence, index, count, locked, unitKindOf, warning }: CommentEditorProps) {
  const field = useRef<HTMLTextAreaElement>(null);
  const warningId = useId();
  const active = useDesk((s) => s.activeCommentId === id);
  const focusRequest = useDesk((s) => (s.focusRequest?.id === id ? s.focusRequest.seq : 0));
  const resolved = useDesk((s) => s.resolved);
  useEffect(() => {
    const element = field.current;
    if (!focusRequest || !element) return;
    focusAtEnd(element);
    // Handled: a later remount of this comment (back to its criterion) must not take the focus again.
    useDesk.setState({ focusRequest: null });
  }, [focusRequest]);
  const withEvidence = evidence !== undefined;
  return (
    <li className={`comment${active && withEvidence ? ' active' : ''}`}>
      <div className="comment-head">
        <label htmlFor={`comment-${id}`} className="comment-label">
          {label}
        </label>
        {active && withEvidence && !locked && <span className="comment-target small">Belägg läggs här</span>}
        {!locked && (
          <span className="comment-actions">
            <button type="button" className="icon-button small" aria-label={`Flytta upp ${label.toLowerCase()}`} disabled={index === 0} onClick={() => moveComment(id, index - 1)}>
              <span aria-hidden="true">↑</span>
            </button>
            <button type="button" className="icon-button small" aria-label={`Flytta ned ${label.toLowerCase()}`} disabled={index === count - 1} onClick={() => moveComment(id, index + 1)}>
              <span aria-hidden="true">↓</span>
            </button>
            <button type="button" className="icon-button small" aria-label={`Ta bort ${label.toLowerCase()}`} onClick={() => deleteComment(id)}>
              <span aria-hidden="true">✕</span>
            </button>
          </span>
        )}
      </div>
      <textarea
        ref={field}
        id={`comment-${id}`}
        className="comment-text"
        value={text}
        readOnly={locked}
        rows={2}
        maxLength={10_000}
        aria-describedby={warning ? warningId : undefined}
        placeholder={withEvidence ? 'Skriv en hel mening: vad gör verksamheten, och vad visar belägget?' : 'Vad vill ni verifiera på plats?'}
        onFocus={() => withEvidence && useDesk.setState({ activeCommentId: id })}
        onChange={(event) => typeText(id, event.target.value)}
        onBlur={() => void flush(id)}
      />
      {withEvidence && evidence.length > 0 && (
        <ul className="chip-list" aria-label={`Belägg för ${label.toLowerCase()}`}>
          {evidence.map((anchor, i) => {
            const found = resolved[anchorKey(anchor)];
            const shown = found?.anchor ?? anchor;
            const where = shown.page !== undefined ? `s. ${shown.page}` : `§ ${shown.paragraph}`;
            return (
              <li key={`${i}-${anchorKey(anchor)}`} className="chip-item">
                <EvidenceChip anchor={shown} unitKind={unitKindOf(shown.documentSha256)} lost={found?.status === 'lost'} onJump={() => jumpToEvidence(id, i)} />
                {!locked && (
                  <button type="button" className="chip-remove" aria-label={`Ta bort belägget ${where}`} onClick={() => removeEvidence(id, i)}>
                    <span aria-hidden="true">✕</span>
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <CommentWarning id={warningId} warning={warning} />
    </li>
  );
}
