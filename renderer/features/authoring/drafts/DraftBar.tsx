import { useEffect } from 'react';
import { formatTime } from '../../../../shared/format';
import { UndoRedo } from '../../../components/UndoRedo';
import type { History } from '../form/history';
import { useDraftSaveState, type SaveState } from './use-saved-draft';

const TEXT_FIELD = 'input, textarea, select, [contenteditable="true"]';

/** Ctrl+Z / Ctrl+Shift+Z (and Ctrl+Y) outside text fields; inside one, the field keeps its own undo. */
function useUndoKeys(undo: () => void, redo: () => void): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || !(event.ctrlKey || event.metaKey) || event.altKey) return;
      if ((event.target as HTMLElement).closest?.(TEXT_FIELD) || document.querySelector('[aria-modal="true"]')) return;
      const key = event.key.toLowerCase();
      if (key !== 'z' && key !== 'y') return;
      event.preventDefault();
      if (key === 'y' || event.shiftKey) redo();
      else undo();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [undo, redo]);
}

function saveText(save: SaveState): string {
  switch (save.status) {
    case 'idle':
      return 'Utkastet sparas medan du skriver.';
    case 'saving':
      return 'Sparar utkastet…';
    case 'saved':
      return `Utkastet är sparat ${formatTime(save.at)}.`;
    case 'failed':
      return `Utkastet kunde inte sparas: ${save.message}`;
  }
}

/** The editors' own bar: Ångra / Gör om, and whether the draft is saved. */
export function DraftBar({ history, undo, redo }: { history: History<unknown>; undo(): void; redo(): void }) {
  useUndoKeys(undo, redo);
  const save = useDraftSaveState((s) => s.save);
  return (
    <div className="toolbar draft-bar">
      <UndoRedo canUndo={history.past.length > 0} canRedo={history.future.length > 0} onUndo={undo} onRedo={redo} />
      <span className={save.status === 'failed' ? 'error small' : 'muted small'} role="status">
        {saveText(save)}
      </span>
    </div>
  );
}
