import { formatNumber } from '../../../../shared/format';
import { useForm } from '../form/form-context';
import { NumberField, TextField } from '../form/Fields';
import { ClassTotals } from './ClassTotals';

const P = ['package'] as const;

export function BasicsSection() {
  const total = useForm().read([...P, 'totalPoints']);
  return (
    <section className="card form-section" aria-labelledby="basics-title">
      <h2 id="basics-title">Grunduppgifter</h2>
      <div className="form-grid">
        <TextField label="Paketets id" path={[...P, 'id']} hint="Till exempel ku-2027. Bokstäver a–z, siffror, punkt och bindestreck." />
        <NumberField label="Revision" path={[...P, 'revision']} step={1} hint="Höj revisionen för varje ändrad version av samma paket." />
        <TextField label="Titel" path={[...P, 'title']} className="wide" />
        <TextField label="Utmärkelse" path={[...P, 'award']} className="wide" />
        <NumberField label="År" path={[...P, 'year']} step={1} />
        <TextField label="Utfärdat av" path={[...P, 'issuedBy']} />
        <TextField label="Utfärdat den" path={[...P, 'issuedAt']} type="date" />
        <NumberField
          label="Spridning som kräver diskussion"
          path={[...P, 'consensus', 'spreadThreshold']}
          hint="Kriterier där examinatorernas poäng skiljer sig så mycket eller mer diskuteras vid konsensus."
        />
      </div>
      <p className="total-points">
        Totalt <strong>{typeof total === 'number' ? formatNumber(total) : '–'} poäng</strong>{' '}
        <span className="muted small">(summan av kriteriernas poäng)</span>
      </p>
      <ClassTotals />
      <h3>Regler (frivilliga)</h3>
      <div className="form-grid">
        <NumberField label="Högst antal sidor" path={[...P, 'rules', 'maxPages']} step={1} optional />
        <NumberField label="Styrkor per kriterium, minst" path={[...P, 'rules', 'strengthsPerCriterion', 'min']} step={1} optional />
        <NumberField label="Styrkor per kriterium, högst" path={[...P, 'rules', 'strengthsPerCriterion', 'max']} step={1} optional />
        <NumberField label="Förbättringsområden per kriterium, minst" path={[...P, 'rules', 'improvementsPerCriterion', 'min']} step={1} optional />
        <NumberField label="Förbättringsområden per kriterium, högst" path={[...P, 'rules', 'improvementsPerCriterion', 'max']} step={1} optional />
      </div>
    </section>
  );
}
