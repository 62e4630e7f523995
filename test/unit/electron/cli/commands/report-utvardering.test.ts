import ExcelJS from 'exceljs';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../../../electron/cli/program';
import type { AssessmentFileInput } from '../../../../../electron/core/exchange/assessment-file';
import { readRoundBundle } from '../../../../../electron/core/rounds/round-bundle-read';
import type { CriteriaPackage } from '../../../../../shared/formats/criteria-package';
import { exampleTrust } from '../../../../helpers/bundles';
import { lindgarden } from '../../../../helpers/reports/lindgarden';
import { solrosen } from '../../../../helpers/reports/solrosen';
import { beforeVisit, evaluationFiles } from '../../../../helpers/evaluation-files';
import { individualFileInput, signed, type ContestantSource } from '../../../../helpers/reports/source';
import { samplePath } from '../../../../helpers/samples';
import { pairwiseAlpha } from '../../../../helpers/pairwise-alpha';
import { tempDir } from '../../../../helpers/temp';
import { readPdf } from '../../core/reports/read-pdf';

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (t) => void out.push(t), err: (t) => void err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const EXAMINERS = ['AL', 'BH', 'CE'] as const;
let pkg: CriteriaPackage;
let dir: string;
let out: string;
let consensus: { solrosen: AssessmentFileInput; lindgarden: AssessmentFileInput };

beforeAll(async () => {
  pkg = (await readRoundBundle(samplePath.round, exampleTrust())).criteria.package;
  // tempDir()'s folders go after each test; these serve the whole file.
  out = mkdtempSync(join(tmpdir(), 'examinator-utvardering-'));
  dir = join(out, 'filer');
  mkdirSync(dir);
  const written = evaluationFiles();
  for (const [name, bytes] of Object.entries(written.files)) writeFileSync(join(dir, name), bytes);
  consensus = written.consensus;
});

afterAll(() => rmSync(out, { recursive: true, force: true }));

const criterionIds = () => pkg.areas.flatMap((a) => a.criteria.map((c) => c.id));
const scoresOf = (source: ContestantSource, id: string) => source.criteria.find((c) => c.id === id)!.scores.filter((s): s is number => s !== null);
const mean = (values: readonly number[]) => values.reduce((a, b) => a + b, 0) / values.length;

interface Numbers {
  criteria: { id: string; raters: number; units: number; alpha: number | null; meanSpread: number | null; maxSpread: number | null; reachedThreshold: number; consensusShift: { mean: number | null }; siteVisit: { changed: number; contestants: number } }[];
  examiners: { code: string; name: string | null; expected: number; submitted: number; onTime: number; late: number; comparisons: number; bias: number | null; meanAbsoluteDeviation: number | null }[];
  deadlines: { kind: string; files: number; onTime: number; late: number }[];
  classes: { id: string; assessed: number; totals: { median: number } | null; siteVisits: number }[];
}

