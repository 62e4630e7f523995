import { useState } from 'react';
import { formatPercent } from '../../../../shared/format';

export interface ToolbarProps {
  readonly unitKind: 'page' | 'paragraph';
  readonly current: number;
  readonly count: number;
  readonly scale: number;
  readonly fitWidth: boolean;
  readonly searchOpen: boolean;
  onGoTo(unit: number): void;
  onZoom(direction: 1 | -1): void;
  onFitWidth(): void;
  onToggleSearch(): void;
}

/** Page (or paragraph) navigation, zoom and search toggle — every control reachable by keyboard. */
export function Toolbar(props: ToolbarProps) {
  // What the user is typing, valid only while the page it was typed on is current.
  const [typed, setTyped] = useState<{ on: number; text: string } | null>(null);
  const draft = typed?.on === props.current ? typed.text : String(props.current);
  const setDraft = (text: string) => setTyped({ on: props.current, text });
  const pages = props.unitKind === 'page';
  const commit = () => {
    const wanted = Number.parseInt(draft, 10);
    if (Number.isFinite(wanted)) props.onGoTo(Math.min(props.count, Math.max(1, wanted)));
    setTyped(null);
  };
  return (
    <div className="viewer-toolbar" role="toolbar" aria-label="Dokumentvisning">
      <button type="button" className="icon-button" aria-label={pages ? 'Föregående sida' : 'Föregående stycke'} disabled={props.current <= 1} onClick={() => props.onGoTo(props.current - 1)}>
        <span aria-hidden="true">‹</span>
      </button>
      <label className="page-input">
        {!pages && <span aria-hidden="true">§</span>}
        <input
          aria-label={pages ? 'Sida' : 'Stycke'}
          type="text"
          inputMode="numeric"
          value={draft}
          size={4}
          onChange={(event) => setDraft(event.target.value)}
          onBlur={commit}
          onKeyDown={(event) => event.key === 'Enter' && commit()}
        />
        <span aria-hidden="true">av {props.count}</span>
      </label>
      <button type="button" className="icon-button" aria-label={pages ? 'Nästa sida' : 'Nästa stycke'} disabled={props.current >= props.count} onClick={() => props.onGoTo(props.current + 1)}>
        <span aria-hidden="true">›</span>
      </button>
      <span className="toolbar-divider" aria-hidden="true" />
      <button type="button" className="icon-button" aria-label="Zooma ut" onClick={() => props.onZoom(-1)}>
        <span aria-hidden="true">−</span>
      </button>
      <span className="zoom-level" aria-live="polite">
        {formatPercent(props.scale * 100, 0)}
      </span>
      <button type="button" className="icon-button" aria-label="Zooma in" onClick={() => props.onZoom(1)}>
        <span aria-hidden="true">+</span>
      </button>
      {pages && (
        <button type="button" className={`button quiet small${props.fitWidth ? ' pressed' : ''}`} aria-pressed={props.fitWidth} onClick={props.onFitWidth}>
          Anpassa till bredd
        </button>
      )}
      <span className="spacer" />
      <button type="button" className={`button quiet small${props.searchOpen ? ' pressed' : ''}`} aria-pressed={props.searchOpen} aria-keyshortcuts="Control+F" onClick={props.onToggleSearch}>
        <span aria-hidden="true">⌕</span> Sök
      </button>
    </div>
  );
}
