/**
 * Per examiner: how many individual assessments came and when, and how their
 * scores stood against their team's consensus (mean absolute deviation and
 * bias, in percent of each criterion's scale so that scales can be mixed);
 * per deadline: how many files were first exported on time.
 */
import { DEADLINE_LABELS } from '../../../shared/deadlines';
import { stockholmDate } from '../../../shared/format';
import type { CriteriaPackage } from '../../../shared/formats/criteria-package';
import type { RoundManifest } from '../../../shared/formats/round';
import { mean } from '../../../shared/scoring/distribution';
import { applicableCriteria, scaleOf } from '../../../shared/scoring/points';
import type { Chosen, EvaluationFiles } from './files';
import type { DeadlineEvaluation, ExaminerEvaluation } from '../../../shared/evaluation/model';

/** On time when first exported on or before the deadline's date in Stockholm. */
export function onTime(chosen: Pick<Chosen<unknown>, 'firstExportedAt'>, deadline: string): boolean {
  return stockholmDate(new Date(chosen.firstExportedAt)) <= deadline;
}

export function evaluateExaminers(round: RoundManifest, pkg: CriteriaPackage, files: EvaluationFiles, namesShown: boolean): ExaminerEvaluation[] {
  const classOf = new Map(round.contestants.map((c) => [c.id, c.class]));
  const deadline = round.round.deadlines.individual;
  return round.examiners.map((examiner, index) => {
    const contestants = [...new Set(round.teams.filter((t) => t.members.includes(examiner.id)).flatMap((t) => t.contestants))].filter((id) => classOf.get(id));
    const own = contestants.flatMap((id) => {
      const chosen = files.individual.get(id)?.get(examiner.id);
      return chosen ? [{ id, chosen }] : [];
    });
    const deviations = own.flatMap(({ id, chosen }) => {
      const agreed = new Map(files.consensus.get(id)?.file.criteria.map((c) => [c.criterionId, c.score]) ?? []);
      return applicableCriteria(pkg, classOf.get(id)).flatMap((criterion) => {
        const score = chosen.file.criteria.find((c) => c.criterionId === criterion.id)?.score ?? null;
        const consensus = agreed.get(criterion.id) ?? null;
        if (score === null || consensus === null) return [];
        const scale = scaleOf(pkg, criterion);
        return [(100 * (score - consensus)) / (scale.max - scale.min)];
      });
    });
    const timely = own.filter(({ chosen }) => onTime(chosen, deadline)).length;
    return {
      code: `E${index + 1}`,
      name: namesShown ? examiner.name : null,
      expected: contestants.length,
      submitted: own.length,
      onTime: timely,
      late: own.length - timely,
      comparisons: deviations.length,
      meanAbsoluteDeviation: mean(deviations.map(Math.abs)),
      bias: mean(deviations),
    };
  });
}

export function evaluateDeadlines(round: RoundManifest, files: EvaluationFiles): DeadlineEvaluation[] {
  const { deadlines } = round.round;
  const count = (kind: DeadlineEvaluation['kind'], chosen: readonly Chosen<unknown>[]): DeadlineEvaluation => {
    const timely = chosen.filter((c) => onTime(c, deadlines[kind])).length;
    return { kind, label: DEADLINE_LABELS[kind], date: deadlines[kind], files: chosen.length, onTime: timely, late: chosen.length - timely };
  };
  return [
    count('individual', [...files.individual.values()].flatMap((byAuthor) => [...byAuthor.values()])),
    count('consensus', [...files.consensus.values()]),
    count('siteVisits', [...files.siteVisit.values()]),
  ];
}
