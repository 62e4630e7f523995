/**
 * Report speed: a bedömning per contestant (target ≤ 300 ms), a sammanställning
 * for a class of 100 (≤ 5 s), and LibreOffice converting a comparable DOCX to
 * PDF as a reference. Run: npx tsx test/bench/reports.bench.ts
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ReportFonts } from '../../electron/core/reports/fonts';
import { renderBedomning, renderSammanstallning } from '../../electron/core/reports/render';
import { buildBedomning, buildSammanstallning } from '../helpers/reports/build';
import { fonts } from '../helpers/reports/fonts';
import { lindgarden } from '../helpers/reports/lindgarden';
import { solrosen } from '../helpers/reports/solrosen';
import { bigClass } from '../helpers/reports/stress';
import { bedomningDocx } from './reports-docx';

export interface BenchResult {
  what: string;
  samplesMs: number[];
  referenceMs?: number[];
  reference?: string;
  target: string;
  pass: boolean;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function time(runs: number, work: () => Promise<unknown>): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    await work();
    samples.push(performance.now() - start);
  }
  return samples;
}

/** LibreOffice converting the DOCX, one cold process per sample as a user or a script would run it; null when it is not installed. */
function libreOffice(docx: Buffer, runs: number): number[] | null {
  if (spawnSync('libreoffice', ['--version'], { stdio: 'ignore' }).status !== 0) return null;
  const dir = mkdtempSync(join(tmpdir(), 'examinator-bench-'));
  try {
    const file = join(dir, 'bedomning.docx');
    writeFileSync(file, docx);
    const profile = `file://${join(dir, 'profile')}`;
    const convert = () => execFileSync('libreoffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, file], { stdio: 'ignore' });
    convert(); // first start creates the profile
    return Array.from({ length: runs }, () => {
      const start = performance.now();
      convert();
      return performance.now() - start;
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The session's parsed fonts with nothing shaped yet: every word of the report
 * is laid out afresh, as for a contestant whose texts the session has not seen.
 */
function unshaped(): ReportFonts {
  const empty = () => Object.create(null) as Record<string, unknown>;
  return { faces: fonts.faces, fallback: fonts.fallback, shaped: { regular: empty(), italic: empty(), semibold: empty(), light: empty() } };
}

export async function run(): Promise<BenchResult[]> {
  const models = [buildBedomning(solrosen), buildBedomning(lindgarden)];
  const options = { fonts, deterministic: true };
  await renderBedomning(models[0]!, options); // warm-up: the first report compiles the layout code and parses the fonts
  const bedomning = await time(20, async () => {
    await renderBedomning(models[0]!, { ...options, fonts: unshaped() });
    await renderBedomning(models[1]!, { ...options, fonts: unshaped() });
  });
  const perContestant = bedomning.map((ms) => ms / 2);
  const withAppendix = await time(10, () => renderBedomning(models[0]!, { ...options, fonts: unshaped(), appendix: true }));
  const klass = buildSammanstallning(bigClass(100), 'forskola', { anonymous: true });
  const sammanstallning = await time(3, () => renderSammanstallning(klass, { ...options, fonts: unshaped() }));
  const reference = libreOffice(await bedomningDocx(models[0]!), 3);

  return [
    {
      what: 'Bedömning per tävlande (14 kriterier, 11–13 sidor)',
      samplesMs: perContestant,
      ...(reference
        ? { referenceMs: reference, reference: 'libreoffice --headless --convert-to pdf av samma bedömning som DOCX' }
        : { reference: 'libreoffice saknas – ingen referens' }),
      target: '≤ 300 ms',
      pass: median(perContestant) <= 300,
    },
    { what: 'Bedömning med spårbarhetsbilaga (20 sidor)', samplesMs: withAppendix, target: '≤ 300 ms', pass: median(withAppendix) <= 300 },
    { what: 'Sammanställning, klass med 100 tävlande (16 sidor)', samplesMs: sammanstallning, target: '≤ 5 000 ms', pass: median(sammanstallning) <= 5000 },
  ];
}

if (process.argv[1]?.endsWith('reports.bench.ts')) {
  void run().then((results) => {
    for (const r of results) {
      const ms = median(r.samplesMs);
      console.log(`${r.pass ? 'ok  ' : 'FAIL'} ${r.what}: median ${ms.toFixed(0)} ms (${r.target})`);
      if (r.referenceMs) {
        const ref = median(r.referenceMs);
        console.log(`     referens: ${r.reference}: median ${ref.toFixed(0)} ms → pdfkit är ${(ref / ms).toFixed(1)} gånger snabbare`);
      } else if (r.reference) console.log(`     ${r.reference}`);
    }
    process.exitCode = results.every((r) => r.pass) ? 0 : 1;
  });
}
