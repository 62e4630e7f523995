import { useState } from 'react';
import type { CommentKind } from '../../../../shared/domain/assessment';

export interface SelectionInfo {
  readonly unit: number;
  readonly text: string;
  /** Rendered text just before the selection, to tell repeated passages apart. */
  readonly before: string;
  /** Where to show the menu, relative to the viewer's content. */
  readonly top: number;
  readonly left: number;
}

/** Offered on a text selection: the caller decides which criterion and list the evidence goes to. */
export function SelectionMenu(props: { selection: SelectionInfo; target?: string; onAdd(kind: CommentKind): Promise<void> }) {
  const [busy, setBusy] = useState(false);
  const add = async (kind: CommentKind) => {
    setBusy(true);
    try {
      await props.onAdd(kind);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div
      className="selection-menu"
      role="group"
      aria-label="Lägg till som belägg"
      style={{ top: props.selection.top, left: props.selection.left }}
      onMouseDown={(event) => event.preventDefault()}
    >
      <span className="selection-menu-title">
        Lägg till som belägg{props.target ? ` ${props.target}` : ''}
      </span>
      <button type="button" className="button small" disabled={busy} onClick={() => void add('strength')}>
        som styrka
      </button>
      <button type="button" className="button small" disabled={busy} onClick={() => void add('improvement')}>
        som förbättringsområde
      </button>
    </div>
  );
}
