import { useEffect, useState } from 'react';
import type { TeamStage } from '../../../shared/contract/consensus';
import { useScreenChrome } from '../../app/chrome-store';
import { isAspectKey } from '../../../shared/domain/prize-aspects';
import { AgendaList } from './AgendaList';
import { AspectConsensus } from './AspectConsensus';
import { ConsensusHeader, type ConsensusDialog } from './ConsensusHeader';
import { CriterionConsensus } from './CriterionConsensus';
import { loadConsensus, refreshConsensus, TEAM_PART, useConsensus } from './consensus-store';
import { useAssessmentImport } from '../exchange/import-store';
import { ConsensusDialogs } from './ConsensusDialogs';
import { ScoreMatrix } from './ScoreMatrix';
import { SourceUpdates } from './SourceUpdates';
import { StartPanel } from './StartPanel';
import { TeamPart } from './TeamPart';
import { useConsensusKeys } from './use-consensus-keys';
import { ScreenError } from '../../components/ScreenError';
import { ContestantDecision } from '../jury/ContestantDecision';

/** Konsensus: the team's scores side by side, the agenda by disagreement, and the team's assessment being built. */
export function ConsensusScreen({ roundId, contestantId, stage }: { roundId: string; contestantId: string; stage?: TeamStage }) {
  const view = useConsensus((s) => (s.place?.roundId === roundId && s.place.contestantId === contestantId ? s.view : null));
  const round = useConsensus((s) => s.round);
  const error = useConsensus((s) => s.error);
  const currentId = useConsensus((s) => s.currentId);
  const announcement = useConsensus((s) => s.announcement);
  const [dialog, setDialog] = useState<ConsensusDialog>(null);
  useEffect(() => {
    void loadConsensus(roundId, contestantId, stage);
  }, [roundId, contestantId, stage]);
  // A file imported while the workspace is open (drag and drop, file association) may bring a newer revision.
  const imported = useAssessmentImport((s) => s.results);
  useEffect(() => {
    if (imported) void refreshConsensus().catch(() => undefined);
  }, [imported]);
  useScreenChrome(
    [
      { label: 'Tävlingsomgångar', route: { name: 'start' } },
      { label: round?.title ?? 'Omgång', route: { name: 'round', roundId } },
      { label: `Konsensus: ${view?.contestantName ?? ''}` },
    ],
    round?.exampleMaterial ?? false,
  );
  useConsensusKeys(view?.assessment ? setDialog : null);

  if (error) return <ScreenError message={error} back={{ label: 'Till omgången', route: { name: 'round', roundId } }} />;
  if (!view) return <p className="page muted" role="status">Öppnar konsensus…</p>;
  const decision = <ContestantDecision roundId={roundId} contestantId={contestantId} className="contestant-decision strip" />;
  if (!view.assessment) {
    return (
      <>
        {decision}
        <StartPanel />
      </>
    );
  }
  return (
    <div className="consensus-frame">
      <ConsensusHeader onDialog={setDialog} />
      {decision}
      <SourceUpdates />
      <div className="consensus">
        <AgendaList />
        <div className="consensus-main" id="consensus-main">
          <ScoreMatrix />
          {currentId === TEAM_PART ? (
            <TeamPart />
          ) : isAspectKey(currentId ?? '') ? (
            <AspectConsensus key={`${view.assessment.stage}/${currentId}`} aspectKey={currentId!} />
          ) : (
            currentId && <CriterionConsensus key={`${view.assessment.stage}/${currentId}`} criterionId={currentId} />
          )}
        </div>
      </div>
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
      <ConsensusDialogs dialog={dialog} onClose={() => setDialog(null)} />
    </div>
  );
}
