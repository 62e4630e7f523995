/**
 * The calibration overview for stadsledningskontoret: every trainee's
 * submitted files of a training round beside the references — per trainee
 * (codes E1, E2 … in the round's order unless names are asked for) how far
 * off, which way, and what they need to work on; per criterion how many
 * trainees it troubles. Pure: built from comparisons already made.
 */
import type { CalibrationComparison, CalibrationOverview, TraineeCalibration } from '../../../shared/contract/calibration';

export type { CalibrationOverview, TraineeCalibration } from '../../../shared/contract/calibration';
import { formatNumber } from '../../../shared/format';
import type { RoundManifest } from '../../../shared/formats/round';
import { summariseCalibration, troubleByCriterion, type CalibrationSummary, type ComparedCriterion } from '../../../shared/scoring/calibration';
import { signedText } from '../../../shared/evaluation/labels';
import { comparedRow } from './compare';

/** Coverage of the reference's comments below this share is something to work on. */
const LOW_COVERAGE = 0.5;

function needsOf(summary: CalibrationSummary, coverage: { strengths: [number, number]; improvements: [number, number] }): string[] {
  const needs: string[] = [];
  for (const [kind, label] of [['process', 'arbetssätt'], ['result', 'resultat']] as const) {
    const bias = summary.bias[kind];
    if (bias.direction === 'high') needs.push(`Sätter för höga poäng på ${label} (${signedText(bias.mean)} %)`);
    if (bias.direction === 'low') needs.push(`Sätter för låga poäng på ${label} (${signedText(bias.mean)} %)`);
  }
  const off = [...new Set(summary.offByMoreThanOneBand)];
  if (off.length > 0) needs.push(`Mer än ett band ifrån på ${off.join(', ')}: läs nivåbeskrivningarna`);
  const [sCovered, sTotal] = coverage.strengths;
  const [iCovered, iTotal] = coverage.improvements;
  if (sTotal > 0 && sCovered / sTotal < LOW_COVERAGE) needs.push(`Hittar få av referensens styrkor (${formatNumber(sCovered)} av ${formatNumber(sTotal)})`);
  if (iTotal > 0 && iCovered / iTotal < LOW_COVERAGE) needs.push(`Hittar få av referensens förbättringsområden (${formatNumber(iCovered)} av ${formatNumber(iTotal)})`);
  return needs;
}

export function calibrationOverview(manifest: RoundManifest, comparisons: readonly CalibrationComparison[], namesShown: boolean, reportDate: string, exampleMaterial: boolean): CalibrationOverview {
  const byTrainee = new Map<string, CalibrationComparison[]>();
  for (const c of comparisons) byTrainee.set(c.trainee.examinerId, [...(byTrainee.get(c.trainee.examinerId) ?? []), c]);
  const titles = new Map(comparisons.flatMap((c) => c.criteria.map((k) => [k.criterionId, k.title] as const)));
  const kinds = new Map(comparisons.flatMap((c) => c.criteria.map((k) => [k.criterionId, k.kind] as const)));
  const pooled = new Map<string, ComparedCriterion[]>();
  const trainees: TraineeCalibration[] = [];
  manifest.examiners.forEach((examiner, index) => {
    const mine = byTrainee.get(examiner.id);
    if (!mine) return;
    const rows = mine.flatMap((c) => c.criteria.map(comparedRow));
    pooled.set(examiner.id, rows);
    const sum = (pick: (c: CalibrationComparison) => number) => mine.reduce((total, c) => total + pick(c), 0);
    const strengths: [number, number] = [sum((c) => c.summary.strengthsCovered), sum((c) => c.summary.strengthsTotal)];
    const improvements: [number, number] = [sum((c) => c.summary.improvementsCovered), sum((c) => c.summary.improvementsTotal)];
    const summary = summariseCalibration(rows);
    trainees.push({
      code: `E${index + 1}`,
      name: namesShown ? examiner.name : null,
      contestants: mine.map((c) => c.contestant.name),
      summary,
      strengthsCovered: strengths[0],
      strengthsTotal: strengths[1],
      improvementsCovered: improvements[0],
      improvementsTotal: improvements[1],
      needs: needsOf(summary, { strengths, improvements }),
    });
  });
  const criteria = troubleByCriterion([...pooled].map(([trainee, rows]) => ({ trainee, rows }))).map((t) => ({
    ...t,
    title: titles.get(t.criterionId) ?? '',
    kind: kinds.get(t.criterionId) ?? 'process',
  }));
  return {
    round: { id: manifest.round.id, title: manifest.round.title, year: manifest.round.year, exampleMaterial },
    reportDate,
    namesShown,
    files: comparisons.length,
    trainees,
    criteria,
  };
}
