import { Fragment, useId, useState } from 'react';
import type { ExaminerView } from '../../../shared/contract/rounds';
import { messageOf } from '../../api';
import { DialogActions } from '../../components/DialogActions';
import { Modal } from '../../components/Modal';
import { useMyRound } from './my-round-store';

/** The choice that is not an examiner: stadsledningskontoret, which assesses no one. */
export const OFFICE = '#office';

/**
 * "Vem är du i den här omgången?": one of the round's examiners, or
 * stadsledningskontoret. Changing an earlier choice is allowed but said
 * plainly, and recorded by the core.
 */
export function IdentityDialog({ roundId, examiners, current, onClose }: {
  roundId: string;
  examiners: readonly (ExaminerView & { teamName: string })[];
  /** The examiner chosen before, `{ id: OFFICE, name: 'stadsledningskontoret' }`, or null. */
  current: Pick<ExaminerView, 'id' | 'name'> | null;
  onClose: () => void;
}) {
  const titleId = useId();
  const descriptionId = useId();
  const [chosen, setChosen] = useState(current?.id ?? '');
  const [error, setError] = useState<string | null>(null);
  const change = current !== null;
  const confirm = async () => {
    try {
      if (chosen === OFFICE) await useMyRound.getState().chooseOffice(roundId, change);
      else await useMyRound.getState().choose(roundId, chosen, change);
      onClose();
    } catch (e) {
      setError(messageOf(e));
    }
  };
  return (
    <Modal titleId={titleId} describedBy={descriptionId} onCancel={onClose}>
      <h2 id={titleId}>{change ? 'Byt examinator' : 'Vem är du i den här omgången?'}</h2>
      <div id={descriptionId}>
        {change && current.id === OFFICE ? (
          <p className="callout warning">
            Du har angett att du arbetar på <strong>stadsledningskontoret</strong>. Byt bara om du angav fel. Bytet sparas i omgångens historik.
          </p>
        ) : change ? (
          <p className="callout warning">
            Du har angett att du är <strong>{current.name}</strong>. Byt bara om du angav fel. Bedömningar du har skrivit som <bdi>{current.name}</bdi> finns
            kvar, men kan bara ändras när du är <bdi>{current.name}</bdi> igen. Bytet sparas i omgångens historik.
          </p>
        ) : (
          <p>Välj ditt namn. Dina bedömningar sparas med dig som författare, och du ser de tävlande som ditt team bedömer.</p>
        )}
      </div>
      <fieldset className="identity-choices">
        <legend className="visually-hidden">Examinatorer i omgången</legend>
        {examiners.map((examiner, i) => (
          <Fragment key={examiner.id}>
            {/* The team once above its members, outside their labels (a lead's name is not part of a member's). */}
            {examiner.teamName !== examiners[i - 1]?.teamName && <p className="small muted identity-team"><bdi>{examiner.teamName}</bdi></p>}
            <label className={`identity-choice${chosen === examiner.id ? ' chosen' : ''}`}>
              <input type="radio" name="examiner" value={examiner.id} checked={chosen === examiner.id} onChange={() => setChosen(examiner.id)} />
              <span>
                <strong>{examiner.name}</strong>
                {examiner.lead && <span className="badge accent">Utvärderingsledare</span>}
                <span className="muted small"> · <bdi>{examiner.organisation}</bdi></span>
              </span>
            </label>
          </Fragment>
        ))}
        <label className={`identity-choice${chosen === OFFICE ? ' chosen' : ''}`}>
          <input type="radio" name="examiner" value={OFFICE} checked={chosen === OFFICE} onChange={() => setChosen(OFFICE)} />
          <span>
            <strong>Stadsledningskontoret</strong>
            <span className="muted small"> · jag bedömer ingen, utan samlar in teamens resultat till domarkommittén</span>
          </span>
        </label>
      </fieldset>
      {error && (
        <p role="alert" className="notice error">
          {error}
        </p>
      )}
      <DialogActions onCancel={onClose} confirm={change ? 'Byt till vald examinator' : 'Det är jag'} disabled={!chosen || chosen === current?.id} onConfirm={() => void confirm()} />
    </Modal>
  );
}
