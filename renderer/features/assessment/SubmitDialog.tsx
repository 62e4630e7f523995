import { useId } from 'react';
import { DialogActions } from '../../components/DialogActions';
import { MissingDialog } from '../../components/MissingDialog';
import { Modal } from '../../components/Modal';
import { useProgress } from './desk-live';
import { selectCriterion, submit } from './desk-navigation';
import { useDesk } from './desk-store';

/** "Lämna in min bedömning": first what is missing (with a way to each), then a deliberate confirmation. */
export function SubmitDialog({ onClose }: { onClose: () => void }) {
  const titleId = useId();
  const describedId = useId();
  const progress = useProgress();
  const name = useDesk((s) => s.context?.contestant.name ?? '');
  const open = progress.filter((p) => !p.done);
  const advisory = progress.reduce((sum, p) => sum + p.warnings.filter((w) => !w.blocking).length, 0);
  if (open.length > 0) {
    return (
      <MissingDialog
        title="Det här saknas innan du kan lämna in"
        intro={`${open.length} av ${progress.length} kriterier är inte klara. Ett kriterium är klart när det har en poäng, minst en styrka eller ett förbättringsområde, och inget som måste åtgärdas.`}
        items={open.map(({ criterion, missing }) => ({ id: criterion.id, title: criterion.title, missing }))}
        onPick={selectCriterion}
        onClose={onClose}
      />
    );
  }
  return (
    <Modal titleId={titleId} describedBy={describedId} onCancel={onClose}>
      <h2 id={titleId}>Lämna in din bedömning av <bdi>{name}</bdi>?</h2>
      <div id={describedId}>
        <p>Alla {progress.length} kriterier är klara. När du lämnar in låses bedömningen, och den kan exporteras till teamet.</p>
        {advisory > 0 && (
          <p className="callout warning">
            <span aria-hidden="true">⚠ </span>
            {advisory === 1 ? 'En synpunkt' : `${advisory} synpunkter`} att se över finns kvar (till exempel kommentarer utan belägg). De hindrar inte inlämningen.
          </p>
        )}
        <p className="small muted">Behöver du ändra något efteråt öppnar du en ny revision; det syns i bedömningens historik.</p>
      </div>
      <DialogActions onCancel={onClose} confirm="Lämna in" onConfirm={submit} />
    </Modal>
  );
}
