import { useShallow } from 'zustand/react/shallow';
import { aspectWarnings } from '../../../shared/scoring/consistency';
import { liveCriterion, useProgress } from './desk-live';
import { aspectAt } from './desk-rows';
import { useDesk } from './desk-store';
import { FoldedText, LockedNote, PanelTitle, PrivateNote, WrittenLists } from './PanelParts';
import { Warnings } from '../../components/Warnings';

/**
 * The right column for a prize aspect: what the aspect asks, then the examiner's
 * written assessment with evidence — no score, no scale, no points (formats.md
 * "Prizes without scores").
 */
export function AspectPanel() {
  const { context, currentId, locked } = useDesk(useShallow((s) => ({ context: s.context!, currentId: s.currentId!, locked: s.assessment?.status !== 'draft' })));
  const assessment = useDesk(useShallow((s) => ({ criteria: s.criteria, drafts: s.drafts })));
  const done = useProgress().aspects.find((p) => p.aspect.key === currentId)?.done ?? false;
  const found = aspectAt(context, currentId);
  if (!found) return null;
  const { section, aspect } = found;
  const live = liveCriterion(assessment, aspect.key);
  const warnings = aspectWarnings(live);
  return (
    <section className="criterion-panel aspect-panel" aria-labelledby="criterion-title">
      <header className="panel-header">
        <p className="muted small">
          <bdi>{section.title}</bdi> · Prisaspekt · bedöms i ord, utan poäng
        </p>
        <PanelTitle done={done}>{aspect.title}</PanelTitle>
        <p className="criterion-description">{aspect.description}</p>
        <p className="small muted">Skriv styrkor och förbättringsområden för aspekten, med belägg ur dokumentet. Aspekten är klar när minst en av dem har text.</p>
        <FoldedText title="Om priset" text={section.description} />
      </header>
      <LockedNote locked={locked} />
      <Warnings warnings={warnings} />
      <WrittenLists live={live} locked={locked} warnings={warnings} />
      <PrivateNote rowKey={aspect.key} text={live.privateNote ?? ''} locked={locked} />
    </section>
  );
}
