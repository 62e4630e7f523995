import { useState } from 'react';
import { dismissWelcome, openExercise } from './welcome';

/** First start: what Examinator is, and a safe way to try it. */
export function WelcomeCard() {
  const [busy, setBusy] = useState(false);
  const open = () => {
    setBusy(true);
    void openExercise().finally(() => setBusy(false));
  };
  return (
    <section className="card welcome" aria-labelledby="welcome-title">
      <h2 id="welcome-title">Välkommen till Examinator</h2>
      <p>
        Här läser du de tävlandes verksamhetsbeskrivningar, sätter poäng per kriterium, skriver styrkor och
        förbättringsområden med belägg och stämmer av med ditt team inför konsensus.
      </p>
      <p>
        Prova med övningsomgången: två påhittade tävlande, ett team på tre examinatorer och exempelkriterier. Allt i den
        är övningsmaterial och märks så.
      </p>
      <div className="toolbar">
        <button type="button" className="button primary" disabled={busy} onClick={open}>
          {busy ? 'Öppnar…' : 'Öppna övningsomgången'}
        </button>
        <button type="button" className="button quiet" onClick={() => void dismissWelcome()}>
          Inte nu
        </button>
      </div>
    </section>
  );
}
