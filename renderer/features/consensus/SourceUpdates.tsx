import { editableId, runConsensus, useConsensus } from './consensus-store';

/** A member's newer (or late) individual assessment: shown, never applied until the lead takes it in or leaves it out. */
export function SourceUpdates() {
  const view = useConsensus((s) => s.view!);
  const id = useConsensus(editableId);
  if (!id || view.updates.length === 0) return null;
  return (
    <div className="source-updates" role="region" aria-label="Nya bedömningar från teamet">
      {view.updates.map((update) => {
        const name = view.members.find((m) => m.examinerId === update.examinerId)?.name ?? update.examinerId;
        const changes = update.changedScores.length === 0 ? 'Inga poäng ändras.' : `Poängen ändras för ${update.changedScores.join(', ')}.`;
        return (
          <p key={update.examinerId} className="callout warning">
            <span aria-hidden="true">⚠ </span>
            <bdi>{name}</bdi>
            {update.kind === 'newer'
              ? ` har skickat revision ${update.revision}; konsensus bygger på revision ${update.frozenRevision}. ${changes}`
              : `s bedömning (revision ${update.revision}) kom efter att konsensus startade. ${changes}`}{' '}
            <button type="button" className="button small" onClick={() => void runConsensus('consensus:source', { assessmentId: id, examinerId: update.examinerId, action: 'accept' }, `${name}s revision ${update.revision} är med.`)}>
              Ta med revision {update.revision}
            </button>{' '}
            {update.kind === 'newer' && (
              <button type="button" className="button quiet small" onClick={() => void runConsensus('consensus:source', { assessmentId: id, examinerId: update.examinerId, action: 'ignore' }, `Konsensus bygger fortsatt på revision ${update.frozenRevision}.`)}>
                Behåll revision {update.frozenRevision}
              </button>
            )}
          </p>
        );
      })}
    </div>
  );
}
