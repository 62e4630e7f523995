import { useLive } from './consensus-live';
import { editableId, isDraft, useConsensus } from './consensus-store';
import { MemberComments } from './MemberComments';
import { TeamLists } from './TeamLists';

/**
 * One aspect of a prize at consensus: what it asks, the members' comments side
 * by side to take or merge, and the team's lists. A prize is assessed in
 * writing: no score, no spread, no rationale.
 */
export function AspectConsensus({ aspectKey }: { aspectKey: string }) {
  const live = useLive();
  const sources = useConsensus((s) => s.view!.sources.length);
  const id = useConsensus(editableId);
  const draft = useConsensus(isDraft);
  const row = live?.aspects.find((r) => r.aspect.key === aspectKey);
  if (!row) return null;
  const { prize, aspect, progress } = row;
  const locked = !draft || !id;
  return (
    <section className="card criterion-consensus aspect-consensus" aria-labelledby="consensus-criterion-title">
      <p className="prize-eyebrow small">
        <span className="badge accent">Pris</span> {prize.title}
      </p>
      <h2 id="consensus-criterion-title" tabIndex={-1}>
        {aspect.title}
      </h2>
      <p className="aspect-asks">{aspect.description}</p>
      <p className="small muted">
        Bedöms i ord, utan poäng: teamets styrkor och förbättringsområden med belägg.{' '}
        {progress.done ? 'Aspekten är klar.' : 'Klar när teamet har minst en styrka eller ett förbättringsområde.'}
      </p>
      {sources > 0 && <MemberComments criterionId={aspectKey} locked={locked} />}
      <TeamLists criterionId={aspectKey} locked={locked} />
    </section>
  );
}
