import { useState, type ReactNode } from 'react';
import type { SavedFile } from '../../../shared/contract/packages';
import { pickFiles } from '../../api';
import { useNotices, reportFailure } from '../../app/notice-store';
import { SignedResult } from './SignedResult';
import { useBarClearance } from './use-bar-clearance';

/**
 * "Signera och spara": the user picks their private key (PEM); the core signs
 * and saves. Disabled while the draft has problems. The bar stays in view at
 * the bottom; the result is said inside it, never in a notice over it.
 */
export function SignAndSave({ ready, doneText, sign, actions }: {
  ready: boolean;
  /** "Kriteriepaketet är signerat och sparat" — the result sentence, without the file name. */
  doneText: string;
  sign: (keyFileId: string) => Promise<SavedFile | null>;
  /** More buttons beside "Signera och spara" ("Skriv ut som PDF…"). */
  actions?: ReactNode;
}) {
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState<SavedFile | null>(null);
  const bar = useBarClearance<HTMLDivElement>();
  const run = async () => {
    setBusy(true);
    try {
      const [key] = await pickFiles(['key']);
      if (!key) return;
      const result = await sign(key.id);
      if (!result) {
        useNotices.getState().show('info', 'Ingenting sparades.');
        return;
      }
      setSaved(result);
    } catch (error) {
      reportFailure(error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="sign-and-save card" ref={bar}>
      <div className="toolbar">
        <button type="button" className="button primary" disabled={!ready || busy} onClick={() => void run()} aria-describedby="sign-hint">
          {busy ? 'Signerar…' : 'Signera och spara'}
        </button>
        {actions}
        <span id="sign-hint" className="muted small">
          {ready ? 'Du väljer din privata nyckel (.pem); den används bara för att signera och sparas inte.' : 'Rätta felen ovan först.'}
        </span>
      </div>
      {saved && <SignedResult saved={saved} doneText={doneText} onClose={() => setSaved(null)} />}
    </div>
  );
}
