/**
 * The comparison of one trainee's submitted individual assessment with the
 * training round's reference for that contestant (issue 17, "Calibration"):
 * pure, from the parsed package, round and both assessments. The app's
 * channel, the kalibreringsrapport and the CLI all build it here.
 */
import type {
  CalibrationComment,
  CalibrationComparison,
  CriterionCalibration,
  ReferenceCommentMatch,
} from '../../../shared/contract/calibration';
import type { Comment, ConsensusCriterion, CriterionAssessment } from '../../../shared/domain/assessment';
import { appError } from '../../../shared/errors';
import { allCriteria, type CriteriaPackage } from '../../../shared/formats/criteria-package';
import type { RoundManifest } from '../../../shared/formats/round';
import { compareScores, findCounterpart, summariseCalibration, type ComparedCriterion } from '../../../shared/scoring/calibration';
import { scaleOf } from '../../../shared/scoring/points';

export interface ComparisonInput {
  readonly round: RoundManifest;
  readonly pkg: CriteriaPackage;
  readonly exampleMaterial: boolean;
  readonly contestantId: string;
  readonly trainee: {
    readonly examinerId: string;
    readonly name: string;
    readonly revision: number;
    readonly submittedAt: string;
    readonly criteria: readonly CriterionAssessment[];
  };
  readonly reference: { readonly sha256: string; readonly keyId: string; readonly criteria: readonly ConsensusCriterion[] };
}

type Titles = ReadonlyMap<string, string>;

function shown(comment: Comment, titles: Titles): CalibrationComment {
  return {
    id: comment.id,
    text: comment.text,
    evidence: comment.evidence.map((anchor) => ({
      documentSha256: anchor.documentSha256,
      documentTitle: titles.get(anchor.documentSha256) ?? 'Okänt dokument',
      page: anchor.page ?? null,
      paragraph: anchor.paragraph ?? null,
      quote: anchor.quote ?? null,
    })),
  };
}

function matchList(reference: readonly Comment[], mine: readonly Comment[], titles: Titles): { matches: ReferenceCommentMatch[]; unmatched: CalibrationComment[] } {
  const used = new Set<string>();
  const matches = reference.map((comment) => {
    const found = findCounterpart(comment, mine);
    const counterpart = found ? mine.find((m) => m.id === found.id)! : null;
    if (counterpart) used.add(counterpart.id);
    return { reference: shown(comment, titles), counterpart: counterpart && found ? { id: counterpart.id, text: counterpart.text, how: found.how } : null };
  });
  return { matches, unmatched: mine.filter((m) => !used.has(m.id)).map((m) => shown(m, titles)) };
}

export function compareWithReference(input: ComparisonInput): CalibrationComparison {
  const { round, pkg } = input;
  const contestant = round.contestants.find((c) => c.id === input.contestantId)!;
  // A prize entry has no scores to calibrate; the core never gets here for one (its assessment is refused first).
  if (contestant.class === undefined) throw appError('contestant-prize-only', { name: contestant.name });
  const classId = contestant.class;
  const titles: Titles = new Map(contestant.documents.map((d) => [d.sha256, d.title]));
  const mine = new Map(input.trainee.criteria.map((c) => [c.criterionId, c]));
  const theirs = new Map(input.reference.criteria.map((c) => [c.criterionId, c]));
  const rows = allCriteria(pkg)
    .filter(({ criterion }) => !criterion.classes || criterion.classes.includes(classId))
    .map(({ area, criterion }) => {
      const scale = scaleOf(pkg, criterion);
      const own = mine.get(criterion.id);
      const reference = theirs.get(criterion.id);
      const comparison = compareScores(scale, criterion.points, own?.score ?? null, reference?.score ?? null);
      const band = (index: number | null) => (index === null ? null : scale.bands[index]!.label);
      const strengths = matchList(reference?.strengths ?? [], own?.strengths ?? [], titles);
      const improvements = matchList(reference?.improvements ?? [], own?.improvements ?? [], titles);
      const view: CriterionCalibration = {
        criterionId: criterion.id,
        title: criterion.title,
        areaTitle: area.title,
        kind: criterion.kind,
        scale: { min: scale.min, max: scale.max, step: scale.step, unit: scale.unit ?? '' },
        trainee: { score: comparison.traineeBand === null ? null : own!.score, band: band(comparison.traineeBand) },
        reference: { score: comparison.referenceBand === null ? null : reference!.score, band: band(comparison.referenceBand) },
        difference: comparison.difference,
        percentDifference: comparison.percentDifference,
        pointsDifference: comparison.pointsDifference,
        bandDifference: comparison.bandDifference,
        strengths: strengths.matches,
        improvements: improvements.matches,
        rationale: reference?.rationale ?? '',
        unmatched: { strengths: strengths.unmatched, improvements: improvements.unmatched },
      };
      return { view, compared: comparedRow(view) };
    });
  const criteria = rows.map((row) => row.view);
  const summary = summariseCalibration(rows.map((row) => row.compared));
  const count = (list: 'strengths' | 'improvements', covered: boolean) =>
    criteria.reduce((sum, c) => sum + c[list].filter((m) => !covered || m.counterpart !== null).length, 0);
  const classTitle = pkg.classes.find((k) => k.id === classId)?.title ?? classId;
  return {
    roundId: round.round.id,
    roundTitle: round.round.title,
    exampleMaterial: input.exampleMaterial,
    contestant: { id: contestant.id, name: contestant.name, classTitle },
    trainee: { examinerId: input.trainee.examinerId, name: input.trainee.name, revision: input.trainee.revision, submittedAt: input.trainee.submittedAt },
    reference: { sha256: input.reference.sha256, keyId: input.reference.keyId },
    criteria,
    summary: {
      ...summary,
      strengthsCovered: count('strengths', true),
      strengthsTotal: count('strengths', false),
      improvementsCovered: count('improvements', true),
      improvementsTotal: count('improvements', false),
    },
  };
}

/** A criterion of a comparison as the summary math takes it. */
export function comparedRow(c: CriterionCalibration): ComparedCriterion {
  return { criterionId: c.criterionId, kind: c.kind, referenceScored: c.reference.score !== null, comparison: { percentDifference: c.percentDifference, bandDifference: c.bandDifference } };
}
