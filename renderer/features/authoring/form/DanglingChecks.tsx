/**
 * References to ids that are gone (the item was removed, or renamed while its
 * id was shared): ticked, named, and removed by unticking — never hidden.
 */
export function DanglingChecks({ ids, where, onRemove }: { ids: readonly string[]; where: string; onRemove(id: string): void }) {
  return ids.map((id) => (
    <label key={`dangling-${id}`} className="check dangling">
      <input type="checkbox" checked onChange={() => onRemove(id)} />
      <span>
        <span aria-hidden="true">⚠ </span>
        {id} <span className="small">finns inte längre {where} – avmarkera för att ta bort</span>
      </span>
    </label>
  ));
}
