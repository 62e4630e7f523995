/**
 * The demo's evaluation of the round for stadsledningskontoret: the same
 * model, PDF and workbook as `examinator report utvardering`, from the files
 * the demo exported.
 */
import { join } from 'node:path';
import { type Candidate, evaluateRound, evaluationWorkbook, findFontsDir, loadReportFonts, renderEvaluation, TIMELINE } from '../../core';
import { writeOutputFile } from '../output-file';
import type { LoadedRound } from '../report-inputs';
import type { WrittenFile } from './demo';

export const DEMO_EVALUATION = { pdf: 'utvardering-av-omgangen.pdf', xlsx: 'utvardering-av-omgangen.xlsx' } as const;

export async function writeDemoEvaluation(round: LoadedRound, candidates: readonly Candidate[], staging: string): Promise<WrittenFile[]> {
  const { manifest, criteria, example } = round.verified;
  const model = evaluateRound({ round: manifest, pkg: criteria.package, exampleMaterial: example, candidates, namesShown: false, reportDate: TIMELINE.reportDate });
  const pdf = await renderEvaluation(model, { fonts: loadReportFonts(findFontsDir()), deterministic: true });
  const workbook = await evaluationWorkbook(model);
  writeOutputFile(join(staging, DEMO_EVALUATION.pdf), pdf.bytes);
  writeOutputFile(join(staging, DEMO_EVALUATION.xlsx), workbook);
  return [
    { name: DEMO_EVALUATION.pdf, kind: 'utvardering', bytes: pdf.bytes.length, pages: pdf.pages },
    { name: DEMO_EVALUATION.xlsx, kind: 'utvardering-xlsx', bytes: workbook.length },
  ];
}
