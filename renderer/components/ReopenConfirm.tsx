import { useId } from 'react';
import { DialogActions } from './DialogActions';
import { Modal } from './Modal';

/** Opening a new revision of a submitted assessment: deliberate, and it says what happens. */
export function ReopenConfirm({ revision, usedBy, onConfirm, onClose }: { revision: number; /** What goes on using the submitted revision meanwhile. */ usedBy: string; onConfirm(): void; onClose(): void }) {
  const titleId = useId();
  const describedId = useId();
  return (
    <Modal titleId={titleId} describedBy={describedId} onCancel={onClose}>
      <h2 id={titleId}>Öppna en ny revision?</h2>
      <p id={describedId}>
        Revision {revision + 1} blir ett utkast som kan ändras och lämnas in igen. Att revision {revision} lämnades in finns kvar i bedömningens historik, och
        teamet ser att det finns en nyare revision när den exporteras.
      </p>
      <p>
        Tills revision {revision + 1} är inlämnad bygger {usedBy} på den inlämnade revision {revision}.
      </p>
      <DialogActions
        onCancel={onClose}
        confirm={`Öppna revision ${revision + 1}`}
        onConfirm={() => {
          onConfirm();
          onClose();
        }}
      />
    </Modal>
  );
}
