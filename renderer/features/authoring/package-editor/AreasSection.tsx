import { formatNumber } from '../../../../shared/format';
import type { Area, CompetitionClass, Criterion, Scale } from '../../../../shared/formats/criteria-package';
import { danglingIds } from '../../../../shared/formats/id-references';
import { useForm } from '../form/form-context';
import { Fold } from '../form/Fold';
import { LinesField, NumberField, SelectField, TextField } from '../form/Fields';
import { DanglingChecks } from '../form/DanglingChecks';
import { ItemControls } from '../form/ListControls';
import { fieldId, nextId, type Path } from '../form/paths';
import { usePackageEditor } from './package-draft-store';
import { newArea, newCriterion } from './templates';

const LIST = ['package', 'areas'] as const;

/** Which classes a criterion applies to; none ticked = all (the member is left out). */
function ClassChecklist({ path, classes }: { path: Path; classes: readonly CompetitionClass[] }) {
  const form = useForm();
  const chosen = (form.read(path) ?? []) as string[];
  const toggle = (id: string, on: boolean) => {
    const next = on ? [...chosen, id] : chosen.filter((c) => c !== id);
    form.edit(path, next.length === 0 ? undefined : next);
  };
  const error = form.errorAt(path) ?? chosen.map((_, i) => form.errorAt([...path, i])).find(Boolean);
  return (
    <fieldset className="subsection checklist" id={fieldId(path)} tabIndex={-1}>
      <legend>Gäller tävlingsklasser</legend>
      <p className="hint muted small">Ingen markerad: kriteriet gäller alla klasser.</p>
      {classes.map((c) => (
        <label key={c.id} className="check">
          <input type="checkbox" checked={chosen.includes(c.id)} onChange={(e) => toggle(c.id, e.target.checked)} />
          {c.title || c.id}
        </label>
      ))}
      <DanglingChecks ids={danglingIds(chosen, classes.map((c) => c.id))} where="bland tävlingsklasserna" onRemove={(id) => toggle(id, false)} />
      {error && <p className="error">{error}</p>}
    </fieldset>
  );
}

function CriterionFields({ path, scales, classes }: { path: Path; scales: readonly Scale[]; classes: readonly CompetitionClass[] }) {
  const scale = useForm().read([...path, 'scale']);
  // A scale that is gone stays visible in the list (and marked) until another is chosen.
  const missing = typeof scale === 'string' && scale !== '' && !scales.some((s) => s.id === scale) ? [{ value: scale, label: `${scale} (finns inte längre)` }] : [];
  return (
    <>
      <div className="form-grid">
        <TextField label="Id" path={[...path, 'id']} />
        <TextField label="Rubrik" path={[...path, 'title']} className="wide" />
        <SelectField label="Typ av kriterium" path={[...path, 'kind']} options={[{ value: 'process', label: 'Processkriterium' }, { value: 'result', label: 'Resultatkriterium' }]} />
        <SelectField label="Skala" path={[...path, 'scale']} placeholder="Välj skala" options={[...scales.map((s) => ({ value: s.id, label: s.title || s.id })), ...missing]} />
        <NumberField label="Poäng" path={[...path, 'points']} />
      </div>
      <TextField label="Beskrivning" path={[...path, 'description']} multiline />
      <LinesField label="Frågor till den tävlande" path={[...path, 'questions']} />
      <TextField label="Vägledning för examinatorer" path={[...path, 'guidance']} multiline />
      <ClassChecklist path={[...path, 'classes']} classes={classes} />
    </>
  );
}

export function AreasSection() {
  const form = useForm();
  const areas = (form.read(LIST) ?? []) as Area[];
  const scales = (form.read(['package', 'scales']) ?? []) as Scale[];
  const classes = (form.read(['package', 'classes']) ?? []) as CompetitionClass[];
  const { append, remove, move } = usePackageEditor();
  const firstScale = scales[0]?.id ?? '';
  return (
    <section className="card form-section" aria-labelledby="areas-edit-title">
      <h2 id="areas-edit-title">Områden och kriterier</h2>
      {areas.map((area, a) => {
        const path = [...LIST, a];
        const criteria = area.criteria ?? [];
        const name = `${area.id} ${area.title}`.trim() || `område ${a + 1}`;
        return (
          <Fold key={a} path={path} title={`Område ${name}`} actions={<ItemControls name={`området ${name}`} index={a} count={areas.length} onMove={(d) => move(LIST, a, d)} onRemove={() => remove(LIST, a)} />}>
            <div className="form-grid">
              <TextField label="Id" path={[...path, 'id']} />
              <TextField label="Rubrik" path={[...path, 'title']} className="wide" />
            </div>
            <TextField label="Beskrivning" path={[...path, 'description']} multiline />
            <div className="criteria-list">
              {criteria.map((criterion: Criterion, c) => {
                const cpath = [...path, 'criteria', c];
                const cname = `${criterion.id} ${criterion.title}`.trim() || `kriterium ${c + 1}`;
                const points = typeof criterion.points === 'number' ? ` (${formatNumber(criterion.points)} p)` : '';
                return (
                  <Fold
                    key={c}
                    path={cpath}
                    title={`Kriterium ${cname}${points}`}
                    actions={<ItemControls name={`kriteriet ${cname}`} index={c} count={criteria.length} onMove={(d) => move([...path, 'criteria'], c, d)} onRemove={() => remove([...path, 'criteria'], c)} />}
                  >
                    <CriterionFields path={cpath} scales={scales} classes={classes} />
                  </Fold>
                );
              })}
            </div>
            <button type="button" className="button small" onClick={() => append([...path, 'criteria'], newCriterion(`${area.id}.${criteria.length + 1}`, firstScale))}>
              Lägg till kriterium i området
            </button>
          </Fold>
        );
      })}
      <button type="button" className="button small" onClick={() => append(LIST, newArea(nextId(areas, ''), firstScale))}>
        Lägg till område
      </button>
    </section>
  );
}
