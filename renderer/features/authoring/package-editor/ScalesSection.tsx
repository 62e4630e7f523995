import type { Band, Scale } from '../../../../shared/formats/criteria-package';
import { useForm } from '../form/form-context';
import { Fold } from '../form/Fold';
import { NumberField, TextField } from '../form/Fields';
import { IdField } from '../form/IdField';
import { ItemControls } from '../form/ListControls';
import { nextId, type Path } from '../form/paths';
import { usePackageEditor } from './package-draft-store';
import { newAttribute, newBand, newScale } from './templates';

const LIST = ['package', 'scales'] as const;

function BandsEditor({ path, scale }: { path: Path; scale: Scale }) {
  const { append, remove, move } = usePackageEditor();
  const bands = scale.bands ?? [];
  const last: Band | undefined = bands.at(-1);
  const step = typeof scale.step === 'number' ? scale.step : 1;
  const nextFrom = last && typeof last.to === 'number' ? last.to + step : scale.min;
  return (
    <fieldset className="subsection">
      <legend>Nivåer</legend>
      <p className="hint muted small">I ordning: det första börjar på min, det sista slutar på max, utan luckor eller överlapp.</p>
      <ol className="edit-list">
        {bands.map((band, index) => (
          <li key={index} className="edit-row band-row">
            <NumberField label="Från" path={[...path, index, 'from']} />
            <NumberField label="Till" path={[...path, index, 'to']} />
            <TextField label="Nivå" path={[...path, index, 'label']} />
            <TextField label="Beskrivning" path={[...path, index, 'descriptor']} multiline className="wide" />
            <ItemControls name={`nivån ${band.label || index + 1}`} index={index} count={bands.length} onMove={(d) => move(path, index, d)} onRemove={() => remove(path, index)} />
          </li>
        ))}
      </ol>
      <button type="button" className="button small" onClick={() => append(path, newBand(nextFrom, nextFrom))}>
        Lägg till nivå
      </button>
    </fieldset>
  );
}

function AttributesEditor({ path, scale }: { path: Path; scale: Scale }) {
  const { append, remove, move, edit } = usePackageEditor();
  const attributes = scale.attributes ?? [];
  return (
    <fieldset className="subsection">
      <legend>Aspekter (frivilliga)</legend>
      <ol className="edit-list">
        {attributes.map((attribute, index) => (
          <li key={index} className="edit-row">
            <TextField label="Id" path={[...path, index, 'id']} />
            <TextField label="Namn" path={[...path, index, 'title']} />
            <TextField label="Beskrivning" path={[...path, index, 'description']} multiline className="wide" />
            <ItemControls
              name={`aspekten ${attribute.title || attribute.id}`}
              index={index}
              count={attributes.length}
              onMove={(d) => move(path, index, d)}
              // The last one removed: the optional member goes too.
              onRemove={() => (attributes.length === 1 ? edit(path, undefined) : remove(path, index))}
            />
          </li>
        ))}
      </ol>
      <button type="button" className="button small" onClick={() => append(path, newAttribute(nextId(attributes, 'aspekt-')))}>
        Lägg till aspekt
      </button>
    </fieldset>
  );
}

export function ScalesSection() {
  const scales = (useForm().read(LIST) ?? []) as Scale[];
  const { append, remove, move, renameId } = usePackageEditor();
  return (
    <section className="card form-section" aria-labelledby="scales-edit-title">
      <h2 id="scales-edit-title">Bedömningsskalor</h2>
      {scales.map((scale, index) => {
        const path = [...LIST, index];
        const name = scale.title || scale.id || `skala ${index + 1}`;
        return (
          <Fold
            key={index}
            path={path}
            title={`Skala: ${name}`}
            actions={<ItemControls name={`skalan ${name}`} index={index} count={scales.length} onMove={(d) => move(LIST, index, d)} onRemove={() => remove(LIST, index)} />}
          >
            <div className="form-grid">
              <IdField label="Id" path={[...path, 'id']} taken={scales.filter((_, i) => i !== index).map((s) => s.id)} onRename={(to) => renameId('scale', index, to)} />
              <TextField label="Namn" path={[...path, 'title']} className="wide" />
              <NumberField label="Min" path={[...path, 'min']} />
              <NumberField label="Max" path={[...path, 'max']} />
              <NumberField label="Steg" path={[...path, 'step']} />
              <TextField label="Enhet" path={[...path, 'unit']} optional hint="Till exempel %. Får vara tom." />
            </div>
            <BandsEditor path={[...path, 'bands']} scale={scale} />
            <AttributesEditor path={[...path, 'attributes']} scale={scale} />
          </Fold>
        );
      })}
      <button type="button" className="button small" onClick={() => append(LIST, newScale(nextId(scales, 'skala-')))}>
        Lägg till skala
      </button>
    </section>
  );
}
