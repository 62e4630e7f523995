import { useEffect } from 'react';
import { DECISION_LABELS } from '../../../shared/contract/jury';
import { decisionsFor, useReceivedDecisions } from './received-decisions-store';
import { siteVisitLabel } from './DecisionSummary';

/** One contestant's word from the jury: the site-visit choice and the final decision with its citation, when here. */
export function ContestantDecision({ roundId, contestantId, className = 'contestant-decision' }: { roundId: string; contestantId: string; className?: string }) {
  const decisions = useReceivedDecisions((s) => (s.roundId === roundId ? s.decisions : null));
  useEffect(() => {
    void useReceivedDecisions.getState().ensure(roundId);
  }, [roundId]);
  const { first, final } = decisionsFor(decisions ?? [], contestantId);
  if (!first && !final) return null;
  return (
    <div className={className} role="group" aria-label="Domarkommitténs beslut">
      <strong>Domarkommittén:</strong>
      {first && (
        <span>
          {' '}
          {siteVisitLabel(first.entry.siteVisit)} <span className="muted small">(första mötet {first.decision.meetingDate})</span>
        </span>
      )}
      {final && final.entry.decision && (
        <span>
          {first ? ' · ' : ' '}
          <span className={`badge ${final.entry.decision === 'none' ? '' : 'success'}`}>{DECISION_LABELS[final.entry.decision]}</span>{' '}
          <span className="muted small">(slutmötet {final.decision.meetingDate})</span>
          {final.entry.text && (
            <q className="citation">
              <bdi>{final.entry.text}</bdi>
            </q>
          )}
        </span>
      )}
    </div>
  );
}
