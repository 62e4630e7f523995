import type { UnitKind } from '../../../shared/contract/documents';
import type { MarkedPassage } from './reader-store';
import { EvidenceChip } from './EvidenceChip';

/** The reader's side panel: passages marked this session, each a chip that jumps back to it. */
export function MarkedPassages({ unitKind, passages, onJump }: { unitKind: UnitKind; passages: readonly MarkedPassage[]; onJump(id: string): void }) {
  const strengths = passages.filter((p) => p.kind === 'strength');
  const improvements = passages.filter((p) => p.kind === 'improvement');
  return (
    <aside className="marked-passages" aria-labelledby="marked-title">
      <h2 id="marked-title">Markerade belägg</h2>
      <p className="small muted">
        Markera text i dokumentet och välj <strong>Lägg till som belägg</strong>. Här sparas belägg bara medan dokumentet är
        öppet; i bedömningen läggs de på kriteriets styrkor och förbättringsområden.
      </p>
      {[
        { title: 'Styrkor', list: strengths },
        { title: 'Förbättringsområden', list: improvements },
      ].map(({ title, list }) => (
        <section key={title}>
          <h3>
            {title} ({list.length})
          </h3>
          {list.length === 0 ? (
            <p className="small muted">Inga ännu.</p>
          ) : (
            <ul className="chip-list">
              {list.map((passage) => (
                <li key={passage.id}>
                  <EvidenceChip label={passage.label} anchor={passage.anchor} unitKind={unitKind} onJump={() => onJump(passage.id)} />
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </aside>
  );
}
