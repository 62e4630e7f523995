import { useShallow } from 'zustand/react/shallow';
import { formatNumber } from '../../../shared/format';
import { criterionProgress } from '../../../shared/scoring/progress';
import { scaleOf } from '../../../shared/scoring/points';
import { KIND_LABEL } from '../criteria/scale-text';
import { AttributeRatings } from './AttributeRatings';
import { BandList } from './BandList';
import { CommentList } from './CommentList';
import { setAttribute, setScore } from './desk-actions';
import { noteKey } from './desk-keys';
import { liveCriterion } from './desk-live';
import { useDesk } from './desk-store';
import { flush, typeText } from './drafts';
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
  const unitKindOf = (sha: string) => context.documents.find((d) => d.sha256 === sha)?.unitKind ?? 'page';
  return (
    <section className="criterion-panel" aria-labelledby="criterion-title">
      <header className="panel-header">
        <p className="muted small">
          {area.id} <bdi>{area.title}</bdi> · {KIND_LABEL[criterion.kind]} · {formatNumber(criterion.points, 1)} poäng
        </p>
        <h2 id="criterion-title" tabIndex={-1}>
          {criterion.id} {criterion.title}
          {done && (
            <span className="badge success">
              <span aria-hidden="true">✓</span> Klar
            </span>
          )}
        </h2>
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
        <details className="panel-section">
          <summary>
            <h3>Vägledning för examinatorer</h3>
          </summary>
          <p className="guidance">{criterion.guidance}</p>
        </details>
      </header>

      {locked && (
        <p className="callout locked-note small">
          Bedömningen är inlämnad och låst. Behöver du ändra något väljer du <strong>Öppna en ny revision…</strong> överst.
        </p>
      )}
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
      <CommentList kind="strength" items={live.strengths} locked={locked} warnings={warnings} unitKindOf={unitKindOf} />
      <CommentList kind="improvement" items={live.improvements} locked={locked} warnings={warnings} unitKindOf={unitKindOf} />
      <CommentList kind="question" items={live.siteVisitQuestions} locked={locked} warnings={warnings} unitKindOf={unitKindOf} />

      <section className="panel-section private-note" aria-labelledby="note-title">
        <h3 id="note-title">
          Egen anteckning <span className="badge private-badge">Privat</span>
        </h3>
        <p className="small muted" id="note-hint">
          Bara för dig. Följer aldrig med när du exporterar, om du inte själv väljer det.
        </p>
        <textarea
          className="note-text"
          aria-labelledby="note-title"
          aria-describedby="note-hint"
          value={live.privateNote ?? ''}
          readOnly={locked}
          rows={2}
          maxLength={20_000}
          onChange={(event) => typeText(noteKey(criterion.id), event.target.value)}
          onBlur={() => void flush(noteKey(criterion.id))}
        />
      </section>
    </section>
  );
}
