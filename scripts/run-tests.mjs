#!/usr/bin/env node
// `npm test`: type-check, lint, build, then every vitest project (node, dom, e2e).
// Ends with the plain line "N passed, N failed" that CI reads.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const results = join(root, 'test-results');
const summaries = join(results, 'summaries');
const bin = (name) => join(root, 'node_modules', '.bin', name);

function step(title, command, args) {
  console.log(`\n▶ ${title}`);
  const run = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  return run.status === 0;
}

rmSync(summaries, { recursive: true, force: true });
mkdirSync(summaries, { recursive: true });

const failures = [];
if (!step('Type-check (tsc -b)', bin('tsc'), ['-b'])) failures.push('typecheck');
if (!step('Lint (eslint, incl. architecture boundaries)', bin('eslint'), ['--max-warnings', '0', '.'])) failures.push('lint');
if (!step('Build (electron-vite)', bin('electron-vite'), ['build'])) failures.push('build');
const extra = process.argv.slice(2);
const jsonFile = join(results, 'vitest.json');
rmSync(jsonFile, { force: true });
step('Tests (vitest: node, dom, e2e)', bin('vitest'), [
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${jsonFile}`,
  ...extra,
]);

let passed = 0;
let failed = 0;
let skipped = 0;
if (existsSync(jsonFile)) {
  const report = JSON.parse(readFileSync(jsonFile, 'utf8'));
  passed = report.numPassedTests;
  failed = report.numFailedTests + (report.numFailedTestSuites > 0 && report.numFailedTests === 0 ? report.numFailedTestSuites : 0);
  skipped = report.numPendingTests + report.numTodoTests;
} else {
  failures.push('vitest produced no report');
}

// Summary lines written by the suites themselves (hostile inputs, durability, …).
const readLines = (file) => readFileSync(join(summaries, file), 'utf8').trim().split('\n').filter(Boolean);
const files = existsSync(summaries) ? readdirSync(summaries).sort() : [];
const lines = files.filter((f) => f.endsWith('.txt')).flatMap(readLines);
if (files.includes('hostile.jsonl')) {
  const outcomes = readLines('hostile.jsonl').map((line) => JSON.parse(line));
  const refused = outcomes.filter((o) => o.refused).length;
  const changed = outcomes.filter((o) => o.changedDatabase).length;
  const safe = outcomes.filter((o) => !o.refused && o.acceptedSafely).length;
  const unexplained = outcomes.length - refused - safe;
  lines.unshift(
    `hostile inputs: ${outcomes.length} tried, ${refused} refused, ${safe} accepted safely by design` +
      `${unexplained > 0 ? `, ${unexplained} ACCEPTED WITHOUT REASON` : ''}, ${changed} changed the database`,
  );
}
if (files.includes('a11y.jsonl')) {
  const screens = readLines('a11y.jsonl').map((line) => JSON.parse(line));
  const failing = screens.reduce((sum, screen) => sum + screen.failing, 0);
  lines.push(`accessibility: ${screens.length} screens checked with axe (WCAG 2.1 A/AA), ${failing} serious or critical violations`);
}
if (lines.length > 0) {
  console.log('\nSummaries:');
  for (const line of lines) console.log(`  ${line}`);
}
if (failures.length > 0) console.log(`\nFailed steps: ${failures.join(', ')}`);
if (skipped > 0) console.log(`${skipped} skipped`);
console.log(`${passed} passed, ${failed + failures.length} failed`);
process.exit(failed === 0 && failures.length === 0 && passed > 0 ? 0 : 1);
