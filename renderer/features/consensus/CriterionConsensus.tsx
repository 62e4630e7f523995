import { useId } from 'react';
import { formatNumber } from '../../../shared/format';
import { needsRationale } from '../../../shared/scoring/consensus';
import { bandFor } from '../../../shared/scoring/scale';
import { scoreText } from '../../components/score-format';
import { ScorePicker } from '../../components/ScorePicker';
import { Warnings } from '../../components/Warnings';
import { useLive } from './consensus-live';
import { editableId, isDraft, editConsensus, useConsensus } from './consensus-store';
import { MemberComments } from './MemberComments';
import { TeamLists } from './TeamLists';
import { useAutosave } from '../../app/autosave';
import { useOptimisticValue } from './use-optimistic-value';

function TextField({ label, hint, stored, locked, onSave, required }: { label: string; hint?: string; stored: string; locked: boolean; onSave(text: string): Promise<unknown>; required?: boolean }) {
  const id = useId();
  const field = useAutosave(stored, onSave, locked);
  return (
    <div className="field">
      <label htmlFor={id}>
        {label}
        {required && <span className="required"> (krävs)</span>}
      </label>
      {hint && (
        <p className="small muted" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <textarea
        id={id}
        rows={3}
        value={field.text}
        readOnly={locked}
        aria-describedby={hint ? `${id}-hint` : undefined}
        aria-required={required || undefined}
        onChange={(event) => field.onChange(event.target.value)}
        onBlur={field.onBlur}
      />
    </div>
  );
}

/** One criterion at consensus: how the team scored it, the agreed score, why, and the team's comments built from the members'. */
export function CriterionConsensus({ criterionId }: { criterionId: string }) {
  const live = useLive();
  const view = useConsensus((s) => s.view!);
  const id = useConsensus(editableId);
  const draft = useConsensus(isDraft);
  const threshold = useConsensus((s) => s.pkg?.consensus.spreadThreshold ?? 0);
  const row = live?.rows.find((r) => r.criterion.id === criterionId);
  const [discussed, setDiscussed] = useOptimisticValue(row?.team.discussed ?? false);
  const [score, setScore] = useOptimisticValue(row?.team.score ?? null);
  if (!row) return null;
  const { criterion, scale, team, disagreement: d, progress } = row;
  const locked = !draft || !id;
  const band = team.score === null ? null : bandFor(scale, team.score);
  const outside = needsRationale(team.score, d);
  const visit = team.siteVisit;
  const byInitials = view.members.map((m) => {
    const score = team.individualScores.find((s) => s.examinerId === m.examinerId)?.score;
    return `${m.initials} ${score === undefined ? 'saknas' : score === null ? '–' : formatNumber(score, 2)}`;
  });
  return (
    <section className="card criterion-consensus" aria-labelledby="consensus-criterion-title">
      <h2 id="consensus-criterion-title" tabIndex={-1}>
        {criterion.id} {criterion.title}
      </h2>
      <p className="small muted">
        {criterion.kind === 'result' ? 'Resultatkriterium' : 'Processkriterium'} · {formatNumber(criterion.points)} poäng · skala {scale.title}
      </p>
      <p className="consensus-stats">
        Individuella poäng: {byInitials.join(' · ')}
        {d.spread !== null && (
          <>
            {' '}
            — spridning {formatNumber(d.spread, 2)} (gränsen {formatNumber(threshold)}), standardavvikelse{' '}
            {formatNumber(d.standardDeviation!, 1)}, {d.bandsSpanned} {d.bandsSpanned === 1 ? 'nivå' : 'nivåer'}, medel {formatNumber(d.mean!, 1)}
          </>
        )}
      </p>
      {d.mustDiscuss && (
        <label className="check discuss">
          <input
            type="checkbox"
            checked={discussed}
            disabled={locked}
            onChange={(event) => {
              const value = event.target.checked;
              setDiscussed(value, () => editConsensus('consensus:set-discussed', { assessmentId: id!, criterionId, discussed: value }));
            }}
          />
          Teamet har diskuterat kriteriet (spridningen når gränsen)
        </label>
      )}
      <div className="panel-section">
        <h3>{visit ? 'Poäng efter platsbesöket' : 'Teamets poäng'}</h3>
        {visit && (
          <p className="small">
            Före platsbesöket: <strong>{visit.scoreBefore === null ? 'ingen poäng' : scoreText(visit.scoreBefore, scale)}</strong>
            {visit.scoreBefore !== null && bandFor(scale, visit.scoreBefore) && ` (${bandFor(scale, visit.scoreBefore)!.label})`}
          </p>
        )}
        <ScorePicker
          criterionId={criterion.id}
          scale={scale}
          score={score}
          locked={locked}
          onChange={(value) => setScore(value, () => editConsensus('assessment:set-score', { assessmentId: id!, criterionId, score: value }))}
        />
        {band && (
          <p className="small band-now">
            <strong>{band.label}</strong> — {band.descriptor}
          </p>
        )}
      </div>
      <Warnings warnings={progress.warnings} />
      {visit && (
        <TextField
          label="Vad platsbesöket visade"
          hint="Krävs när poängen ändras efter besöket."
          stored={visit.note}
          locked={locked}
          required={visit.scoreBefore !== team.score}
          onSave={(text) => editConsensus('consensus:set-visit-note', { assessmentId: id!, criterionId, text })}
        />
      )}
      <TextField
        label="Motivering till teamets poäng"
        hint={outside ? `Poängen ligger utanför de individuella poängen (${formatNumber(d.min!, 2)}–${formatNumber(d.max!, 2)}): skriv varför.` : 'Frivillig när poängen ligger inom de individuella poängen.'}
        stored={team.rationale}
        locked={locked}
        required={outside}
        onSave={(text) => editConsensus('consensus:set-rationale', { assessmentId: id!, criterionId, text })}
      />
      {view.sources.length > 0 && <MemberComments criterionId={criterionId} locked={locked} />}
      <TeamLists criterionId={criterionId} locked={locked} />
    </section>
  );
}
