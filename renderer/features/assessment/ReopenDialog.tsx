import { useId } from 'react';
import { Modal } from '../../components/Modal';
import { reopen } from './desk-navigation';

/** Opening a new revision of a submitted assessment: deliberate, and it says what happens. */
export function ReopenDialog({ revision, onClose }: { revision: number; onClose: () => void }) {
  const titleId = useId();
  const describedId = useId();
  return (
    <Modal titleId={titleId} describedBy={describedId} onCancel={onClose}>
      <h2 id={titleId}>Öppna en ny revision?</h2>
      <p id={describedId}>
        Revision {revision + 1} blir ett utkast som du kan ändra och lämna in igen. Att revision {revision} lämnades in finns kvar i bedömningens
        historik, och teamet ser att det finns en nyare revision när du exporterar den.
      </p>
      <div className="toolbar modal-actions">
        <button type="button" className="button" onClick={onClose}>
          Avbryt
        </button>
        <button
          type="button"
          className="button primary"
          onClick={() => {
            void reopen();
            onClose();
          }}
        >
          Öppna revision {revision + 1}
        </button>
      </div>
    </Modal>
  );
}
