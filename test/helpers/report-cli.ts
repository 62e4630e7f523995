/** What the `examinator report` tests share: running the CLI, signed files written to folders, the totals the scoring rule gives. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { runCli } from '../../electron/cli/program';
import type { AssessmentFileInput } from '../../electron/core/exchange/assessment-file';
import { readRoundBundle } from '../../electron/core/rounds/round-bundle-read';
import type { ConsensusCriterion, CriterionAssessment } from '../../shared/domain/assessment';
import { formatNumber } from '../../shared/format';
import type { CriteriaPackage } from '../../shared/formats/criteria-package';
import { exampleTrust } from './bundles';
import { signed, type FileContext } from './reports/source';

/** A folder for the whole file (tempDir's are removed after each test). */
const suiteDirs: string[] = [];
export function suiteDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'examinator-report-cli-'));
  suiteDirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of suiteDirs) rmSync(dir, { recursive: true, force: true });
});

export async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (t) => void out.push(t), err: (t) => void err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

export async function contextOf(bundle: string, trust = exampleTrust()): Promise<FileContext & { pkg: CriteriaPackage }> {
  const { manifest, criteria } = await readRoundBundle(bundle, trust);
  return {
    roundId: manifest.round.id,
    criteriaPackage: manifest.criteriaPackage,
    documents: Object.fromEntries(manifest.contestants.map((c) => [c.id, c.documents[0]!.sha256])),
    pkg: criteria.package,
  };
}

export function write(dir: string, name: string, input: AssessmentFileInput): string {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, name);
  writeFileSync(path, signed(input).bytes);
  return path;
}

/** formats.md, computed from the package and the file's own scores: the sum of points × (score − min) / (max − min). */
export function expectedTotal(pkg: CriteriaPackage, criteria: readonly (CriterionAssessment | ConsensusCriterion)[]): number {
  return criteria.reduce((sum, c) => {
    const criterion = pkg.areas.flatMap((a) => a.criteria).find((k) => k.id === c.criterionId)!;
    const scale = pkg.scales.find((s) => s.id === criterion.scale)!;
    return sum + (c.score === null ? 0 : (criterion.points * (c.score - scale.min)) / (scale.max - scale.min));
  }, 0);
}

/** A number as the PDF's text reads back (a no-break space as a space). */
export const n = (value: number) => formatNumber(value).replace(/\s+/gu, ' ');
