import type { EvidenceAnchor } from '../../../shared/domain/assessment';

const short = (text: string) => (text.length > 70 ? `${text.slice(0, 69)}…` : text);

/** A comment's page or paragraph references with their quotes. */
export function EvidenceList({ evidence }: { evidence: readonly EvidenceAnchor[] }) {
  if (evidence.length === 0) return <p className="small muted">Inga belägg</p>;
  return (
    <ul className="evidence-refs" aria-label="Belägg">
      {evidence.map((anchor, i) => (
        <li key={i} className="evidence-ref">
          <span className="chip-where">{anchor.page !== undefined ? `s. ${anchor.page}` : `§ ${anchor.paragraph}`}</span>
          {anchor.quote && <span className="chip-quote"> »{short(anchor.quote)}«</span>}
        </li>
      ))}
    </ul>
  );
}
