import { useNotices } from '../../../app/notice-store';

/**
 * Move up / down / remove for one item of an edited list; labels name the item
 * for screen readers. A removal says how to take it back (the editors' Ångra).
 */
export function ItemControls({ name, index, count, onMove, onRemove }: {
  name: string;
  index: number;
  count: number;
  onMove: (delta: -1 | 1) => void;
  onRemove: () => void;
}) {
  return (
    <span className="item-controls">
      <button type="button" className="button quiet small" disabled={index === 0} aria-label={`Flytta upp ${name}`} onClick={() => onMove(-1)}>
        ↑
      </button>
      <button type="button" className="button quiet small" disabled={index === count - 1} aria-label={`Flytta ned ${name}`} onClick={() => onMove(1)}>
        ↓
      </button>
      <button
        type="button"
        className="button quiet small danger"
        aria-label={`Ta bort ${name}`}
        onClick={() => {
          onRemove();
          useNotices.getState().show('info', `Tog bort ${name}. Ångra (Ctrl+Z) tar tillbaka det.`);
        }}
      >
        Ta bort
      </button>
    </span>
  );
}
