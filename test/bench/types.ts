/**
 * What every `test/bench/*.bench.ts` exports:
 *
 *   export async function run(): Promise<BenchResult[]>
 *
 * `npm run bench` runs them all and prints one table (what, median, p95, the
 * reference tool's median in the same run, the ratio, the target, pass/fail),
 * and writes the same to bench/results.json.
 */
export interface BenchResult {
  /** What was measured, in a few words ("extract text of a 40-page PDF"). */
  readonly what: string;
  /** One number per run (milliseconds, unless `unit` says otherwise). */
  readonly samplesMs: number[];
  /** The same work done by the reference tool in the same run (e.g. pdftotext), if there is one. */
  readonly referenceMs?: number[];
  /** Name of the reference tool ("pdftotext 22.02"). */
  readonly reference?: string;
  /** The target as a reader would say it ("median ≤ 500 ms", "≤ 2 × pdftotext"). */
  readonly target: string;
  readonly pass: boolean;
  /** For results that are not times (bundle sizes): the unit of `samplesMs`. Default 'ms'. */
  readonly unit?: 'ms' | 'kB';
}
