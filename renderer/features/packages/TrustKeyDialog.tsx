import { useCallback, useState } from 'react';
import type { KeyInspection } from '../../../shared/contract/packages';
import { fingerprint } from '../../../shared/fingerprint';
import { messageOf, pickFiles } from '../../api';
import { Modal } from '../../components/Modal';
import { useTrustPrompt, type TrustRequest } from './trust-prompt-store';
import { inspectKey, trustKey } from './requests';

interface Picked {
  readonly fileId: string;
  readonly fileName: string;
  readonly inspection: KeyInspection;
}

/**
 * Asked when a file is signed with a key this computer does not trust: the
 * user picks stadsledningskontoret's public key, compares the full
 * fingerprint, and only then trusts it.
 */
export function TrustKeyDialog() {
  const request = useTrustPrompt((s) => s.request);
  const answer = useTrustPrompt((s) => s.answer);
  const cancel = useCallback(() => answer(false), [answer]);
  if (!request) return null;
  return (
    <Modal titleId="trust-title" describedBy="trust-intro" onCancel={cancel}>
      <TrustSteps key={`${request.fileName}-${request.keyId}`} request={request} onDone={answer} />
    </Modal>
  );
}

function TrustSteps({ request, onDone }: { request: TrustRequest; onDone: (trusted: boolean) => void }) {
  const { fileName, keyId, keyFileId } = request;
  const [picked, setPicked] = useState<Picked | null>(
    keyFileId ? { fileId: keyFileId, fileName, inspection: { keyId, trusted: false, example: false } } : null,
  );
  const [label, setLabel] = useState('Stadsledningskontoret');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const choose = async () => {
    setError(null);
    try {
      const [file] = await pickFiles(['key']);
      if (!file) return;
      setPicked({ fileId: file.id, fileName: file.name, inspection: await inspectKey({ fileId: file.id }) });
    } catch (e) {
      setError(messageOf(e));
    }
  };
  const trust = async () => {
    if (!picked) return;
    setBusy(true);
    try {
      await trustKey({ fileId: picked.fileId, keyId, label });
      onDone(true);
    } catch (e) {
      setError(messageOf(e));
      setBusy(false);
    }
  };
  const matches = picked?.inspection.keyId === keyId;

  return (
    <>
      <h2 id="trust-title">Nyckeln är inte betrodd</h2>
      <p id="trust-intro">
        {keyFileId
          ? `Du vill lita på nyckeln i "${fileName}" (fingeravtryck ${fingerprint(keyId)}). `
          : `"${fileName}" är signerad med en nyckel som inte är betrodd (fingeravtryck ${fingerprint(keyId)}). `}
        Kontrollera med stadsledningskontoret innan du litar på den.
      </p>
      <p className="small muted">{keyFileId ? 'Nyckelns fingeravtryck:' : 'Fingeravtrycket för nyckeln som signerade filen:'}</p>
      <p className="fingerprint mono">{fingerprint(keyId)}</p>
      {!picked && (
        <p>Välj stadsledningskontorets publika nyckel (en .pem-fil) så jämför Examinator fingeravtrycken åt dig.</p>
      )}
      {picked && !matches && (
        <p className="notice error" role="alert">
          "{picked.fileName}" har fingeravtrycket {fingerprint(picked.inspection.keyId)} – det är inte nyckeln som
          signerade filen. Välj en annan nyckelfil.
        </p>
      )}
      {picked && matches && (
        <div className="trust-confirm">
          <p role="status">
            {!keyFileId && <span aria-hidden="true">✓ </span>}
            {keyFileId ? '' : 'Fingeravtrycken stämmer. '}Lita på nyckeln bara om stadsledningskontoret har bekräftat
            fingeravtrycket ovan, till exempel per telefon.
          </p>
          <div className="field">
            <label htmlFor="trust-label">Namn på nyckeln</label>
            <input id="trust-label" type="text" value={label} maxLength={200} onChange={(e) => setLabel(e.target.value)} />
          </div>
        </div>
      )}
      {error && (
        <p className="notice error" role="alert">
          {error}
        </p>
      )}
      <div className="toolbar modal-actions">
        {picked && matches ? (
          <button type="button" className="button primary" disabled={busy || label.trim() === ''} onClick={() => void trust()}>
            {keyFileId ? 'Lita på nyckeln' : 'Lita på nyckeln och importera'}
          </button>
        ) : (
          <button type="button" className="button primary" onClick={() => void choose()}>
            {picked ? 'Välj en annan nyckelfil…' : 'Välj nyckelfil…'}
          </button>
        )}
        <button type="button" className="button" onClick={() => onDone(false)}>
          Avbryt
        </button>
      </div>
    </>
  );
}
