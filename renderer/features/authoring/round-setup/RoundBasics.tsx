import { useEffect, useState } from 'react';
import type { PackageSummary } from '../../../../shared/contract/packages';
import { reportFailure } from '../../../app/notice-store';
import { useForm } from '../form/form-context';
import { NumberField, TextField } from '../form/Fields';
import { fieldId } from '../form/paths';
import { useRoundSetup } from './round-draft-store';
import { withoutBidiControls } from '../../../../shared/bidi';
import { getPackage, listPackages } from '../requests';

function PackageChoice() {
  const [packages, setPackages] = useState<readonly PackageSummary[]>([]);
  const chosen = useRoundSetup((s) => s.packageSha256);
  const error = useForm().errorAt(['criteriaPackage']);
  useEffect(() => {
    listPackages({}).then(setPackages, (e: unknown) => reportFailure(e));
  }, []);
  const choose = async (sha256: string) => {
    try {
      useRoundSetup.getState().choosePackage(sha256 ? await getPackage({ sha256 }) : null);
    } catch (e) {
      reportFailure(e);
    }
  };
  const id = fieldId(['criteriaPackage']);
  return (
    <div className={`field wide${error ? ' invalid' : ''}`}>
      <label htmlFor={id}>Kriteriepaket</label>
      <select id={id} value={chosen ?? ''} aria-invalid={Boolean(error)} aria-describedby={`${id}-hint`} onChange={(e) => void choose(e.target.value)}>
        <option value="">Välj ett paket på datorn</option>
        {packages.map((p) => (
          <option key={p.sha256} value={p.sha256}>
            {withoutBidiControls(p.title)} (revision {p.revision}){p.exampleMaterial ? ' – övningsmaterial' : ''}
          </option>
        ))}
      </select>
      <span id={`${id}-hint`} className="hint">
        Paketet följer med i omgångsfilen byte för byte. Importera det först om det saknas.
      </span>
      {error && <span className="error">{error}</span>}
    </div>
  );
}

export function RoundBasics() {
  return (
    <section className="card form-section" aria-labelledby="round-basics-title">
      <h2 id="round-basics-title">Omgången</h2>
      <div className="form-grid">
        <TextField label="Omgångens id" path={['round', 'id']} hint="Till exempel ku-2027." />
        <NumberField label="År" path={['round', 'year']} step={1} />
        <TextField label="Titel" path={['round', 'title']} className="wide" />
        <PackageChoice />
      </div>
      <h3>Sista dag</h3>
      <div className="form-grid">
        <TextField label="Individuell bedömning" path={['round', 'deadlines', 'individual']} type="date" />
        <TextField label="Konsensus" path={['round', 'deadlines', 'consensus']} type="date" />
        <TextField label="Platsbesök" path={['round', 'deadlines', 'siteVisits']} type="date" />
        <TextField label="Domarkommittén" path={['round', 'deadlines', 'jury']} type="date" />
      </div>
    </section>
  );
}
