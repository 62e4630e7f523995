/**
 * Calibration against a reference assessment (formats.md "Training rounds"):
 * how far a trainee's scores lie from the reference's, in scale units, in
 * weighted points and in bands; whether each of the reference's comments has
 * a counterpart among the trainee's (evidence on the same page, or the same
 * passage); and the summary — mean absolute deviation, bias by criterion kind,
 * criteria more than one band off. Pure: no storage, no files.
 */
import type { EvidenceAnchor } from '../domain/assessment';
import type { Scale } from '../formats/criteria-package';
import { bandFor, isValidScore } from './scale';

export type CriterionKind = 'process' | 'result';
type ScaleShape = Pick<Scale, 'min' | 'max' | 'step' | 'bands'>;

/** A mean deviation within ± this many percent of the scale counts as even (half a step on 0–100 in steps of 10). */
export const BIAS_THRESHOLD_PERCENT = 5;

export interface ScoreComparison {
  /** Trainee − reference in scale units; null unless both scored. */
  readonly difference: number | null;
  /** The same in percent of the scale's range (comparable across scales). */
  readonly percentDifference: number | null;
  /** The same in the criterion's weighted points. */
  readonly pointsDifference: number | null;
  /** Index of each score's band in the scale (0 = lowest); null when unscored. */
  readonly traineeBand: number | null;
  readonly referenceBand: number | null;
  /** Trainee's band index − reference's; null unless both scored. */
  readonly bandDifference: number | null;
}

function bandIndex(scale: ScaleShape, score: number | null): number | null {
  if (score === null || !isValidScore(scale, score)) return null;
  const band = bandFor(scale, score);
  return band ? scale.bands.indexOf(band) : null;
}

/** One criterion: the trainee's score beside the reference's. Invalid scores count as unscored. */
export function compareScores(scale: ScaleShape, points: number, trainee: number | null, reference: number | null): ScoreComparison {
  const t = trainee !== null && isValidScore(scale, trainee) ? trainee : null;
  const r = reference !== null && isValidScore(scale, reference) ? reference : null;
  const traineeBand = bandIndex(scale, t);
  const referenceBand = bandIndex(scale, r);
  if (t === null || r === null) return { difference: null, percentDifference: null, pointsDifference: null, traineeBand, referenceBand, bandDifference: null };
  const range = scale.max - scale.min;
  const difference = t - r;
  return {
    difference,
    percentDifference: (100 * difference) / range,
    pointsDifference: (points * difference) / range,
    traineeBand,
    referenceBand,
    bandDifference: traineeBand !== null && referenceBand !== null ? traineeBand - referenceBand : null,
  };
}

/** Text as a reader compares passages: NFKC, case folded, whitespace collapsed. */
export function normalisedPassage(text: string): string {
  return text.normalize('NFKC').toLocaleLowerCase('sv').replace(/\s+/gu, ' ').trim();
}

/** A quote shorter than this says too little to call two passages the same. */
export const MIN_PASSAGE_CHARS = 12;

/** Both anchors quote the same passage of the same document: one quote contains the other. */
export function samePassage(a: EvidenceAnchor, b: EvidenceAnchor): boolean {
  if (a.documentSha256 !== b.documentSha256 || a.quote === undefined || b.quote === undefined) return false;
  const [x, y] = [normalisedPassage(a.quote), normalisedPassage(b.quote)];
  const [shorter, longer] = x.length <= y.length ? [x, y] : [y, x];
  return shorter.length >= MIN_PASSAGE_CHARS && longer.includes(shorter);
}

/** Both anchors point at the same page (PDF) or paragraph (Word) of the same document. */
export function samePlace(a: EvidenceAnchor, b: EvidenceAnchor): boolean {
  if (a.documentSha256 !== b.documentSha256) return false;
  return a.page !== undefined ? a.page === b.page : a.paragraph !== undefined && a.paragraph === b.paragraph;
}

export type CounterpartHow = 'passage' | 'pages';

export interface Counterpart {
  readonly id: string;
  readonly how: CounterpartHow;
}

/**
 * The trainee's comment (of the same list, in the same criterion) that covers a
 * reference comment: the first quoting the same passage, else the first with
 * evidence on a page the reference's evidence is on; null when none does. A
 * trainee's comment may cover several of the reference's (it need not be split).
 */
export function findCounterpart(
  reference: { readonly evidence: readonly EvidenceAnchor[] },
  candidates: readonly { readonly id: string; readonly evidence: readonly EvidenceAnchor[] }[],
): Counterpart | null {
  const covers = (test: (a: EvidenceAnchor, b: EvidenceAnchor) => boolean) =>
    candidates.find((candidate) => candidate.evidence.some((mine) => reference.evidence.some((theirs) => test(mine, theirs))));
  const passage = covers(samePassage);
  if (passage) return { id: passage.id, how: 'passage' };
  const page = covers(samePlace);
  return page ? { id: page.id, how: 'pages' } : null;
}

