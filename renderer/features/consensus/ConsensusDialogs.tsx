import { useId } from 'react';
import { DialogActions } from '../../components/DialogActions';
import { notSubmittedText } from '../../../shared/format';
import { MissingDialog } from '../../components/MissingDialog';
import { Modal } from '../../components/Modal';
import { ReopenConfirm } from '../../components/ReopenConfirm';
import { ExportDialog } from '../exchange/ExportDialog';
import type { ConsensusDialog } from './ConsensusHeader';
import { aspectLabel, rowsNoun } from '../../../shared/domain/prize-aspects';
import { useLive, type Live } from './consensus-live';
import { runConsensus, selectCriterion, useConsensus } from './consensus-store';

/** What the team assesses: criteria, prize aspects, or both. */
const itemsText = (live: Live) => rowsNoun(live.rows.length, live.aspects.length);

function SubmitTeam({ onClose }: { onClose(): void }) {
  const titleId = useId();
  const view = useConsensus((s) => s.view!);
  const live = useLive();
  if (!live || !view.editable) return null;
  const open = [
    ...live.rows.filter((r) => !r.progress.done).map(({ criterion, progress }) => ({ id: criterion.id, title: criterion.title, missing: progress.missing })),
    ...live.aspects
      .filter((r) => !r.progress.done)
      .map(({ aspect, progress }) => ({ id: aspect.key, title: aspect.title, label: aspectLabel(view.prizes, aspect), missing: progress.missing })),
  ];
  if (open.length > 0) {
    const rules = [
      ...(live.rows.length > 0
        ? ['Ett kriterium är klart när det har en konsensuspoäng, minst en styrka eller ett förbättringsområde, är diskuterat om spridningen krävde det och har en motivering om poängen ligger utanför de individuella poängen.']
        : []),
      ...(live.aspects.length > 0 ? ['En prisaspekt är klar när teamet har minst en styrka eller ett förbättringsområde.'] : []),
    ];
    return (
      <MissingDialog
        title="Det här saknas innan teamet kan lämna in"
        intro={`${open.length} av ${live.total} ${itemsText(live)} är inte klara. ${rules.join(' ')}`}
        items={open}
        onPick={selectCriterion}
        onClose={onClose}
      />
    );
  }
  const what = view.assessment!.stage === 'site-visit' ? 'bedömning efter platsbesöket' : 'konsensusbedömning';
  const notSubmitted = view.members.filter((m) => view.missing.includes(m.examinerId)).map((m) => m.name);
  return (
    <Modal titleId={titleId} onCancel={onClose}>
      <h2 id={titleId}>Lämna in teamets {what} av <bdi>{view.contestantName}</bdi>?</h2>
      <p>Alla {live.total} {itemsText(live)} är klara. När den är inlämnad låses den och kan exporteras till teamet och till stadsledningskontoret.</p>
      {notSubmitted.length > 0 && <p className="notice warning">{notSubmittedText(notSubmitted)}</p>}
      <DialogActions
        onCancel={onClose}
        confirm="Lämna in"
        onConfirm={() => runConsensus('assessment:submit', { assessmentId: view.editable!.id }, 'Teamets bedömning är inlämnad.').then((done) => done !== null)}
      />
    </Modal>
  );
}

export function ConsensusDialogs({ dialog, onClose }: { dialog: ConsensusDialog; onClose(): void }) {
  const view = useConsensus((s) => s.view);
  if (!view?.editable) return null;
  if (dialog === 'submit') return <SubmitTeam onClose={onClose} />;
  if (dialog === 'reopen') {
    const editable = view.editable;
    return <ReopenConfirm revision={editable.revision} usedBy="rapporterna och översikten för domarkommittén" onConfirm={() => void runConsensus('assessment:reopen', { assessmentId: editable.id }, 'En ny revision är öppnad.')} onClose={onClose} />;
  }
  if (dialog === 'export') {
    const what = view.assessment?.stage === 'site-visit' ? 'teamets bedömning efter platsbesöket' : 'teamets konsensusbedömning';
    return <ExportDialog assessmentId={view.editable.id} what={`${what} av ${view.contestantName}`} allowPrivateNotes={false} onClose={onClose} />;
  }
  return null;
}
