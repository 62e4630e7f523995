import { DECISION_LABELS, MEETING_LABELS, type ReceivedDecisionView } from '../../../shared/contract/jury';
import type { DecisionEntry } from './received-decisions-store';

export const siteVisitLabel = (siteVisit: boolean | null) => (siteVisit === null ? '–' : siteVisit ? 'Platsbesök' : 'Inget platsbesök');

/** What the entry says at its meeting: the site-visit choice (first) or the decision (final). */
export const entryOutcome = (meeting: ReceivedDecisionView['meeting'], entry: DecisionEntry) =>
  meeting === 'first' ? siteVisitLabel(entry.siteVisit) : entry.decision ? DECISION_LABELS[entry.decision] : '–';

/** The meeting, its date, revision, members and the signer's fingerprint. */
export function DecisionFacts({ decision }: { decision: ReceivedDecisionView }) {
  return (
    <dl className="facts">
      <dt>Möte</dt>
      <dd>{MEETING_LABELS[decision.meeting]}, revision {decision.revision}</dd>
      <dt>Mötesdatum</dt>
      <dd>{decision.meetingDate}</dd>
      <dt>Ledamöter</dt>
      <dd>{decision.members.map((m, i) => <bdi key={i}>{i > 0 ? ', ' : ''}{m}</bdi>)}</dd>
      <dt>Signerat av</dt>
      <dd>
        nyckeln med fingeravtrycket <span className="mono">{decision.signerFingerprint}</span>
        {decision.exampleMaterial ? ' (exempelnyckeln – övningsmaterial)' : ''}
      </dd>
    </dl>
  );
}

/** Per contestant the choice or decision, and the citation (or the first meeting's note). */
export function DecisionTable({ decision, only }: { decision: ReceivedDecisionView; only?: ReadonlySet<string> }) {
  const first = decision.meeting === 'first';
  const entries = only ? decision.entries.filter((e) => only.has(e.contestantId)) : decision.entries;
  return (
    <table className="data decision-table">
      <caption className="visually-hidden">{MEETING_LABELS[decision.meeting]}</caption>
      <thead>
        <tr>
          <th scope="col">Tävlande</th>
          <th scope="col">Klass</th>
          <th scope="col">{first ? 'Platsbesök' : 'Beslut'}</th>
          <th scope="col">{first ? 'Anteckning' : 'Motivering'}</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((entry) => (
          <tr key={entry.contestantId}>
            <th scope="row"><bdi>{entry.name}</bdi></th>
            <td><bdi>{entry.award}</bdi></td>
            <td>{entryOutcome(decision.meeting, entry)}</td>
            <td><bdi>{entry.text || '–'}</bdi></td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
