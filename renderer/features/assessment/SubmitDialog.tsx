import { useId } from 'react';
import { DialogActions } from '../../components/DialogActions';
import { MissingDialog } from '../../components/MissingDialog';
import { Modal } from '../../components/Modal';
import { rowsNoun } from '../../../shared/domain/prize-aspects';
import { useProgress } from './desk-live';
import { rowName } from './desk-rows';
import { selectCriterion, submit } from './desk-navigation';
import { useDesk } from './desk-store';

/** "Lämna in min bedömning": first what is missing (with a way to each), then a deliberate confirmation. */
export function SubmitDialog({ onClose }: { onClose: () => void }) {
  const titleId = useId();
  const describedId = useId();
  const progress = useProgress();
  const context = useDesk((s) => s.context);
  const name = context?.contestant.name ?? '';
  const rows = rowsNoun(progress.criteria.length, progress.aspects.length);
  const open = [
    ...progress.criteria.filter((p) => !p.done).map(({ criterion, missing }) => ({ id: criterion.id, title: criterion.title, missing })),
    ...progress.aspects.filter((p) => !p.done).map(({ aspect, missing }) => ({ id: aspect.key, title: aspect.title, label: context ? rowName(context, aspect.key) : aspect.title, missing })),
  ];
  const advisory = [...progress.criteria, ...progress.aspects].reduce((sum, p) => sum + p.warnings.filter((w) => !w.blocking).length, 0);
  if (open.length > 0) {
    const rules = [
      progress.criteria.length > 0 && 'Ett kriterium är klart när det har en poäng, minst en styrka eller ett förbättringsområde, och inget som måste åtgärdas.',
      progress.aspects.length > 0 && 'En prisaspekt är klar när den har minst en skriven styrka eller ett förbättringsområde.',
    ].filter(Boolean);
    return (
      <MissingDialog
        title="Det här saknas innan du kan lämna in"
        intro={`${open.length} av ${progress.total} ${rows} är inte klara. ${rules.join(' ')}`}
        items={open}
        onPick={selectCriterion}
        onClose={onClose}
      />
    );
  }
  return (
    <Modal titleId={titleId} describedBy={describedId} onCancel={onClose}>
      <h2 id={titleId}>Lämna in din bedömning av <bdi>{name}</bdi>?</h2>
      <div id={describedId}>
        <p>Alla {progress.total} {rows} är klara. När du lämnar in låses bedömningen, och den kan exporteras till teamet.</p>
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
