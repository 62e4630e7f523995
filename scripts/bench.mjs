#!/usr/bin/env node
// `npm run bench [-- filter]`: builds the app, runs every test/bench/*.bench.ts
// (each exports `run(): Promise<BenchResult[]>`, see test/bench/types.ts),
// prints one table and writes it to bench/results.json. Not part of `npm test`.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { tsImport } from 'tsx/esm/api';

// tsx runs our TypeScript as CommonJS (the package is not "type": "module"); ESM-only
// dependencies such as canonicalize export only an "import" condition: esm-only-packages.cjs
// resolves just those (a global --conditions=import breaks dual packages, see there).
const esmOnly = join(import.meta.dirname, 'esm-only-packages.cjs');
if (!process.execArgv.includes(esmOnly)) {
  const again = spawnSync(process.execPath, ['--require', esmOnly, ...process.execArgv, import.meta.filename, ...process.argv.slice(2)], { stdio: 'inherit' });
  process.exit(again.status ?? 1);
}

const root = join(import.meta.dirname, '..');
const benchDir = join(root, 'test', 'bench');
const filter = process.argv[2] ?? '';
const load = (file) => tsImport(pathToFileURL(join(benchDir, file)).href, import.meta.url);

console.log('▶ Build (electron-vite)');
const build = spawnSync(join(root, 'node_modules', '.bin', 'electron-vite'), ['build'], { cwd: root, stdio: 'ignore' });
if (build.status !== 0) {
  console.error('The build failed: run "npm run build" to see why.');
  process.exit(1);
}

const { median, percentile } = await load('measure.ts');
const files = readdirSync(benchDir)
  .filter((name) => name.endsWith('.bench.ts') && name.includes(filter))
  .sort();
const rows = [];
let crashed = 0;
for (const file of files) {
  console.log(`▶ ${file}`);
  try {
    const bench = await load(file);
    for (const result of await bench.run()) rows.push({ file, ...summarize(result) });
  } catch (error) {
    crashed += 1;
    console.error(`  ${file} failed: ${error instanceof Error ? error.stack : error}`);
    rows.push({ file, what: `${file} (failed to run)`, unit: 'ms', median: NaN, p95: NaN, samples: 0, referenceMedian: null, reference: null, ratio: null, target: '–', pass: false });
  }
}

function summarize(result) {
  const referenceMedian = result.referenceMs?.length ? median(result.referenceMs) : null;
  const m = median(result.samplesMs);
  return {
    what: result.what,
    unit: result.unit ?? 'ms',
    median: m,
    p95: percentile(result.samplesMs, 95),
    samples: result.samplesMs.length,
    referenceMedian,
    reference: result.reference ?? null,
    ratio: referenceMedian ? m / referenceMedian : null,
    target: result.target,
    pass: result.pass,
  };
}

const num = (value, unit) => {
  if (value === null || Number.isNaN(value)) return '–';
  const digits = unit === 'kB' || value >= 100 ? 0 : value >= 10 ? 1 : 2;
  return `${value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits })} ${unit}`;
};
const header = ['what', 'median', 'p95', 'reference (median)', 'ratio', 'target', 'result'];
const table = rows.map((row) => [
  row.what,
  num(row.median, row.unit),
  num(row.p95, row.unit),
  row.referenceMedian === null ? '–' : `${row.reference ?? 'reference'}: ${num(row.referenceMedian, row.unit)}`,
  row.ratio === null ? '–' : `${row.ratio.toFixed(2)}×`,
  row.target,
  row.pass ? 'pass' : 'FAIL',
]);
const widths = header.map((title, i) => Math.max(title.length, ...table.map((cells) => cells[i].length)));
const line = (cells) => cells.map((cell, i) => cell.padEnd(widths[i])).join(' │ ');
console.log(`\n${line(header)}\n${widths.map((w) => '─'.repeat(w)).join('─┼─')}`);
for (const cells of table) console.log(line(cells));

const failed = rows.filter((row) => !row.pass).length;
mkdirSync(join(root, 'bench'), { recursive: true });
writeFileSync(
  join(root, 'bench', 'results.json'),
  `${JSON.stringify({ at: new Date().toISOString(), node: process.version, results: rows }, null, 2)}\n`,
);
console.log(`\n${rows.length - failed} of ${rows.length} targets met${crashed ? `, ${crashed} bench file(s) crashed` : ''}; written to bench/results.json`);
process.exit(failed === 0 ? 0 : 1);
