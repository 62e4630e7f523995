import { useId, type ReactNode } from 'react';
import { DialogActions } from './DialogActions';
import { Modal } from './Modal';

/** Before submitting: each criterion (or prize aspect) that is not done, with a way to it and what it still lacks. */
export function MissingDialog({ title, intro, items, onPick, onClose }: {
  title: string;
  intro: ReactNode;
  /** `label` names the item when its id is not for people (a prize aspect: "Framsteget: Nytt"); else "id title". */
  items: readonly { readonly id: string; readonly title: string; readonly label?: string; readonly missing: readonly string[] }[];
  onPick(id: string): void;
  onClose(): void;
}) {
  const titleId = useId();
  const describedId = useId();
  return (
    <Modal titleId={titleId} describedBy={describedId} onCancel={onClose}>
      <h2 id={titleId}>{title}</h2>
      <p id={describedId}>{intro}</p>
      <ul className="missing-list">
        {items.map(({ id, title: criterionTitle, label, missing }) => (
          <li key={id}>
            <button
              type="button"
              className="link-button"
              onClick={() => {
                onPick(id);
                onClose();
              }}
            >
              {label ?? `${id} ${criterionTitle}`}
            </button>
            <ul>
              {missing.map((reason) => (
                <li key={reason}>{reason}</li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
      <DialogActions cancel="Stäng" onCancel={onClose} />
    </Modal>
  );
}
