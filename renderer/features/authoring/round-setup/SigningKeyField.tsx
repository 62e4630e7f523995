import { useEffect, useState } from 'react';
import { fingerprint } from '../../../../shared/fingerprint';
import { messageOf, pickFiles } from '../../../api';
import { ed25519SpkiBase64 } from '../../../../shared/formats/signing-key';
import { TextField } from '../form/Fields';
import { useForm } from '../form/form-context';
import type { Path } from '../form/paths';
import { inspectKey } from '../../packages/requests';

/** The key id (SHA-256 of the raw 32-byte key) of a valid Ed25519 PEM, computed in the page. */
async function keyIdOfPem(pem: string): Promise<string | null> {
  const base64 = ed25519SpkiBase64(pem);
  if (base64 === null) return null;
  const der = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  const digest = await crypto.subtle.digest('SHA-256', der.slice(der.length - 32));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * An examiner's public signing key in the round (`examiners[].signingKey`):
 * pasted, or read from the .pem the examiner saved under Min signeringsnyckel,
 * with its fingerprint shown for comparing with the examiner.
 */
export function SigningKeyField({ path, examinerName }: { path: Path; examinerName: string }) {
  const form = useForm();
  const value = form.read(path);
  const pem = typeof value === 'string' ? value : '';
  const [keyId, setKeyId] = useState<string | null>(null);
  const [readError, setReadError] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    void keyIdOfPem(pem).then((id) => current && setKeyId(id));
    return () => {
      current = false;
    };
  }, [pem]);
  // The core reads and checks the key file (size, PEM, Ed25519) and gives it back as the round stores it.
  const choose = async () => {
    setReadError(null);
    try {
      const [file] = await pickFiles(['key']);
      if (!file) return;
      const inspected = await inspectKey({ fileId: file.id });
      if (inspected.publicKeyPem) form.edit(path, inspected.publicKeyPem);
    } catch (error) {
      setReadError(messageOf(error));
    }
  };
  return (
    <div className="signing-key-field">
      <TextField
        label="Publik signeringsnyckel (valfri)"
        path={path}
        multiline
        optional
        maxLength={400}
        hint={`Från ${examinerName || 'examinatorn'}: Inställningar → Min signeringsnyckel → Spara den publika nyckeln. Med nyckeln tas bara filer som är signerade med den emot.`}
      />
      <button type="button" className="button small" onClick={() => void choose()}>
        Välj nyckelfil (.pem)…
      </button>
      {readError && (
        <p role="alert" className="error">
          {readError}
        </p>
      )}
      {keyId && (
        <p className="fingerprint mono small" aria-label={`Fingeravtryck ${fingerprint(keyId)}`}>
          {fingerprint(keyId)}
        </p>
      )}
    </div>
  );
}
