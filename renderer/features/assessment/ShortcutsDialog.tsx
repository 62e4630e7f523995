import { useId } from 'react';
import { DialogActions } from '../../components/DialogActions';
import { Modal } from '../../components/Modal';

const SHORTCUTS: readonly (readonly [string, string])[] = [
  ['0–9', 'Välj poäng (7 ger 70 på en skala 0–100 i steg om 10)'],
  ['← →', 'Ett steg ned eller upp på skalan'],
  ['J / K', 'Nästa / föregående kriterium (eller prisaspekt)'],
  ['N', 'Nästa kriterium eller prisaspekt som inte är klart'],
  ['S / F', 'Ny styrka / nytt förbättringsområde'],
  ['B eller Ctrl+B', 'Lägg till sidan som visas som belägg på vald kommentar'],
  ['Ctrl+Z', 'Ångra (i ett textfält: ångra skrivandet)'],
  ['Ctrl+Skift+Z', 'Gör om'],
  ['Esc', 'Lämna textfältet (kortkommandona fungerar igen)'],
  ['Sida upp / ned, Ctrl+F', 'Bläddra och sök i dokumentet'],
  ['?', 'Visa kortkommandona'],
];

export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  const titleId = useId();
  return (
    <Modal titleId={titleId} onCancel={onClose}>
      <h2 id={titleId}>Kortkommandon</h2>
      <table className="data shortcuts">
        <caption className="visually-hidden">Kortkommandon i bedömningen</caption>
        <thead>
          <tr>
            <th scope="col">Tangent</th>
            <th scope="col">Gör</th>
          </tr>
        </thead>
        <tbody>
          {SHORTCUTS.map(([keys, what]) => (
            <tr key={keys}>
              <th scope="row">
                <kbd>{keys}</kbd>
              </th>
              <td>{what}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <DialogActions cancel="Stäng" onCancel={onClose} />
    </Modal>
  );
}
