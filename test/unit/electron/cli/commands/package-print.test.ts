import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../../../electron/cli/program';
import { readCriteriaSheet } from '../../../../../electron/core/authoring/criteria-sheet';
import { formatNumber } from '../../../../../shared/format';
import { fingerprint } from '../../../../../shared/fingerprint';
import { EXAMPLE_KEY_ID, packageSource, samplePath } from '../../../../helpers/samples';
import { tempDir } from '../../../../helpers/temp';

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (t) => void out.push(t), err: (t) => void err.push(t) });
  return { code, out: out.join('\n'), err: err.join('') };
}

/** The sample package with criterion 6.3 for Skola only, signed with the example key. */
async function classSpecificPackage(dir: string): Promise<string> {
  const source = packageSource();
  const last = source.package.areas.at(-1)!.criteria.at(-1)!;
  last.classes = ['skola'];
  const sourcePath = join(dir, 'kalla.json');
  writeFileSync(sourcePath, JSON.stringify(source));
  const out = join(dir, 'paket.kvpaket');
  expect((await cli('package', 'build', sourcePath, '--key', samplePath.privateKey, '--out', out)).code).toBe(0);
  return out;
}

/** pdftotext's text with every run of whitespace as one space. */
const pdfText = (path: string) => execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');

describe('examinator package print', () => {
  it('prints every criterion title, band label and per-class total, read back with pdftotext', async () => {
    const dir = tempDir();
    const file = await classSpecificPackage(dir);
    const out = join(dir, 'paket.pdf');
    const made = await cli('package', 'print', file, '--out', out, '--date', '2026-12-06', '--json');
    expect(made.code).toBe(0);
    expect(JSON.parse(made.out)).toMatchObject({ pages: expect.any(Number) });
    const text = pdfText(out);
    const pkg = packageSource().package;
    for (const area of pkg.areas) {
      expect(text).toContain(area.title);
      for (const criterion of area.criteria) expect(text).toContain(criterion.title.replace(/\s+/g, ' '));
    }
    for (const band of pkg.scales.flatMap((s) => s.bands)) expect(text).toContain(band.label);
    // 6.3 (100 p) counts only for Skola: 1 000 p there, 900 p for every other class.
    const totals = [...text.matchAll(/(Förskola|Skola|Andra verksamheter) (\d+) ([\d\s]+) p/g)].map((m) => [m[1], m[2], m[3]!.trim()]);
    expect(totals).toEqual([
      ['Förskola', '13', formatNumber(900).replace(/\s/g, ' ')],
      ['Skola', '14', formatNumber(1000).replace(/\s/g, ' ')],
      ['Andra verksamheter', '13', formatNumber(900).replace(/\s/g, ' ')],
    ]);
    expect(text).toContain('Gäller Skola');
    expect(text).toContain(`Signerat med nyckeln ${fingerprint(EXAMPLE_KEY_ID)}`);
    expect(text).toContain('Övningsmaterial — signerat med exempelnyckeln');
  });

  it('refuses an untrusted package and a missing file in one Swedish line, writing nothing', async () => {
    const dir = tempDir();
    const missing = await cli('package', 'print', join(dir, 'saknas.kvpaket'), '--out', join(dir, 'x.pdf'));
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/^Fel: Filen ".*saknas\.kvpaket" finns inte\.\n?$/);
    await cli('keygen', '--out', join(dir, 'nycklar'));
    const own = join(dir, 'egen.kvpaket');
    await cli('package', 'build', samplePath.packageSource, '--key', join(dir, 'nycklar', 'private.pem'), '--out', own);
    const refused = await cli('package', 'print', own, '--out', join(dir, 'egen.pdf'));
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('inte är betrodd');
    const trusted = await cli('package', 'print', own, '--out', join(dir, 'egen.pdf'), '--trust', join(dir, 'nycklar', 'public.pem'));
    expect(trusted.code).toBe(0);
    expect(pdfText(join(dir, 'egen.pdf'))).not.toContain('Övningsmaterial');
    // An existing file is replaced only with --force.
    const again = await cli('package', 'print', own, '--out', join(dir, 'egen.pdf'), '--trust', join(dir, 'nycklar', 'public.pem'));
    expect(again.code).toBe(1);
    expect(again.err).toContain('finns redan');
    expect((await cli('package', 'print', own, '--out', join(dir, 'egen.pdf'), '--trust', join(dir, 'nycklar', 'public.pem'), '--force')).code).toBe(0);
  });
});

describe('examinator package sheet', () => {
  it('writes the criteria as the template, and reading it back gives the same areas', async () => {
    const dir = tempDir();
    const file = await classSpecificPackage(dir);
    const out = join(dir, 'kriterier.xlsx');
    expect((await cli('package', 'sheet', file, '--out', out)).code).toBe(0);
    const pkg = packageSource().package;
    const read = await readCriteriaSheet({ bytes: readFileSync(out), name: 'kriterier.xlsx', path: out }, pkg.scales.map((s) => s.id), pkg.classes.map((c) => c.id));
    pkg.areas.at(-1)!.criteria.at(-1)!.classes = ['skola'];
    expect(read).toEqual({ ok: true, areas: pkg.areas, rows: 14 });
  });
});
