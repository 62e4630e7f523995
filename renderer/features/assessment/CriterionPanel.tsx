import { useShallow } from 'zustand/react/shallow';
import { formatNumber } from '../../../shared/format';
import { criterionProgress } from '../../../shared/scoring/progress';
import { scaleOf } from '../../../shared/scoring/points';
import { KIND_LABEL } from '../criteria/scale-text';
import { AttributeRatings } from './AttributeRatings';
import { BandList } from './BandList';
import { setAttribute, setScore } from './desk-actions';
import { liveCriterion } from './desk-live';
import { useDesk } from './desk-store';
import { FoldedText, LockedNote, PanelTitle, PrivateNote, WrittenLists } from './PanelParts';
import { ScorePicker } from '../../components/ScorePicker';
import { Warnings } from '../../components/Warnings';

/** The right column: everything about the criterion in focus, and the examiner's work on it. */
export function CriterionPanel() {
  const { context, currentId, locked } = useDesk(useShallow((s) => ({ context: s.context!, currentId: s.currentId!, locked: s.assessment?.status !== 'draft' })));
  const assessment = useDesk(useShallow((s) => ({ criteria: s.criteria, drafts: s.drafts })));
  const criterion = context.criteria.find((c) => c.id === currentId)!;
  const area = context.pkg.areas.find((a) => a.criteria.includes(criterion))!;
  const scale = scaleOf(context.pkg, criterion);
  const live = liveCriterion(assessment, criterion.id);
  const { warnings, done } = criterionProgress(context.pkg, criterion, live);
  return (
    <section className="criterion-panel" aria-labelledby="criterion-title">
      <header className="panel-header">
        <p className="muted small">
          {area.id} <bdi>{area.title}</bdi> · {KIND_LABEL[criterion.kind]} · {formatNumber(criterion.points, 1)} poäng
        </p>
        <PanelTitle done={done}>
          {criterion.id} {criterion.title}
        </PanelTitle>
        <p className="criterion-description">{criterion.description}</p>
        <details className="panel-section">
          <summary>
            <h3>Frågor till den tävlande ({criterion.questions.length})</h3>
          </summary>
          <ul className="guiding-questions">
            {criterion.questions.map((question) => (
              <li key={question}>{question}</li>
            ))}
          </ul>
        </details>
        <FoldedText title="Vägledning för examinatorer" text={criterion.guidance} />
      </header>

      <LockedNote locked={locked} />
      <Warnings warnings={warnings} />

      <section className="panel-section score-section" aria-labelledby="score-title">
        <div className="section-head">
          <h3 id="score-title">Poäng</h3>
          <span className="muted small">{scale.title}</span>
        </div>
        <ScorePicker criterionId={criterion.id} scale={scale} score={live.score} locked={locked} onChange={(score) => void setScore(score)} />
        <BandList scale={scale} score={live.score} />
      </section>

      <AttributeRatings criterionId={criterion.id} scale={scale} ratings={live.attributes} locked={locked} onChange={setAttribute} />
      <WrittenLists live={live} locked={locked} warnings={warnings} />
      <PrivateNote rowKey={criterion.id} text={live.privateNote ?? ''} locked={locked} />
    </section>
  );
}
