import { useScreenChrome } from '../../app/chrome-store';
import { navigate } from '../../app/router-store';
import { DraftList } from './drafts/DraftList';

/** Stadsledningskontoret's tools: the signed files every examiner's installation receives. */
export function AuthoringScreen() {
  useScreenChrome([{ label: 'Tävlingsomgångar', route: { name: 'start' } }, { label: 'Stadsledningskontoret' }]);
  return (
    <div className="page">
      <div className="page-header">
        <div>
          <h1>Stadsledningskontoret</h1>
          <p className="muted">
            Här skapas de signerade filerna som examinatorerna tar emot. Du behöver stadsledningskontorets privata nyckel
            (en .pem-fil) för att signera; examinatorernas Examinator litar bara på nycklar vars fingeravtryck de har fått
            bekräftat.
          </p>
        </div>
      </div>
      <div className="two-columns">
        <section className="card" aria-labelledby="authoring-package">
          <h2 id="authoring-package">Kriteriepaket</h2>
          <p>Områden, kriterier med frågor och vägledning, bedömningsskalor med nivåer, poäng och tävlingsklasser.</p>
          <button type="button" className="button primary" onClick={() => navigate({ name: 'package-editor' })}>
            Redigera kriteriepaket
          </button>
        </section>
        <section className="card" aria-labelledby="authoring-round">
          <h2 id="authoring-round">Tävlingsomgång</h2>
          <p>Tävlande och deras verksamhetsbeskrivningar, examinatorer, team och tidsplan – med jävskontroll.</p>
          <button type="button" className="button primary" onClick={() => navigate({ name: 'round-setup' })}>
            Sätt upp en omgång
          </button>
        </section>
      </div>
      <DraftList />
      <p className="muted small">
        Samma sak går att göra från kommandoraden: <span className="mono">examinator package build</span> och{' '}
        <span className="mono">examinator round build</span>.
      </p>
    </div>
  );
}
