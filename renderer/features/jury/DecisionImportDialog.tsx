import { useCallback } from 'react';
import { DialogActions } from '../../components/DialogActions';
import { Modal } from '../../components/Modal';
import { useDecisionImport } from './decision-import-store';
import { DecisionFacts, DecisionTable } from './DecisionSummary';

const HELD_TEXT = {
  new: 'Beslutet är signerat av en betrodd nyckel och gäller omgången på den här datorn.',
  newer: 'Beslutet ersätter en äldre revision från samma möte.',
  unchanged: 'Den här revisionen av beslutet finns redan här; ingenting ändras.',
} as const;

/** The jury's decision before it is kept: what it says, for whom, and what importing it does. */
export function DecisionImportDialog() {
  const request = useDecisionImport((s) => s.request);
  const answer = useDecisionImport((s) => s.answer);
  const cancel = useCallback(() => answer(false), [answer]);
  if (!request) return null;
  const { decision, held } = request.preview;
  return (
    <Modal titleId="decision-import-title" describedBy="decision-import-intro" onCancel={cancel}>
      <h2 id="decision-import-title">Importera domarkommitténs beslut</h2>
      <p id="decision-import-intro">
        <strong>{request.fileName}</strong> · <bdi>{decision.roundTitle}</bdi>. {HELD_TEXT[held]}
      </p>
      <DecisionFacts decision={decision} />
      <div className="table-scroll decision-preview" role="region" aria-label="Beslutet per tävlande" tabIndex={0}>
        <DecisionTable decision={decision} />
      </div>
      {held === 'unchanged' ? (
        <DialogActions cancel="Stäng" onCancel={cancel} />
      ) : (
        <DialogActions onCancel={cancel} confirm="Importera beslutet" onConfirm={() => answer(true)} />
      )}
    </Modal>
  );
}
