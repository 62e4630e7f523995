import { useState, type ReactNode } from 'react';

/**
 * A dialog's buttons, in one order everywhere: the way out, then the one
 * action (when there is one). An action that answers with a promise keeps its
 * button disabled until it settles, and closes the dialog when it resolves true.
 */
export function DialogActions({ cancel = 'Avbryt', onCancel, confirm, tone = 'primary', disabled = false, onConfirm, children }: {
  cancel?: string;
  onCancel(): void;
  confirm?: ReactNode;
  tone?: 'primary' | 'danger';
  disabled?: boolean;
  onConfirm?(): void | Promise<boolean>;
  /** Further buttons, placed before the way out. */
  children?: ReactNode;
}) {
  const [busy, setBusy] = useState(false);
  const run = () => {
    const done = onConfirm?.();
    if (!done) return;
    setBusy(true);
    void done.then((ok) => (ok ? onCancel() : setBusy(false)));
  };
  return (
    <div className="toolbar modal-actions">
      {children}
      <button type="button" className="button" onClick={onCancel}>
        {cancel}
      </button>
      {confirm !== undefined && (
        <button type="button" className={`button ${tone}`} disabled={disabled || busy} onClick={run}>
          {confirm}
        </button>
      )}
    </div>
  );
}