export type BiasDirection = 'high' | 'low' | 'even';

export interface Bias {
  /** Criteria with both scores. */
  readonly criteria: number;
  /** Mean (trainee − reference) in percent of each scale's range; null without criteria. */
  readonly mean: number | null;
  readonly direction: BiasDirection | null;
}

export interface ComparedCriterion {
  readonly criterionId: string;
  readonly kind: CriterionKind;
  /** Whether the reference scored the criterion (an unscored one is not counted). */
  readonly referenceScored: boolean;
  readonly comparison: Pick<ScoreComparison, 'percentDifference' | 'bandDifference'>;
}

export interface CalibrationSummary {
  /** Criteria the reference scores. */
  readonly criteria: number;
  /** Of those, criteria the trainee scored too. */
  readonly compared: number;
  /** Mean |trainee − reference| in percent of each scale's range; null when nothing was compared. */
  readonly meanAbsoluteDeviation: number | null;
  readonly bias: { readonly all: Bias; readonly process: Bias; readonly result: Bias };
  /** Criteria whose bands lie more than one apart, in the order given. */
  readonly offByMoreThanOneBand: readonly string[];
}

const mean = (values: readonly number[]): number | null => (values.length === 0 ? null : values.reduce((sum, v) => sum + v, 0) / values.length);

export function biasOf(percentDifferences: readonly number[]): Bias {
  const m = mean(percentDifferences);
  const direction = m === null ? null : m >= BIAS_THRESHOLD_PERCENT ? 'high' : m <= -BIAS_THRESHOLD_PERCENT ? 'low' : 'even';
  return { criteria: percentDifferences.length, mean: m, direction };
}

export function summariseCalibration(rows: readonly ComparedCriterion[]): CalibrationSummary {
  const compared = rows.filter((row) => row.comparison.percentDifference !== null);
  const differences = (kind?: CriterionKind) =>
    compared.filter((row) => kind === undefined || row.kind === kind).map((row) => row.comparison.percentDifference!);
  return {
    criteria: rows.filter((row) => row.referenceScored).length,
    compared: compared.length,
    meanAbsoluteDeviation: mean(differences().map(Math.abs)),
    bias: { all: biasOf(differences()), process: biasOf(differences('process')), result: biasOf(differences('result')) },
    offByMoreThanOneBand: rows.filter((row) => Math.abs(row.comparison.bandDifference ?? 0) > 1).map((row) => row.criterionId),
  };
}

export interface CriterionTrouble {
  readonly criterionId: string;
  /** Trainees who scored it beside a reference. */
  readonly trainees: number;
  /** Of those, how many were more than one band off (in any of their files). */
  readonly offByMoreThanOneBand: number;
  /** Mean |difference| and mean difference over every compared file, in percent of the scale. */
  readonly meanAbsoluteDeviation: number | null;
  readonly bias: Bias;
}

/**
 * Across trainees: per criterion, how many trainees were more than one band
 * off, and the mean deviation — the criteria that trouble most trainees first
 * (then the largest mean deviation; ties in the order first met).
 */
export function troubleByCriterion(trainees: readonly { readonly trainee: string; readonly rows: readonly ComparedCriterion[] }[]): CriterionTrouble[] {
  const byCriterion = new Map<string, { who: Set<string>; off: Set<string>; differences: number[] }>();
  for (const { trainee, rows } of trainees) {
    for (const row of rows) {
      if (row.comparison.percentDifference === null) continue;
      const entry = byCriterion.get(row.criterionId) ?? { who: new Set<string>(), off: new Set<string>(), differences: [] };
      entry.who.add(trainee);
      if (Math.abs(row.comparison.bandDifference ?? 0) > 1) entry.off.add(trainee);
      entry.differences.push(row.comparison.percentDifference);
      byCriterion.set(row.criterionId, entry);
    }
  }
  const troubles = [...byCriterion].map(([criterionId, entry]) => ({
    criterionId,
    trainees: entry.who.size,
    offByMoreThanOneBand: entry.off.size,
    meanAbsoluteDeviation: mean(entry.differences.map(Math.abs)),
    bias: biasOf(entry.differences),
  }));
  return troubles.sort((a, b) => b.offByMoreThanOneBand - a.offByMoreThanOneBand || (b.meanAbsoluteDeviation ?? 0) - (a.meanAbsoluteDeviation ?? 0));
}
