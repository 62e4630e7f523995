import { useForm } from '../form/form-context';
import { Field } from '../form/Fields';
import { fieldId } from '../form/paths';
import { contestantPrizes, draftPrizes, withContestantPrizes } from './prize-entries';
import { useRoundSetup } from './round-draft-store';

/** The select's value for "no class": the contestant takes part only in prizes (round.json leaves `class` out). */
const NO_CLASS = '-';

/**
 * What a contestant takes part in: the scored award (a class of the package),
 * the round's prizes, or both — at least one, as formats.md says.
 */
export function ContestantAwards({ index }: { index: number }) {
  const form = useForm();
  const pkg = useRoundSetup((s) => s.pkg);
  const draft = useRoundSetup((s) => s.draft);
  const contestant = draft.contestants[index]!;
  const prizes = draftPrizes(draft);
  const listed = contestantPrizes(contestant);
  const classPath = ['contestants', index, 'class'] as const;
  const stored = (contestant as { class?: string }).class;
  const name = contestant.name || contestant.id;
  const neither = form.errorAt(['contestants', index]);
  return (
    <>
      <Field
        label="Tävlingsklass"
        path={classPath}
        hint={prizes.length > 0 ? 'Välj ”Ingen” för en tävlande som bara deltar i priser.' : undefined}
        control={({ id, invalid, describedBy }) => (
          <select
            id={id}
            value={stored === undefined ? NO_CLASS : stored}
            aria-invalid={invalid}
            aria-describedby={describedBy}
            onChange={(e) => form.edit([...classPath], e.target.value === NO_CLASS ? undefined : e.target.value)}
          >
            <option value="">{pkg ? 'Välj klass' : 'Välj kriteriepaket först'}</option>
            {(pkg?.classes ?? []).map((c) => (
              <option key={c.id} value={c.id}>
                {c.title}
              </option>
            ))}
            <option value={NO_CLASS}>Ingen – bara priser</option>
          </select>
        )}
      />
      {prizes.length > 0 && (
        <fieldset className="subsection checklist wide" id={fieldId(['contestants', index, 'prizes'])} tabIndex={-1}>
          <legend>Priser</legend>
          {prizes.map((prize) => (
            <label key={prize.id} className="check">
              <input
                type="checkbox"
                checked={listed.includes(prize.id)}
                onChange={(e) =>
                  useRoundSetup.getState().change((d) => withContestantPrizes(d, index, e.target.checked ? [...listed, prize.id] : listed.filter((id) => id !== prize.id)))
                }
              />
              {name} deltar i {prize.title || prize.id}
            </label>
          ))}
        </fieldset>
      )}
      {neither && (
        <p className="error wide">
          <span aria-hidden="true">⚠ </span>
          {neither}
        </p>
      )}
    </>
  );
}
