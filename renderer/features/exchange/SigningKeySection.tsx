import { useEffect } from 'react';
import { fingerprint } from '../../../shared/fingerprint';
import { useIdentity } from './identity-store';

/** Settings: "Min signeringsnyckel" — the key that signs my assessment files, and what it is for. */
export function SigningKeySection() {
  const { key, error, load } = useIdentity();
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
        <p className="fingerprint mono" aria-label={key ? `Fingeravtryck ${key.keyId}` : undefined}>
          {key ? fingerprint(key.keyId) : 'Läser nyckeln…'}
        </p>
      )}
    </section>
  );
}
