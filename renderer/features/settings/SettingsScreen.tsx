import { useAppInfo } from '../../app/app-info-store';
import { useScreenChrome } from '../../app/chrome-store';
import { SigningKeySection } from '../exchange/SigningKeySection';
import { TrustedKeysSection } from '../packages/TrustedKeysSection';
import { BackupsSection } from './BackupsSection';

/** Settings behind the gear: where data lives, backups (keys are added by their features). */
export function SettingsScreen() {
  useScreenChrome([{ label: 'Tävlingsomgångar', route: { name: 'start' } }, { label: 'Inställningar' }]);
  const info = useAppInfo((s) => s.info);
  return (
    <div className="page">
      <div className="page-header">
        <h1>Inställningar</h1>
      </div>
      <section className="card" aria-labelledby="data-title">
        <h2 id="data-title">Var dina uppgifter finns</h2>
        <p>
          Allt du gör i Examinator sparas bara på den här datorn, i databasen nedan. Ingenting skickas någonstans
          förrän du själv exporterar en fil.
        </p>
        <dl className="facts">
          <dt>Datamapp</dt>
          <dd className="mono">{info?.dataDir ?? '…'}</dd>
          <dt>Databas</dt>
          <dd className="mono">{info?.databaseFile ?? '…'}</dd>
          {info?.exportDir && (
            <>
              <dt>Exporterade filer</dt>
              <dd>
                <span className="mono">{info.exportDir}</span>
                <div className="muted small">Här sparas filerna som du exporterar eller skapar i webbläsarläget (i appen frågar en dialogruta var).</div>
              </dd>
            </>
          )}
          <dt>Version</dt>
          <dd>
            Examinator {info?.version ?? '…'} (databasschema {info?.schemaVersion ?? '…'})
          </dd>
        </dl>
      </section>
      <SigningKeySection />
      <TrustedKeysSection />
      <BackupsSection />
    </div>
  );
}
