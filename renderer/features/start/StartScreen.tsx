import { useEffect } from 'react';
import { useAppInfo } from '../../app/app-info-store';
import { useScreenChrome } from '../../app/chrome-store';
import { navigate } from '../../app/router-store';
import { ImportButton } from './ImportButton';
import { RoundTable } from './RoundTable';
import { useRounds } from '../../app/rounds-store';
import { WelcomeCard } from './WelcomeCard';

export function StartScreen() {
  useScreenChrome([{ label: 'Tävlingsomgångar' }]);
  const rounds = useRounds((s) => s.rounds);
  const error = useRounds((s) => s.error);
  const info = useAppInfo((s) => s.info);
  useEffect(() => {
    void useRounds.getState().load();
  }, []);

  return (
    <div className="page">
      <div className="page-header">
        <div>
          <h1>Tävlingsomgångar</h1>
          <p className="muted">
            Omgångarna på den här datorn. Importera filer från stadsledningskontoret eller från ditt team.
          </p>
        </div>
        <span className="spacer" />
        <ImportButton />
      </div>
      {info?.firstStart && <WelcomeCard />}
      {error && (
        <p role="alert" className="notice error">
          {error}
        </p>
      )}
      {rounds && rounds.length > 0 && <RoundTable rounds={rounds} />}
      {rounds && rounds.length === 0 && (
        <div className="card empty-state">
          <h2>Inga tävlingsomgångar ännu</h2>
          <p>
            Importera omgångsfilen (<span className="mono">.kvomgang</span>) som du har fått från stadsledningskontoret
            – välj <strong>Importera fil…</strong> eller dra filen hit.
          </p>
        </div>
      )}
      <p className="authoring-link">
        <button type="button" className="button quiet small" onClick={() => navigate({ name: 'authoring' })}>
          För stadsledningskontoret: skapa kriteriepaket och omgångar
        </button>
      </p>
    </div>
  );
}
