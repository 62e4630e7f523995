import { useState } from 'react';
import type { SavedFile } from '../../../shared/contract/packages';
import { fingerprint } from '../../../shared/fingerprint';
import { messageOf, pickFiles } from '../../api';
import { useNotices } from '../../app/notice-store';

/**
 * "Signera och spara": the user picks their private key (PEM); the core signs
 * and saves. Disabled while the draft has problems.
 */
export function SignAndSave({ ready, doneText, sign }: {
  ready: boolean;
  /** "Kriteriepaketet är signerat och sparat" — the result sentence, without the file name. */
  doneText: string;
  sign: (keyFileId: string) => Promise<SavedFile | null>;
}) {
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState<SavedFile | null>(null);
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
      useNotices.getState().show('success', `${doneText} som ${result.fileName}.`);
    } catch (error) {
      useNotices.getState().show('error', messageOf(error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="sign-and-save card">
      <div className="toolbar">
        <button type="button" className="button primary" disabled={!ready || busy} onClick={() => void run()} aria-describedby="sign-hint">
          {busy ? 'Signerar…' : 'Signera och spara'}
        </button>
        <span id="sign-hint" className="muted small">
          {ready ? 'Du väljer din privata nyckel (.pem); den används bara för att signera och sparas inte.' : 'Rätta felen ovan först.'}
        </span>
      </div>
      {saved && (
        <div className="saved" role="status">
          <p>
            <span aria-hidden="true">✓ </span>
            Sparat: <span className="mono">{saved.path}</span>
          </p>
          <p className="small">
            Signerat med nyckeln {fingerprint(saved.keyId)}
            {saved.exampleMaterial && ' – exempelnyckeln, så filen är övningsmaterial'}.
            {!saved.keyTrusted && ' Nyckeln är inte betrodd på den här datorn; mottagarna behöver den publika nyckeln och dess fingeravtryck.'}
          </p>
        </div>
      )}
    </div>
  );
}
