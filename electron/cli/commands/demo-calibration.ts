/**
 * The demo's kalibreringsrapport: the övningsomgång is a training round, so one
 * examiner's individual file (the one whose own bedömning the demo prints) is
 * compared with the round's reference for that contestant — the same
 * comparison and PDF as `examinator report kalibrering --assessment`.
 */
import { join } from 'node:path';
import { type Candidate, calibrationFileName, compareFile, CONTESTANTS, findFontsDir, INDIVIDUAL_REPORT, loadReportFonts, renderCalibration, TIMELINE } from '../../core';
import { writeOutputFile } from '../output-file';
import type { LoadedRound } from '../report-inputs';
import type { WrittenFile } from './demo';

export async function writeDemoCalibration(round: LoadedRound, candidates: readonly Candidate[], staging: string): Promise<WrittenFile[]> {
  const { manifest, criteria, example, references } = round.verified;
  const contestantId = CONTESTANTS.map((c) => c.contestantId).find((id) => references.some((r) => r.contestantId === id));
  if (contestantId === undefined) return [];
  const examinerId = INDIVIDUAL_REPORT[contestantId]!;
  const own = candidates.filter((c) => c.file.stage === 'individual' && c.file.contestant.id === contestantId && c.file.author.examinerId === examinerId);
  const newest = own.reduce((a, b) => (b.file.revision > a.file.revision ? b : a));
  const comparison = compareFile({ manifest, pkg: criteria.package, example, references }, newest.file);
  const pdf = await renderCalibration(comparison, TIMELINE.reportDate, { fonts: loadReportFonts(findFontsDir()), deterministic: true });
  const name = calibrationFileName(comparison);
  writeOutputFile(join(staging, name), pdf.bytes);
  return [{ name, kind: 'kalibrering', bytes: pdf.bytes.length, pages: pdf.pages, contestantId, examinerId }];
}
