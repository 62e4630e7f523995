import { useState } from 'react';
import type { SavedFile } from '../../../shared/contract/packages';
import { fingerprint } from '../../../shared/fingerprint';
import { reportFailure } from '../../app/notice-store';
import { writePublicKey } from './requests';

/**
 * What was signed and where it went, with the key's whole fingerprint (for
 * the recipients to compare) and the public key they need, ready to save.
 */
export function SignedResult({ saved, doneText, onClose }: { saved: SavedFile; doneText: string; onClose: () => void }) {
  const [keyFile, setKeyFile] = useState<string | null>(null);
  const savePublicKey = async () => {
    try {
      const written = await writePublicKey({ publicKeyPem: saved.publicKeyPem });
      if (written) setKeyFile(written.path);
    } catch (error) {
      reportFailure(error);
    }
  };
  return (
    <div className="saved" role="status">
      <p>
        <span aria-hidden="true">✓ </span>
        {doneText} som {saved.fileName}. <span className="muted small mono">{saved.path}</span>
      </p>
      <p className="small">
        Signerat med nyckeln med fingeravtrycket <strong className="fingerprint mono">{fingerprint(saved.keyId)}</strong>
        {saved.exampleMaterial && ' – exempelnyckeln, så filen är övningsmaterial'}.{' '}
        {saved.keyTrusted
          ? 'Mottagarna jämför fingeravtrycket med det de har fått bekräftat.'
          : 'Nyckeln är inte betrodd på den här datorn. Mottagarna behöver den publika nyckeln och ska jämföra fingeravtrycket med dig, till exempel per telefon.'}
      </p>
      <div className="toolbar">
        <button type="button" className="button small" onClick={() => void savePublicKey()}>
          Spara den publika nyckeln…
        </button>
        <button type="button" className="button quiet small" onClick={onClose}>
          Stäng
        </button>
        {keyFile && (
          <span className="small">
            <span aria-hidden="true">✓ </span>Den publika nyckeln är sparad: <span className="mono">{keyFile}</span>
          </span>
        )}
      </div>
    </div>
  );
}
