/**
 * Per criterion: how well the examiners agreed (Krippendorff's alpha,
 * interval metric, units = contestants, raters = examiners), the spread of
 * their scores, how far the team's consensus moved from their mean and how
 * much the site visits changed it.
 */
import type { ConsensusCriterion } from '../../../shared/domain/assessment';
import { allCriteria, type CriteriaPackage, type Criterion } from '../../../shared/formats/criteria-package';
import { mean } from '../../../shared/scoring/distribution';
import { krippendorffAlpha } from '../../../shared/scoring/krippendorff';
import { scaleOf } from '../../../shared/scoring/points';
import { disagreement } from '../../../shared/scoring/spread';
import type { EvaluationFiles } from './files';
import { agreementLevel, type CriterionEvaluation, type SignedShift } from '../../../shared/evaluation/model';

/** The contestants whose class the criterion applies to. */
export type ContestantsOf = (criterion: Criterion) => readonly string[];

function shift(differences: readonly number[]): SignedShift {
  return { contestants: differences.length, mean: mean(differences), meanAbsolute: mean(differences.map(Math.abs)) };
}

type Scored = { readonly examiner: string; readonly score: number };

/** Contestant → criterion → what each file says, read once (a round has thousands of files). */
function indexFiles(files: EvaluationFiles) {
  const individual = new Map<string, Map<string, Scored[]>>();
  for (const [contestant, byAuthor] of files.individual) {
    const byCriterion = new Map<string, Scored[]>();
    for (const { file } of byAuthor.values()) {
      for (const c of file.criteria) if (c.score !== null) byCriterion.set(c.criterionId, [...(byCriterion.get(c.criterionId) ?? []), { examiner: file.author.examinerId, score: c.score }]);
    }
    individual.set(contestant, byCriterion);
  }
  const byCriterion = (team: ReadonlyMap<string, { readonly file: { readonly criteria: readonly ConsensusCriterion[] } }>) =>
    new Map([...team].map(([contestant, { file }]) => [contestant, new Map(file.criteria.map((c) => [c.criterionId, c]))]));
  return { individual, consensus: byCriterion(files.consensus), siteVisit: byCriterion(files.siteVisit) };
}

export function evaluateCriteria(pkg: CriteriaPackage, files: EvaluationFiles, contestantsOf: ContestantsOf): CriterionEvaluation[] {
  const index = indexFiles(files);
  return allCriteria(pkg).map(({ area, criterion }) => {
    const scale = scaleOf(pkg, criterion);
    const units: (readonly Scored[])[] = [];
    const consensusShifts: number[] = [];
    const visitChanges: number[] = [];
    for (const contestant of contestantsOf(criterion)) {
      const scores = index.individual.get(contestant)?.get(criterion.id) ?? [];
      if (scores.length >= 2) units.push(scores);

      const agreed = index.consensus.get(contestant)?.get(criterion.id);
      const builtFrom = mean(agreed?.individualScores.flatMap((s) => (s.score === null ? [] : [s.score])) ?? []);
      if (agreed?.score != null && builtFrom !== null) consensusShifts.push(agreed.score - builtFrom);

      const visit = index.siteVisit.get(contestant)?.get(criterion.id)?.siteVisit;
      if (visit && visit.scoreBefore !== null && visit.scoreAfter !== null) visitChanges.push(visit.scoreAfter - visit.scoreBefore);
    }

    const values = units.map((u) => u.map((s) => s.score));
    const spreads = values.map((u) => disagreement(scale, u, pkg.consensus.spreadThreshold));
    const alpha = krippendorffAlpha(values, 'interval');
    return {
      id: criterion.id,
      title: criterion.title,
      areaTitle: area.title,
      kind: criterion.kind,
      scale: { title: scale.title, min: scale.min, max: scale.max, unit: scale.unit ?? '' },
      raters: new Set(units.flatMap((u) => u.map((s) => s.examiner))).size,
      units: units.length,
      alpha,
      agreement: agreementLevel(alpha),
      meanSpread: mean(spreads.map((d) => d.spread!)),
      maxSpread: spreads.reduce<number | null>((max, d) => Math.max(max ?? 0, d.spread!), null),
      reachedThreshold: spreads.filter((d) => d.mustDiscuss).length,
      consensusShift: shift(consensusShifts),
      siteVisit: { ...shift(visitChanges), changed: visitChanges.filter((c) => c !== 0).length },
      bands: scale.bands.map((b) => ({ label: b.label, from: b.from, to: b.to, descriptor: b.descriptor })),
    };
  });
}
