/** Ångra / Gör om for an assessment being edited (Ctrl+Z / Ctrl+Shift+Z do the same). */
export function UndoRedo({ canUndo, canRedo, onUndo, onRedo }: { canUndo: boolean; canRedo: boolean; onUndo(): void; onRedo(): void }) {
  return (
    <>
      <button type="button" className="button quiet small" aria-keyshortcuts="Control+Z" disabled={!canUndo} onClick={onUndo}>
        <span aria-hidden="true">↶</span> Ångra
      </button>
      <button type="button" className="button quiet small" aria-keyshortcuts="Control+Shift+Z" disabled={!canRedo} onClick={onRedo}>
        <span aria-hidden="true">↷</span> Gör om
      </button>
    </>
  );
}
