import { useId } from 'react';
import type { CalibrationComment, CriterionCalibration, ReferenceCommentMatch, ScoreSide } from '../../../shared/contract/calibration';
import { bandDifferenceText, counterpartText } from '../../../shared/calibration/labels';
import { signedText } from '../../../shared/evaluation/labels';
import { rangeText } from '../../../shared/scoring/scale-text';
import { EvidenceChip } from '../documents/EvidenceChip';
import { openEvidence } from './calibration-store';

const scoreText = (side: ScoreSide, unit: string) => (side.score === null ? 'Ingen poäng' : rangeText(side.score, side.score, unit));

/** A reference comment's evidence as chips: each opens the reader at its page. */
function Evidence({ comment }: { comment: CalibrationComment }) {
  if (comment.evidence.length === 0) return null;
  return (
    <ul className="chip-list" aria-label="Facits belägg">
      {comment.evidence.map((e, i) => (
        <li key={i} className="chip-item">
          <EvidenceChip
          label={e.documentTitle}
          anchor={{ documentSha256: e.documentSha256, ...(e.page !== null && { page: e.page }), ...(e.paragraph !== null && { paragraph: e.paragraph }), ...(e.quote !== null && { quote: e.quote }) }}
          unitKind={e.page !== null ? 'page' : 'paragraph'}
          onJump={() => openEvidence(e)}
          />
        </li>
      ))}
    </ul>
  );
}

function ReferenceList({ title, matches, mine }: { title: string; matches: readonly ReferenceCommentMatch[]; mine: 'styrkor' | 'förbättringsområden' }) {
  if (matches.length === 0) return null;
  return (
    <>
      <h3>{title}</h3>
      <ul className="calibration-comments">
        {matches.map((match) => (
          <li key={match.reference.id} className={match.counterpart ? 'covered' : 'missed'}>
            <p>
              <span className={`badge ${match.counterpart ? 'success' : 'warning'}`}>{match.counterpart ? 'Finns hos dig' : 'Saknas hos dig'}</span> <bdi>{match.reference.text}</bdi>
            </p>
            <Evidence comment={match.reference} />
            <p className="muted small">
              <bdi>{counterpartText(match, mine)}</bdi>
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}

/** One criterion: my score beside the reference's, the difference in points and bands, and the reference's comments with their evidence. */
export function CalibrationCriterion({ criterion: c }: { criterion: CriterionCalibration }) {
  const id = useId();
  const unit = c.scale.unit;
  return (
    <section className="card calibration-criterion" aria-labelledby={id} data-criterion={c.criterionId}>
      <h2 id={id}>
        {c.criterionId} <bdi>{c.title}</bdi>
      </h2>
      <p className="muted small">
        <bdi>{c.areaTitle}</bdi> · {c.kind === 'process' ? 'arbetssätt' : 'resultat'}
      </p>
      <table className="data calibration-scores">
        <caption className="visually-hidden">Din poäng och facit för {c.criterionId}</caption>
        <thead>
          <tr>
            <th scope="col">Bedömning</th>
            <th scope="col" className="num">Poäng</th>
            <th scope="col">Nivå</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">Din</th>
            <td className="num">{scoreText(c.trainee, unit)}</td>
            <td>{c.trainee.band ?? '–'}</td>
          </tr>
          <tr>
            <th scope="row">Facit</th>
            <td className="num">{scoreText(c.reference, unit)}</td>
            <td>{c.reference.band ?? '–'}</td>
          </tr>
          <tr className="difference">
            <th scope="row">Skillnad</th>
            <td className="num">
              {c.difference === null ? '–' : `${signedText(c.difference)}${unit ? ` ${unit}` : ''}`}
              {c.pointsDifference !== null && <div className="muted small">{signedText(c.pointsDifference)} viktade poäng</div>}
            </td>
            <td>
              {Math.abs(c.bandDifference ?? 0) > 1 ? <span className="badge danger">{bandDifferenceText(c.bandDifference)}</span> : bandDifferenceText(c.bandDifference)}
            </td>
          </tr>
        </tbody>
      </table>
      {c.rationale.trim() !== '' && (
        <>
          <h3>Facits motivering</h3>
          <p className="calibration-rationale">
            <bdi>{c.rationale}</bdi>
          </p>
        </>
      )}
      <ReferenceList title="Facits styrkor" matches={c.strengths} mine="styrkor" />
      <ReferenceList title="Facits förbättringsområden" matches={c.improvements} mine="förbättringsområden" />
    </section>
  );
}
