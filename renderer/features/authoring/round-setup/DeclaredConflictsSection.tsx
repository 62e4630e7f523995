import type { DeclaredConflict } from '../../../../shared/formats/conflicts-of-interest';
import { SelectField, TextField } from '../form/Fields';
import { ItemControls } from '../form/ListControls';
import { useRoundSetup } from './round-draft-store';

const LIST = ['declaredConflicts'] as const;

/** Jäv an examiner declared (a former workplace, a relative): that examiner's team may not assess that contestant. */
export function DeclaredConflictsSection() {
  const draft = useRoundSetup((s) => s.draft);
  const { append, remove, move } = useRoundSetup();
  // Optional in round.json, so a new draft has none until one is declared.
  const declared = (draft as { declaredConflicts?: DeclaredConflict[] }).declaredConflicts ?? [];
  const examiners = draft.examiners.map((e) => ({ value: e.id, label: e.name || e.id }));
  const contestants = draft.contestants.map((c) => ({ value: c.id, label: c.name || c.id }));
  return (
    <section className="card form-section" aria-labelledby="declared-conflicts-title">
      <h2 id="declared-conflicts-title">Anmält jäv</h2>
      <p className="muted small">Jäv som en examinator själv har anmält, till exempel en tidigare arbetsplats eller en släkting. Examinatorns team får inte bedöma den tävlande.</p>
      <ol className="edit-list">
        {declared.map((_conflict, index) => (
          <li key={index} className="edit-row">
            <SelectField label="Examinator" path={[...LIST, index, 'examiner']} placeholder="Välj examinator" options={examiners} />
            <SelectField label="Tävlande" path={[...LIST, index, 'contestant']} placeholder="Välj tävlande" options={contestants} />
            <TextField label="Skäl" path={[...LIST, index, 'reason']} maxLength={500} />
            <ItemControls name={`anmält jäv ${index + 1}`} index={index} count={declared.length} onMove={(d) => move(LIST, index, d)} onRemove={() => remove(LIST, index)} />
          </li>
        ))}
      </ol>
      <button type="button" className="button small" onClick={() => append(LIST, { examiner: '', contestant: '', reason: '' })}>
        Anmäl jäv
      </button>
    </section>
  );
}
