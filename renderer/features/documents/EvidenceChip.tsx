import type { UnitKind } from '../../../shared/contract/documents';
import type { EvidenceAnchor } from '../../../shared/domain/assessment';

const short = (text: string) => (text.length > 80 ? `${text.slice(0, 79)}…` : text);

/** A cited passage as a chip ("s. 12 »…«"); activating it jumps to the passage and flashes it. */
export function EvidenceChip(props: { label?: string; anchor: EvidenceAnchor; unitKind: UnitKind; lost?: boolean; onJump(): void }) {
  const where = props.anchor.page !== undefined ? `s. ${props.anchor.page}` : `§ ${props.anchor.paragraph}`;
  return (
    <button type="button" className={`evidence-chip${props.lost ? ' lost' : ''}`} onClick={props.onJump} title={`Visa passagen (${props.unitKind === 'page' ? 'sida' : 'stycke'})`}>
      {props.label && <span className="chip-label">{props.label}</span>}
      <span className="chip-where">{props.lost ? `⚠ hittas inte (${where})` : where}</span>
      {props.anchor.quote && <span className="chip-quote">»{short(props.anchor.quote)}«</span>}
    </button>
  );
}
