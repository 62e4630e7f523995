import { navigate } from '../../app/router-store';
import { useRoundConsensus } from './round-status-store';

const STAGE = { consensus: 'Konsensus', 'site-visit': 'Efter platsbesök' } as const;

/** On a contestant of my team: the team's consensus, as far as it has come, and the way into it. */
export function ConsensusAction({ roundId, contestantId, name, submitted }: { roundId: string; contestantId: string; name: string; submitted: boolean }) {
  const status = useRoundConsensus((s) => (s.roundId === roundId ? s.statuses.find((c) => c.contestantId === contestantId) : undefined));
  if (!status) return null;
  const arrived = `${status.sourcesHere} av ${status.members} bedömningar här`;
  let text: string;
  let action: string | null;
  if (status.lead) {
    text = status.stage ? `${STAGE[status.stage]}: ${status.status === 'submitted' ? 'inlämnad' : 'utkast'}, revision ${status.revision}` : `Konsensus: ${arrived}`;
    action = status.stage ? 'Öppna konsensus' : submitted ? 'Förbered konsensus' : null;
  } else {
    text = status.stage ? `Teamets bedömning (${STAGE[status.stage].toLowerCase()}) har kommit, revision ${status.revision}` : 'Teamets konsensusbedömning har inte kommit ännu';
    action = status.stage ? 'Visa teamets bedömning' : null;
  }
  return (
    <div className="my-contestant consensus-line">
      <span className="badge">{status.lead ? 'Du leder konsensus' : 'Konsensus'}</span>
      <span className="small">{text}</span>
      <span className="spacer" />
      {action && (
        <button type="button" className="button small" aria-label={`${action}: ${name}`} onClick={() => navigate({ name: 'consensus', roundId, contestantId })}>
          {action}
        </button>
      )}
      {!action && status.lead && <span className="small muted">Lämna in din egen bedömning först</span>}
    </div>
  );
}
