import { useState } from 'react';
import { call, messageOf } from '../../api';
import { useAppInfo } from '../../app/app-info-store';
import { useNotices, reportFailure } from '../../app/notice-store';
import { reportImport } from '../packages/importers';
import { useRounds } from './rounds-store';

/** First start: what Examinator is, and a safe way to try it. */
export function WelcomeCard() {
  const [busy, setBusy] = useState(false);
  const dismiss = async () => {
    try {
      await call('app:dismiss-welcome', {});
      await useAppInfo.getState().load();
      // The card (and the focused button) is gone: keep keyboard users in the page, not lost on <body>.
      document.getElementById('main')?.focus();
    } catch (error) {
      reportFailure(error);
    }
  };
  const openExercise = async () => {
    setBusy(true);
    try {
      const outcome = await call('round:open-exercise', {});
      await Promise.all([useAppInfo.getState().load(), useRounds.getState().load()]);
      reportImport(outcome);
    } catch (error) {
      reportFailure(error);
    } finally {
      setBusy(false);
    }
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
        <button type="button" className="button primary" disabled={busy} onClick={() => void openExercise()}>
          {busy ? 'Öppnar…' : 'Öppna övningsomgången'}
        </button>
        <button type="button" className="button quiet" onClick={() => void dismiss()}>
          Inte nu
        </button>
      </div>
    </section>
  );
}
