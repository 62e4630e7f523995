import { FEEDBACK_SCORE_LABELS, FEEDBACK_SCORES, type FeedbackPolicy } from '../../../../shared/formats/feedback-policy';
import { useForm } from '../form/form-context';
import { SelectField, TextField } from '../form/Fields';

const PATH = ['round', 'feedback'] as const;

const SCORE_OPTIONS = FEEDBACK_SCORES.map((value) => ({ value, label: FEEDBACK_SCORE_LABELS[value] }));

const EMPTY_POLICY: FeedbackPolicy = { scores: 'none', examinerNames: false, sender: '', contact: { name: '', email: '' } };

/** `round.feedback`: how every återföringsrapport of the round shows scores and names, who sends it, whom to contact. */
export function FeedbackPolicySection() {
  const form = useForm();
  const policy = form.read([...PATH]) as FeedbackPolicy | undefined;
  return (
    <section className="card form-section" aria-labelledby="feedback-policy-title">
      <h2 id="feedback-policy-title">Återföring till de tävlande</h2>
      <p className="muted small">Gäller varje återföringsrapport i omgången. Utan inställningar visar rapporterna varken poäng eller examinatorernas namn och saknar avsändare och kontaktperson.</p>
      <label className="check">
        <input type="checkbox" checked={policy !== undefined} onChange={(e) => form.edit([...PATH], e.target.checked ? EMPTY_POLICY : undefined)} />
        Ange hur återföringen ser ut och vem som skickar den
      </label>
      {policy && (
        <div className="form-grid">
          <SelectField label="Poäng i återföringen" path={[...PATH, 'scores']} options={SCORE_OPTIONS} hint="Nivåernas namn visar bedömningsskalans nivåer utan poäng." />
          <label className="check">
            <input type="checkbox" checked={policy.examinerNames} onChange={(e) => form.edit([...PATH, 'examinerNames'], e.target.checked)} />
            Visa examinatorernas namn
          </label>
          <TextField label="Avsändare" path={[...PATH, 'sender']} className="wide" maxLength={300} hint="Till exempel Stadsledningskontoret, Stockholms stad." />
          <TextField label="Kontaktpersonens namn" path={[...PATH, 'contact', 'name']} maxLength={300} />
          <TextField label="Kontaktpersonens e-post" path={[...PATH, 'contact', 'email']} type="email" maxLength={254} />
          <TextField label="Kontaktpersonens telefon" path={[...PATH, 'contact', 'phone']} maxLength={40} optional />
        </div>
      )}
    </section>
  );
}
