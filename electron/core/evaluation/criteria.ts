/**
 * Per criterion: how well the examiners agreed (Krippendorff's alpha,
 * interval metric, units = contestants, raters = examiners), the spread of
 * their scores, how far the team's consensus moved from their mean and how
 * much the site visits changed it.
 */
import { allCriteria, type CriteriaPackage, type Criterion } from '../../../shared/formats/criteria-package';
import { mean } from '../../../shared/scoring/distribution';
import { krippendorffAlpha } from '../../../shared/scoring/krippendorff';
import { scaleOf } from '../../../shared/scoring/points';
import { disagreement } from '../../../shared/scoring/spread';
import type { EvaluationFiles } from './files';
import { agreementLevel, type CriterionEvaluation, type SignedShift } from './model';

/** The contestants whose class the criterion applies to. */
export type ContestantsOf = (criterion: Criterion) => readonly string[];

function shift(differences: readonly number[]): SignedShift {
  return { contestants: differences.length, mean: mean(differences), meanAbsolute: mean(differences.map(Math.abs)) };
}

export function evaluateCriteria(pkg: CriteriaPackage, files: EvaluationFiles, contestantsOf: ContestantsOf): CriterionEvaluation[] {
  return allCriteria(pkg).map(({ area, criterion }) => {
    const scale = scaleOf(pkg, criterion);
    const units: { readonly contestant: string; readonly scores: { readonly examiner: string; readonly score: number }[] }[] = [];
    const consensusShifts: number[] = [];
    const visitChanges: number[] = [];
    for (const contestant of contestantsOf(criterion)) {
      const scores = [...(files.individual.get(contestant)?.values() ?? [])].flatMap(({ file }) => {
        const score = file.criteria.find((c) => c.criterionId === criterion.id)?.score ?? null;
        return score === null ? [] : [{ examiner: file.author.examinerId, score }];
      });
      if (scores.length >= 2) units.push({ contestant, scores });

      const agreed = files.consensus.get(contestant)?.file.criteria.find((c) => c.criterionId === criterion.id);
      const builtFrom = mean(agreed?.individualScores.flatMap((s) => (s.score === null ? [] : [s.score])) ?? []);
      if (agreed?.score != null && builtFrom !== null) consensusShifts.push(agreed.score - builtFrom);

      const visit = files.siteVisit.get(contestant)?.file.criteria.find((c) => c.criterionId === criterion.id)?.siteVisit;
      if (visit && visit.scoreBefore !== null && visit.scoreAfter !== null) visitChanges.push(visit.scoreAfter - visit.scoreBefore);
    }

    const spreads = units.map((u) => disagreement(scale, u.scores.map((s) => s.score), pkg.consensus.spreadThreshold));
    const alpha = krippendorffAlpha(units.map((u) => u.scores.map((s) => s.score)), 'interval');
    return {
      id: criterion.id,
      title: criterion.title,
      areaTitle: area.title,
      kind: criterion.kind,
      scale: { title: scale.title, min: scale.min, max: scale.max, unit: scale.unit ?? '' },
      raters: new Set(units.flatMap((u) => u.scores.map((s) => s.examiner))).size,
      units: units.length,
      alpha,
      agreement: agreementLevel(alpha),
      meanSpread: mean(spreads.map((d) => d.spread!)),
      maxSpread: spreads.length === 0 ? null : Math.max(...spreads.map((d) => d.spread!)),
      reachedThreshold: spreads.filter((d) => d.mustDiscuss).length,
      consensusShift: shift(consensusShifts),
      siteVisit: { ...shift(visitChanges), changed: visitChanges.filter((c) => c !== 0).length },
      bands: scale.bands.map((b) => ({ label: b.label, from: b.from, to: b.to, descriptor: b.descriptor })),
    };
  });
}
