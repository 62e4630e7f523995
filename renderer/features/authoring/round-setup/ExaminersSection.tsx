import { TextField } from '../form/Fields';
import { IdField } from '../form/IdField';
import { ItemControls } from '../form/ListControls';
import { nextId } from '../form/paths';
import { useRoundSetup } from './round-draft-store';
import { SigningKeyField } from './SigningKeyField';
import { newExaminer } from './templates';

const LIST = ['examiners'] as const;

export function ExaminersSection() {
  const examiners = useRoundSetup((s) => s.draft.examiners);
  const { append, remove, move, renameId } = useRoundSetup();
  return (
    <section className="card form-section" aria-labelledby="examiners-title">
      <h2 id="examiners-title">Examinatorer</h2>
      <ol className="edit-list">
        {examiners.map((examiner, index) => (
          <li key={index} className="edit-row">
            <IdField label="Id" path={[...LIST, index, 'id']} taken={examiners.filter((_, i) => i !== index).map((e) => e.id)} onRename={(to) => renameId('examiner', index, to)} />
            <TextField label="Namn" path={[...LIST, index, 'name']} />
            <TextField label="E-post" path={[...LIST, index, 'email']} type="email" />
            <TextField label="Organisation" path={[...LIST, index, 'organisation']} />
            <SigningKeyField path={[...LIST, index, 'signingKey']} examinerName={examiner.name} />
            <ItemControls name={examiner.name || examiner.id} index={index} count={examiners.length} onMove={(d) => move(LIST, index, d)} onRemove={() => remove(LIST, index)} />
          </li>
        ))}
      </ol>
      <button type="button" className="button small" onClick={() => append(LIST, newExaminer(nextId(examiners, 'e-')))}>
        Lägg till examinator
      </button>
    </section>
  );
}
