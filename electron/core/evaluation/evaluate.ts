/**
 * The evaluation of a round from verified assessment files: every
 * examiner's individual files, every team's consensus and site-visit files.
 * Pure: no database, no files; the CLI and the app verify the files first.
 */
import type { CriteriaPackage } from '../../../shared/formats/criteria-package';
import type { RoundManifest } from '../../../shared/formats/round';
import type { Candidate } from '../reports/build';
import { checkReportDate } from '../reports/build/source';
import { evaluateClasses } from './classes';
import { evaluateCriteria } from './criteria';
import { evaluateDeadlines, evaluateExaminers } from './examiners';
import { chooseFiles } from './files';
import type { EvaluationModel } from '../../../shared/evaluation/model';

export interface EvaluationInput {
  readonly round: RoundManifest;
  readonly pkg: CriteriaPackage;
  readonly exampleMaterial: boolean;
  /** Verified files of the round, any stage, any revision. */
  readonly candidates: readonly Candidate[];
  /** Examiners' names instead of codes E1, E2 … */
  readonly namesShown: boolean;
  /** "YYYY-MM-DD". */
  readonly reportDate: string;
}

export function evaluateRound(input: EvaluationInput): EvaluationModel {
  const { round, pkg } = input;
  const files = chooseFiles(input.candidates);
  const byClass = new Map<string, string[]>();
  for (const c of round.contestants) if (c.class !== undefined) byClass.set(c.class, [...(byClass.get(c.class) ?? []), c.id]);
  const allClasses = pkg.classes.map((k) => k.id);
  return {
    round: { id: round.round.id, title: round.round.title, year: round.round.year, exampleMaterial: input.exampleMaterial },
    package: { title: pkg.title, revision: pkg.revision },
    reportDate: checkReportDate(input.reportDate),
    namesShown: input.namesShown,
    spreadThreshold: pkg.consensus.spreadThreshold,
    files: {
      individual: [...files.individual.values()].reduce((sum, byAuthor) => sum + byAuthor.size, 0),
      consensus: files.consensus.size,
      siteVisit: files.siteVisit.size,
    },
    criteria: evaluateCriteria(pkg, files, (criterion) => (criterion.classes ?? allClasses).flatMap((id) => byClass.get(id) ?? [])),
    examiners: evaluateExaminers(round, pkg, files, input.namesShown),
    deadlines: evaluateDeadlines(round, files),
    classes: evaluateClasses(round, pkg, files),
  };
}
