/**
 * Per competition class: the distribution of the teams' newest totals, and
 * how the site visits changed the totals.
 */
import type { ConsensusCriterion } from '../../../shared/domain/assessment';
import type { CriteriaPackage } from '../../../shared/formats/criteria-package';
import type { RoundManifest } from '../../../shared/formats/round';
import { distribution, mean } from '../../../shared/scoring/distribution';
import { applicableCriteria, criterionPoints } from '../../../shared/scoring/points';
import type { EvaluationFiles } from './files';
import type { ClassEvaluation } from '../../../shared/evaluation/model';

export function evaluateClasses(round: RoundManifest, pkg: CriteriaPackage, files: EvaluationFiles): ClassEvaluation[] {
  return pkg.classes.map((competitionClass) => {
    const criteria = applicableCriteria(pkg, competitionClass.id);
    const total = (scores: ReadonlyMap<string, number | null>) => criteria.reduce((sum, c) => sum + (criterionPoints(pkg, c, scores.get(c.id)) ?? 0), 0);
    const scoresOf = (list: readonly ConsensusCriterion[], pick: (c: ConsensusCriterion) => number | null) => new Map(list.map((c) => [c.criterionId, pick(c)]));
    const contestants = round.contestants.filter((c) => c.class === competitionClass.id);
    const totals: number[] = [];
    const visitChanges: number[] = [];
    for (const contestant of contestants) {
      const visit = files.siteVisit.get(contestant.id)?.file;
      const team = visit ?? files.consensus.get(contestant.id)?.file;
      if (!team) continue;
      totals.push(total(scoresOf(team.criteria, (c) => c.score)));
      if (visit) visitChanges.push(total(scoresOf(visit.criteria, (c) => c.score)) - total(scoresOf(visit.criteria, (c) => c.siteVisit?.scoreBefore ?? c.score)));
    }
    return {
      id: competitionClass.id,
      title: competitionClass.title,
      contestants: contestants.length,
      assessed: totals.length,
      pointsAvailable: criteria.reduce((sum, c) => sum + c.points, 0),
      totals: distribution(totals),
      siteVisits: visitChanges.length,
      changedBySiteVisit: visitChanges.filter((change) => Math.abs(change) > 1e-9).length,
      meanTotalChange: mean(visitChanges),
    };
  });
}
