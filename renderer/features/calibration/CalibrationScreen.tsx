import { useEffect } from 'react';
import type { CalibrationComparison } from '../../../shared/contract/calibration';
import { biasText, coveredText, percentText } from '../../../shared/calibration/labels';
import { formatDateTime, formatNumber } from '../../../shared/format';
import { useScreenChrome } from '../../app/chrome-store';
import { ScreenError } from '../../components/ScreenError';
import { CalibrationCriterion } from './CalibrationCriterion';
import { createCalibrationReport, loadComparison, useCalibration } from './calibration-store';

/** After every criterion: how far off the trainee was overall, in which direction, and where by more than one band. */
function Summary({ comparison }: { comparison: CalibrationComparison }) {
  const { summary } = comparison;
  const titles = new Map(comparison.criteria.map((c) => [c.criterionId, `${c.criterionId} ${c.title}`]));
  return (
    <section className="card calibration-summary" aria-labelledby="calibration-summary-title">
      <h2 id="calibration-summary-title">Sammanfattning</h2>
      <dl className="facts">
        <dt>Medelavvikelse från facit</dt>
        <dd>
            {percentText(summary.meanAbsoluteDeviation)} av skalan, över {formatNumber(summary.compared)} av {formatNumber(summary.criteria)} kriterier
        </dd>
        <dt>Tendens, alla kriterier</dt>
        <dd>{biasText(summary.bias.all)}</dd>
        <dt>Tendens, arbetssätt</dt>
        <dd>{biasText(summary.bias.process)}</dd>
        <dt>Tendens, resultat</dt>
        <dd>{biasText(summary.bias.result)}</dd>
        <dt>Facits styrkor som finns hos dig</dt>
        <dd>{coveredText(summary.strengthsCovered, summary.strengthsTotal)}</dd>
        <dt>Facits förbättringsområden som finns hos dig</dt>
        <dd>{coveredText(summary.improvementsCovered, summary.improvementsTotal)}</dd>
        <dt>Mer än en nivå ifrån facit</dt>
        <dd>
            {summary.offByMoreThanOneBand.length === 0 ? (
              'Inget kriterium'
            ) : (
              <ul>
                {summary.offByMoreThanOneBand.map((id) => (
                  <li key={id}>
                    <bdi>{titles.get(id) ?? id}</bdi>
                  </li>
                ))}
              </ul>
            )}
        </dd>
      </dl>
    </section>
  );
}

/** Jämförelse med facit: the trainee's submitted individual assessment beside the training round's reference. */
export function CalibrationScreen({ roundId, contestantId }: { roundId: string; contestantId: string }) {
  const comparison = useCalibration((s) => (s.comparison?.roundId === roundId && s.comparison.contestant.id === contestantId ? s.comparison : null));
  const error = useCalibration((s) => s.error);
  const creating = useCalibration((s) => s.creating);
  useEffect(() => {
    void loadComparison(roundId, contestantId);
  }, [roundId, contestantId]);
  useScreenChrome(
    [
      { label: 'Tävlingsomgångar', route: { name: 'start' } },
      { label: comparison?.roundTitle ?? 'Omgång', route: { name: 'round', roundId } },
      { label: comparison ? `Jämförelse med facit: ${comparison.contestant.name}` : 'Jämförelse med facit' },
    ],
    comparison?.exampleMaterial ?? false,
  );
  if (error && !comparison) return <ScreenError message={error} back={{ label: 'Till omgången', route: { name: 'round', roundId } }} />;
  if (!comparison) return <div className="page muted">Jämför med facit…</div>;
  return (
    <div className="page calibration-page">
      <div className="page-header">
        <div>
          <h1>
            Jämförelse med facit: <bdi>{comparison.contestant.name}</bdi>
          </h1>
          <p className="muted">
            <bdi>{comparison.trainee.name}</bdi>s individuella bedömning (revision {comparison.trainee.revision}, inlämnad {formatDateTime(comparison.trainee.submittedAt)}) bredvid
            omgångens referensbedömning. <bdi>{comparison.contestant.classTitle}</bdi>.
          </p>
        </div>
        <span className="spacer" />
        <button type="button" className="button" disabled={creating} onClick={() => void createCalibrationReport()}>
          {creating ? 'Skapar kalibreringsrapport…' : 'Skapa kalibreringsrapport…'}
        </button>
      </div>
      {comparison.criteria.map((criterion) => (
        <CalibrationCriterion key={criterion.criterionId} criterion={criterion} />
      ))}
      <Summary comparison={comparison} />
    </div>
  );
}
