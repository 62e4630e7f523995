import { useEffect, useState } from 'react';
import { fingerprint } from '../../../shared/fingerprint';
import { useNotices, reportFailure } from '../../app/notice-store';
import { useIdentity } from './identity-store';
import { saveMyPublicKey } from './requests';

/** Saves the public key for stadsledningskontoret, which registers it in the round. */
async function savePublicKey(): Promise<void> {
  try {
    const saved = await saveMyPublicKey({});
    if (saved) useNotices.getState().show('success', `Din publika nyckel är sparad som ${saved.fileName}. Skicka filen till stadsledningskontoret.`);
  } catch (error) {
    reportFailure(error);
  }
}

/** Settings: "Min signeringsnyckel" — the key that signs my assessment files, and what it is for. */
export function SigningKeySection() {
  const { key, error, load } = useIdentity();
  const [saving, setSaving] = useState(false);
  useEffect(() => {
    void load();
  }, [load]);
  return (
    <section className="card signing-key" aria-labelledby="signing-key-title">
      <h2 id="signing-key-title">Min signeringsnyckel</h2>
      <p>
        Examinator signerar varje bedömningsfil du exporterar med en nyckel som skapades på den här datorn. Den privata
        delen lämnar aldrig datorn och sparas skyddad utanför databasen (i operativsystemets nyckelring när Examinator körs
        som program). Den som importerar din fil ser nyckelns fingeravtryck och varnas om en senare fil från dig är
        signerad med en annan nyckel.
      </p>
      <p>Vill en medbedömare kontrollera att en fil kommer från dig kan du läsa upp fingeravtrycket för hen:</p>
      {error && (
        <p role="alert" className="notice error">
          {error}
        </p>
      )}
      {!error && (
        <p className="fingerprint mono" aria-label={key ? `Fingeravtryck ${fingerprint(key.keyId)}` : undefined}>
          {key ? fingerprint(key.keyId) : 'Läser nyckeln…'}
        </p>
      )}
      <p>
        Stadsledningskontoret registrerar din publika nyckel i omgången, så att ingen annan kan göra filer i ditt namn. Spara den
        och skicka filen till stadsledningskontoret innan omgången byggs.
      </p>
      <button
        type="button"
        className="button"
        disabled={saving || !key}
        onClick={() => {
          setSaving(true);
          void savePublicKey().finally(() => setSaving(false));
        }}
      >
        Spara den publika nyckeln (.pem)…
      </button>
    </section>
  );
}