describe('examinator report utvardering', () => {
  let json: Numbers & { path: string; pages: number; xlsx: string };

  beforeAll(async () => {
    const result = await cli('report', 'utvardering', '--round', samplePath.round, '--assessments', dir, '--out', join(out, 'utvardering.pdf'), '--xlsx', join(out, 'utvardering.xlsx'), '--date', '2026-11-10', '--json');
    expect(result.err).toContain('Skapar rapport 1 av 1: Utvärdering av omgången');
    expect(result.code).toBe(0);
    json = JSON.parse(result.out);
  });

  it('prints per criterion the raters, units, alpha and spreads, computed independently here from the scores written', () => {
    expect(json.criteria.map((c) => c.id)).toEqual(criterionIds());
    for (const c of json.criteria) {
      const units = [scoresOf(solrosen, c.id), scoresOf(lindgarden, c.id)].filter((u) => u.length >= 2);
      const spreads = units.map((u) => Math.max(...u) - Math.min(...u));
      const expectedAlpha = pairwiseAlpha(units);
      if (expectedAlpha === null) expect(c.alpha).toBeNull();
      else expect(c.alpha).toBeCloseTo(expectedAlpha, 10);
      expect(c).toMatchObject({
        raters: 3,
        units: units.length,
        meanSpread: mean(spreads),
        maxSpread: Math.max(...spreads),
        reachedThreshold: spreads.filter((s) => s >= pkg.consensus.spreadThreshold).length,
      });
      const shifts = [beforeVisit(solrosen), lindgarden].map((s) => {
        const k = s.criteria.find((x) => x.id === c.id)!;
        return k.score! - mean(k.scores.filter((x): x is number => x !== null));
      });
      expect(c.consensusShift.mean).toBeCloseTo(mean(shifts), 10);
      const visited = solrosen.criteria.find((k) => k.id === c.id)!;
      expect(c.siteVisit).toMatchObject({ contestants: visited.before === undefined ? 0 : 1, changed: visited.before !== undefined && visited.before !== visited.score ? 1 : 0 });
    }
    // Not every criterion agrees the same: the data has real disagreement for the report to rank.
    expect(new Set(json.criteria.map((c) => c.alpha)).size).toBeGreaterThan(3);
  });

  it('gives examiners codes, counts late files by the Stockholm date, and measures each against the team’s consensus', () => {
    expect(json.examiners.map((e) => [e.code, e.name, e.expected, e.submitted, e.onTime, e.late])).toEqual([
      ['E1', null, 2, 2, 2, 0],
      ['E2', null, 2, 2, 2, 0],
      ['E3', null, 2, 2, 1, 1],
    ]);
    EXAMINERS.forEach((initials, index) => {
      const deviations = [
        [solrosen, consensus.solrosen],
        [lindgarden, consensus.lindgarden],
      ].flatMap(([source, team]) =>
        (source as ContestantSource).criteria.flatMap((c) => {
          const own = c.scores[index];
          const agreed = (team as AssessmentFileInput).criteria.find((k) => k.criterionId === c.id)!.score;
          return own === null || own === undefined || agreed === null ? [] : [own - agreed]; // scales are 0–100: percent = points
        }),
      );
      expect(json.examiners[index]!.comparisons).toBe(deviations.length);
      expect(json.examiners[index]!.bias).toBeCloseTo(mean(deviations), 10);
      expect(json.examiners[index]!.meanAbsoluteDeviation).toBeCloseTo(mean(deviations.map(Math.abs)), 10);
    });
    expect(json.deadlines).toEqual([
      expect.objectContaining({ kind: 'individual', files: 6, onTime: 5, late: 1 }),
      expect.objectContaining({ kind: 'consensus', files: 2, onTime: 1, late: 1 }),
      expect.objectContaining({ kind: 'siteVisits', files: 1, onTime: 1, late: 0 }),
    ]);
  });

  it('writes the PDF with every criterion’s alpha, lowest first, and the workbook with the same raw numbers', async () => {
    const pdf = await readPdf(readFileSync(json.path));
    expect(pdf.pages.length).toBe(json.pages);
    expect(pdf.text).toContain('Utvärdering av omgången');
    expect(pdf.text).toContain('Övningsmaterial');
    const sorted = [...json.criteria].filter((c) => c.alpha !== null).sort((a, b) => a.alpha! - b.alpha!);
    const positions = sorted.map((c) => pdf.text.indexOf(`${c.id} ${pkg.areas.flatMap((a) => a.criteria).find((k) => k.id === c.id)!.title}`));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    for (const c of sorted) expect(pdf.text).toContain(c.alpha!.toFixed(3).replace('.', ','));
    expect(pdf.text).toContain('Att se över till nästa år');
    expect(pdf.text).not.toContain('Anna Lind');

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(json.xlsx);
    const sheet = workbook.getWorksheet('Kriterier')!;
    const header = sheet.getRow(1).values as unknown[];
    const column = (name: string) => header.indexOf(name);
    for (const [i, c] of json.criteria.entries()) {
      const row = sheet.getRow(i + 2);
      expect(row.getCell(column('Kriterium')).value).toBe(c.id);
      expect(row.getCell(column('Alfa (intervall)')).value ?? null).toBe(c.alpha);
      expect(row.getCell(column('Spridning störst')).value).toBe(c.maxSpread);
      expect(row.getCell(column('Nådde spridningsgränsen')).value).toBe(c.reachedThreshold);
    }
    expect(workbook.getWorksheet('Examinatorer')!.getRow(4).values).toEqual([undefined, 'E3', undefined, 2, 2, 1, 1, json.examiners[2]!.comparisons, json.examiners[2]!.meanAbsoluteDeviation, json.examiners[2]!.bias]);
  });

  it('shows names only when asked, and refuses a folder with a file that is not verified', async () => {
    const named = await cli('report', 'utvardering', '--round', samplePath.round, '--assessments', dir, '--out', join(out, 'namn.pdf'), '--names', '--json');
    expect(named.code).toBe(0);
    expect(JSON.parse(named.out).examiners.map((e: { name: string }) => e.name)).toEqual(['Anna Lind', 'Bilal Haddad', 'Cecilia Ek']);
    const broken = join(tempDir(), 'trasig');
    mkdirSync(broken);
    const original = signed(individualFileInput(solrosen, 'BH')).bytes.toString('utf8');
    const bytes = original.replace(/"revision": ?1\b/, '"revision":9');
    expect(bytes).not.toBe(original);
    writeFileSync(join(broken, 'andrad.kvbedomning'), bytes);
    const refused = await cli('report', 'utvardering', '--round', samplePath.round, '--assessments', broken, '--out', join(out, 'nej.pdf'));
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('andrad.kvbedomning');
    expect(existsSync(join(out, 'nej.pdf'))).toBe(false);
  });

  it('refuses one file for both the PDF and the workbook before reading anything (exit 2)', async () => {
    const same = join(out, 'samma.pdf');
    const result = await cli('report', 'utvardering', '--round', samplePath.round, '--assessments', dir, '--out', same, '--xlsx', same);
    expect(result).toMatchObject({ code: 2, err: 'Fel: --xlsx och --out ska vara två olika filer.' });
    expect(existsSync(same)).toBe(false);
  });
});
