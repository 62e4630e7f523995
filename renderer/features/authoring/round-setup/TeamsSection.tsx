import { conflictNote, conflictsOfInterest } from '../../../../shared/formats/conflicts-of-interest';
import { danglingIds } from '../../../../shared/formats/id-references';
import { useForm } from '../form/form-context';
import { Fold } from '../form/Fold';
import { SelectField, TextField } from '../form/Fields';
import { DanglingChecks } from '../form/DanglingChecks';
import { ItemControls } from '../form/ListControls';
import { fieldId, nextId } from '../form/paths';
import { useRoundSetup } from './round-draft-store';
import { newTeam, type RoundDraft } from './templates';

const LIST = ['teams'] as const;
type Team = RoundDraft['teams'][number];

function toggled(list: readonly string[], id: string, on: boolean): string[] {
  return on ? [...list, id] : list.filter((x) => x !== id);
}

/** Who would be jäv if this contestant were assessed by this team: shown before and after ticking. */
function conflictText(draft: RoundDraft, team: Team, contestantId: string): string | null {
  return conflictNote(conflictsOfInterest({ ...draft, teams: [{ ...team, contestants: [contestantId] }] }));
}

function TeamFields({ index, team, draft }: { index: number; team: Team; draft: RoundDraft }) {
  const form = useForm();
  const path = [...LIST, index];
  const elsewhere = new Map(draft.teams.flatMap((t, i) => (i === index ? [] : t.contestants.map((c) => [c, t.id] as const))));
  const membersError = form.errorsUnder([...path, 'members']) > 0;
  return (
    <>
      <div className="form-grid">
        <TextField label="Teamets id" path={[...path, 'id']} />
        <SelectField
          label="Utvärderingsledare"
          path={[...path, 'lead']}
          placeholder="Välj bland medlemmarna"
          options={draft.examiners.filter((e) => team.members.includes(e.id)).map((e) => ({ value: e.id, label: e.name || e.id }))}
        />
      </div>
      <fieldset className="subsection checklist" id={fieldId([...path, 'members'])} tabIndex={-1} aria-invalid={membersError}>
        <legend>Medlemmar</legend>
        {draft.examiners.map((examiner) => (
          <label key={examiner.id} className="check">
            <input type="checkbox" checked={team.members.includes(examiner.id)} onChange={(e) => form.edit([...path, 'members'], toggled(team.members, examiner.id, e.target.checked))} />
            {examiner.name || examiner.id} <span className="muted small">{examiner.organisation}</span>
          </label>
        ))}
        <DanglingChecks
          ids={danglingIds(team.members, draft.examiners.map((e) => e.id))}
          where="bland examinatorerna"
          onRemove={(id) => form.edit([...path, 'members'], toggled(team.members, id, false))}
        />
      </fieldset>
      <fieldset className="subsection checklist" id={fieldId([...path, 'contestants'])} tabIndex={-1}>
        <legend>Bedömer</legend>
        {draft.contestants.map((contestant) => {
          const checked = team.contestants.includes(contestant.id);
          const conflict = conflictText(draft, team, contestant.id);
          const other = elsewhere.get(contestant.id);
          return (
            <div key={contestant.id} className="check-row">
              <label className="check">
                <input type="checkbox" checked={checked} onChange={(e) => form.edit([...path, 'contestants'], toggled(team.contestants, contestant.id, e.target.checked))} />
                {contestant.name || contestant.id} <span className="muted small">{contestant.organisation}</span>
              </label>
              {other && <span className="muted small">bedöms också av team {other}</span>}
              {conflict && (
                <span className={checked ? 'conflict error' : 'conflict warning-text'}>
                  <span aria-hidden="true">⚠ </span>
                  {conflict}
                </span>
              )}
            </div>
          );
        })}
        <DanglingChecks
          ids={danglingIds(team.contestants, draft.contestants.map((c) => c.id))}
          where="bland de tävlande"
          onRemove={(id) => form.edit([...path, 'contestants'], toggled(team.contestants, id, false))}
        />
      </fieldset>
    </>
  );
}

export function TeamsSection() {
  const draft = useRoundSetup((s) => s.draft);
  const { append, remove, move } = useRoundSetup();
  return (
    <section className="card form-section" aria-labelledby="teams-title">
      <h2 id="teams-title">Team</h2>
      <p className="muted small">Varje tävlande bedöms av exakt ett team. Ingen examinator får bedöma en tävlande från sin egen organisation (jäv).</p>
      {draft.teams.map((team, index) => (
        <Fold key={index} path={[...LIST, index]} title={`Team ${team.id}`} open actions={<ItemControls name={`team ${team.id}`} index={index} count={draft.teams.length} onMove={(d) => move(LIST, index, d)} onRemove={() => remove(LIST, index)} />}>
          <TeamFields index={index} team={team} draft={draft} />
        </Fold>
      ))}
      <button type="button" className="button small" onClick={() => append(LIST, newTeam(nextId(draft.teams, 'lag-')))}>
        Lägg till team
      </button>
    </section>
  );
}
