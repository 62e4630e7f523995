import { useEffect, useRef, useState } from 'react';
import type { BackupInfo } from '../../../shared/contract/app';

export interface RestoreProps {
  readonly backup: BackupInfo;
  readonly busy: boolean;
  readonly restore: (b: BackupInfo) => Promise<void>;
  /** What the confirmation asks. */
  readonly question?: string;
}

/**
 * "Återställ…" asks before it acts. Keyboard focus moves into the question
 * (onto the safe answer) and comes back to the button when it is cancelled.
 */
export function RestoreAction({ backup, busy, restore, question = 'Ersätta dagens data med den här kopian?' }: RestoreProps) {
  const [confirming, setConfirming] = useState(false);
  const wasConfirming = useRef(false);
  const restoreButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (wasConfirming.current && !confirming) restoreButton.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);

  if (!confirming) {
    return (
      <button ref={restoreButton} type="button" className="button small" disabled={busy} onClick={() => setConfirming(true)}>
        Återställ…
      </button>
    );
  }
  return (
    <span className="toolbar" role="group" aria-label="Bekräfta återställning">
      <span>{question}</span>
      <button type="button" className="button danger small" disabled={busy} onClick={() => void restore(backup).finally(() => setConfirming(false))}>
        Ja, återställ
      </button>
      <button type="button" className="button small" autoFocus onClick={() => setConfirming(false)}>
        Avbryt
      </button>
    </span>
  );
}
