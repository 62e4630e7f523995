import type { MyContestant } from '../../../shared/contract/assessments';
import { rowsNoun } from '../../../shared/domain/prize-aspects';
import { navigate } from '../../app/router-store';

const STATUS_TEXT = { 'not-started': 'Inte påbörjad', draft: 'Utkast', submitted: 'Inlämnad' } as const;

/** On a contestant of mine on the round screen: my progress and the way to the desk. */
export function MyContestantStatus({ roundId, name, mine }: { roundId: string; name: string; mine: MyContestant }) {
  const percent = (100 * mine.done) / Math.max(1, mine.total);
  const action = mine.status === 'not-started' ? 'Bedöm' : mine.status === 'draft' ? 'Fortsätt bedöma' : 'Visa bedömningen';
  return (
    <div className="my-contestant">
      <span className="badge accent">Din tävlande</span>
      <span className="progress">
        <span className="progress-bar" aria-hidden="true">
          <span style={{ width: `${percent}%` }} />
        </span>
        {mine.done} av {mine.total} {rowsNoun(mine.total - mine.aspects, mine.aspects)} klara
      </span>
      <span className={`badge${mine.status === 'submitted' ? ' success' : ''}`}>
        {mine.status === 'submitted' && <span aria-hidden="true">✓ </span>}
        {STATUS_TEXT[mine.status]}
        {mine.revision !== null && mine.revision > 1 ? `, revision ${mine.revision}` : ''}
      </span>
      <span className="spacer" />
      <button
        type="button"
        className="button primary small"
        aria-label={`${action}: ${name}`}
        onClick={() => navigate({ name: 'assessment', roundId, contestantId: mine.contestantId })}
      >
        {action}
      </button>
    </div>
  );
}
