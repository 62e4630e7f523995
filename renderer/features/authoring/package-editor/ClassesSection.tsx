import { useForm } from '../form/form-context';
import { TextField } from '../form/Fields';
import { IdField } from '../form/IdField';
import { ItemControls } from '../form/ListControls';
import { nextId } from '../form/paths';
import { usePackageEditor } from './package-draft-store';
import { newClass } from './templates';

const LIST = ['package', 'classes'] as const;

export function ClassesSection() {
  const classes = (useForm().read(LIST) ?? []) as { id: string; title: string }[];
  const { append, remove, move, renameId } = usePackageEditor();
  return (
    <section className="card form-section" aria-labelledby="classes-edit-title">
      <h2 id="classes-edit-title">Tävlingsklasser</h2>
      <ol className="edit-list">
        {classes.map((item, index) => (
          <li key={index} className="edit-row">
            <IdField label="Id" path={[...LIST, index, 'id']} taken={classes.filter((_, i) => i !== index).map((c) => c.id)} onRename={(to) => renameId('class', index, to)} />
            <TextField label="Namn" path={[...LIST, index, 'title']} className="wide" />
            <ItemControls name={`klassen ${item.title || item.id}`} index={index} count={classes.length} onMove={(d) => move(LIST, index, d)} onRemove={() => remove(LIST, index)} />
          </li>
        ))}
      </ol>
      <button type="button" className="button small" onClick={() => append(LIST, newClass(nextId(classes, 'klass-')))}>
        Lägg till tävlingsklass
      </button>
    </section>
  );
}
