import { useEffect, useState } from 'react';
import { formatDate } from '../../../shared/format';
import { fingerprint } from '../../../shared/fingerprint';
import { pickFiles } from '../../api';
import { useNotices, reportFailure } from '../../app/notice-store';
import { useTrustPrompt } from './trust-prompt-store';
import { useTrustedKeys } from './trusted-keys-store';
import { inspectKey } from './requests';

/** Settings: the keys that may sign criteria packages and rounds on this computer. */
export function TrustedKeysSection() {
  const { keys, load, remove } = useTrustedKeys();
  const [confirming, setConfirming] = useState<string | null>(null);
  useEffect(() => {
    void load();
  }, [load]);

  // Adding a key by hand runs the same comparison dialog as an import does.
  const add = async () => {
    try {
      const [file] = await pickFiles(['key']);
      if (!file) return;
      const inspected = await inspectKey({ fileId: file.id });
      if (inspected.trusted) {
        useNotices.getState().show('info', `Nyckeln i "${file.name}" är redan betrodd.`);
        return;
      }
      if (await useTrustPrompt.getState().ask({ fileName: file.name, keyId: inspected.keyId, keyFileId: file.id })) await load();
    } catch (error) {
      reportFailure(error);
    }
  };

  return (
    <section className="card" aria-labelledby="keys-title">
      <h2 id="keys-title">Betrodda nycklar</h2>
      <p>
        Kriteriepaket och tävlingsomgångar tas bara emot om de är signerade med en nyckel som den här datorn litar på.
        Lägg bara till en nyckel efter att stadsledningskontoret har bekräftat dess fingeravtryck.
      </p>
      <div className="toolbar">
        <button type="button" className="button" onClick={() => void add()}>
          Lägg till nyckel…
        </button>
      </div>
      {keys && (
        <ul className="key-list">
          {keys.map((key) => (
            <li key={key.keyId}>
              <div>
                <strong>{key.label}</strong>{' '}
                {key.example && <span className="badge warning">Exempelnyckel – bara övningsmaterial</span>}
                <div className="muted small">
                  {key.source === 'built-in' ? 'Inbyggd i Examinator' : `Tillagd av dig ${key.addedAt ? formatDate(key.addedAt) : ''}`}
                </div>
                <div className="fingerprint mono small" aria-label={`Fingeravtryck ${key.keyId}`}>
                  {fingerprint(key.keyId)}
                </div>
              </div>
              {key.source === 'user' &&
                (confirming === key.keyId ? (
                  <span className="toolbar" role="group" aria-label="Bekräfta borttagning">
                    <button type="button" className="button danger small" onClick={() => void remove(key).finally(() => setConfirming(null))}>
                      Ja, sluta lita på den
                    </button>
                    <button type="button" className="button small" onClick={() => setConfirming(null)}>
                      Avbryt
                    </button>
                  </span>
                ) : (
                  <button type="button" className="button small" onClick={() => setConfirming(key.keyId)}>
                    Ta bort…
                  </button>
                ))}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
