/**
 * The evaluation of a whole round (issue 17): 1 000 contestants, 300
 * examiners, 4 000 individual files and 1 000 consensus files, already
 * verified — the statistics, then the PDF.
 */
import { evaluateRound } from '../../electron/core/evaluation/evaluate';
import { renderEvaluation } from '../../electron/core/evaluation/render';
import { readRoundBundle } from '../../electron/core/rounds/round-bundle-read';
import { findFontsDir, loadReportFonts } from '../../electron/core/reports/fonts';
import { exampleTrust } from '../helpers/bundle-bytes';
import { samplePath } from '../helpers/samples';
import { syntheticRound } from '../helpers/synthetic-evaluation';
import { median } from './measure';
import type { BenchResult } from './types';

const RUNS = 5;

export async function run(): Promise<BenchResult[]> {
  const { manifest, criteria } = await readRoundBundle(samplePath.round, exampleTrust());
  const { round, candidates } = syntheticRound({ round: manifest, pkg: criteria.package });
  const input = { round, pkg: criteria.package, exampleMaterial: true, candidates, namesShown: false, reportDate: '2026-11-10' };
  const fonts = loadReportFonts(findFontsDir());
  const statistics: number[] = [];
  const pdf: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    let start = performance.now();
    const model = evaluateRound(input);
    statistics.push(performance.now() - start);
    start = performance.now();
    await renderEvaluation(model, { fonts, deterministic: true });
    pdf.push(performance.now() - start);
  }
  return [
    { what: 'utvärdering av omgången, 1 000 tävlande: statistiken', samplesMs: statistics, target: 'median ≤ 2 000 ms', pass: median(statistics) <= 2000 },
    { what: 'utvärdering av omgången, 1 000 tävlande: PDF', samplesMs: pdf, target: 'median ≤ 5 000 ms', pass: median(pdf) <= 5000 },
  ];
}
