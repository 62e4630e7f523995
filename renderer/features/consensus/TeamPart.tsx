import { useId, useRef } from 'react';
import type { TeamFieldArg } from '../../../shared/contract/consensus';
import type { Nomination } from '../../../shared/domain/assessment';
import { AutoSizeTextarea } from '../../components/AutoSizeTextarea';
import { editableId, isDraft, nextStepField, editConsensus, useConsensus } from './consensus-store';
import { useAutosave } from '../../app/autosave';
import { useFocusRequest } from './use-focus-request';
import { useOptimisticValue } from './use-optimistic-value';

const NOMINATIONS: readonly [Nomination | null, string][] = [
  ['winner', 'Föreslå som vinnare'],
  ['honourable-mention', 'Föreslå hedersomnämnande'],
  ['none', 'Ingen utmärkelse'],
  [null, 'Inte bestämt'],
];
const VISITS: readonly [boolean | null, string][] = [
  [true, 'Ja, föreslå platsbesök'],
  [false, 'Nej'],
  [null, 'Inte bestämt'],
];

function LongText({ label, hint, stored, locked, field, rows = 4 }: { label: string; hint: string; stored: string; locked: boolean; field: 'citation' | 'summary'; rows?: number }) {
  const id = useConsensus(editableId);
  const inputId = useId();
  const auto = useAutosave(stored, (value) => editConsensus('consensus:set-team', { assessmentId: id!, change: { field, value } }), locked);
  return (
    <div className="field">
      <label htmlFor={inputId}>{label}</label>
      <p className="small muted" id={`${inputId}-hint`}>
        {hint}
      </p>
      <textarea id={inputId} rows={rows} value={auto.text} readOnly={locked} aria-describedby={`${inputId}-hint`} onChange={(e) => auto.onChange(e.target.value)} onBlur={auto.onBlur} />
    </div>
  );
}

function NextStep({ index, stored, locked, steps }: { index: number; stored: string; locked: boolean; steps: readonly string[] }) {
  const id = useConsensus(editableId);
  const inputId = useId();
  const textarea = useRef<HTMLTextAreaElement>(null);
  useFocusRequest(nextStepField(index), textarea);
  const save = (value: string) => editConsensus('consensus:set-team', { assessmentId: id!, change: { field: 'nextSteps', value: steps.map((s, i) => (i === index ? value : s)) } });
  const auto = useAutosave(stored, save, locked);
  return (
    <li>
      <label htmlFor={inputId} className="visually-hidden">
        Nästa steg {index + 1}
      </label>
      <AutoSizeTextarea ref={textarea} id={inputId} rows={2} value={auto.text} readOnly={locked} onChange={(e) => auto.onChange(e.target.value)} onBlur={auto.onBlur} />
      {!locked && (
        <button type="button" className="icon-button" aria-label={`Ta bort nästa steg ${index + 1}`} onClick={() => void editConsensus('consensus:set-team', { assessmentId: id!, change: { field: 'nextSteps', value: steps.filter((_, i) => i !== index) } })}>
          ×
        </button>
      )}
    </li>
  );
}

/** The team's overall part: the summary of key themes, suggested next steps, and the recommendation to the jury. */
export function TeamPart() {
  const view = useConsensus((s) => s.view!);
  const id = useConsensus(editableId);
  const locked = !useConsensus(isDraft) || !id;
  const team = view.assessment!.team;
  const set = (change: TeamFieldArg) => editConsensus('consensus:set-team', { assessmentId: id!, change });
  const [siteVisit, setSiteVisit] = useOptimisticValue(team.recommendation.siteVisit);
  const [nomination, setNomination] = useOptimisticValue(team.recommendation.nomination);
  return (
    <section className="card team-part" aria-labelledby="team-part-title">
      <h2 id="team-part-title" tabIndex={-1}>
        Teamets helhet
      </h2>
      <LongText
        label="Sammanfattning av de viktigaste iakttagelserna"
        hint="Ett stycke per tema, åtskilda av en tom rad. Inleder återföringsrapporten till den tävlande och bedömningen till domarkommittén."
        stored={team.summary}
        locked={locked}
        field="summary"
        rows={6}
      />
      <div className="field">
        <h3 className="field-label">Förslag på nästa steg</h3>
        <p className="small muted">Hela meningar; de står sist i återföringsrapporten.</p>
        <ol className="next-steps">
          {team.nextSteps.map((step, i) => (
            <NextStep key={`${i}/${team.nextSteps.length}`} index={i} stored={step} locked={locked} steps={team.nextSteps} />
          ))}
        </ol>
        {!locked && team.nextSteps.length < 20 && (
          <button
            type="button"
            className="button quiet small"
            onClick={() => void set({ field: 'nextSteps', value: [...team.nextSteps, ''] }).then((done) => done && useConsensus.setState({ focusRequest: nextStepField(team.nextSteps.length) }))}
          >
            <span aria-hidden="true">+</span> Lägg till nästa steg
          </button>
        )}
      </div>
      <fieldset className="field" disabled={locked}>
        <legend>Platsbesök</legend>
        {VISITS.map(([value, label]) => (
          <label key={String(value)} className="check">
            <input type="radio" name="site-visit" checked={siteVisit === value} onChange={() => setSiteVisit(value, () => set({ field: 'siteVisit', value }))} />
            {label}
          </label>
        ))}
      </fieldset>
      <fieldset className="field" disabled={locked}>
        <legend>Rekommendation till domarkommittén</legend>
        {NOMINATIONS.map(([value, label]) => (
          <label key={String(value)} className="check">
            <input type="radio" name="nomination" checked={nomination === value} onChange={() => setNomination(value, () => set({ field: 'nomination', value }))} />
            {label}
          </label>
        ))}
      </fieldset>
      <LongText label="Utkast till motivering" hint="Domarkommitténs motivering om enheten vinner eller får hedersomnämnande." stored={team.recommendation.citation} locked={locked} field="citation" />
    </section>
  );
}
