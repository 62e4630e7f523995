#!/usr/bin/env node
// Rebuilds the built-in övningsomgång (resources/ovning/) with the app's own CLI:
//   package build → ku-2026-exempel.kvpaket (the sample package, test/fixtures/samples/),
//   round build → ovningsomgang-2026.kvomgang from the övningsomgång's own source,
//   scripts/ovning/ (round-source.json and documents/): a bigger round than the
//   published sample, which stays as published.
// Both are signed with the example key and deterministic: rebuilding gives the
// same bytes (test/unit/resources/ovning.test.ts checks that).
// It is a training round: each practice contestant's reference assessment is
// written from the demo team's consensus (`reference ovning`, evidence found in
// the documents), signed with the example key (`reference sign`) and built in
// (`round build --references`), as round-source.json's training lists them.
// Usage: npm run build:ovning   (builds the app first)
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const samples = join(root, 'test/fixtures/samples');
const source = join(root, 'scripts/ovning');
const out = join(root, 'resources/ovning');
const cli = join(root, 'out/main/cli.js');

function run(args) {
  const result = spawnSync(process.execPath, [cli, ...args], { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

run([
  'package', 'build', join(samples, 'ku-2026-exempel.package-source.json'),
  '--key', join(samples, 'keys/private.pem'),
  '--out', join(out, 'ku-2026-exempel.kvpaket'), '--force',
]);
const roundSource = join(source, 'round-source.json');
const pkg = join(out, 'ku-2026-exempel.kvpaket');
const key = join(samples, 'keys/private.pem');
const references = JSON.parse(readFileSync(roundSource, 'utf8')).training?.references ?? [];
const work = mkdtempSync(join(tmpdir(), 'examinator-ovning-'));
try {
  if (references.length > 0) {
    run(['reference', 'ovning', roundSource, '--criteria', pkg, '--documents', join(source, 'documents'), '--out', join(work, 'sources')]);
    mkdirSync(join(work, 'reference'));
    for (const { contestant, path } of references) {
      run(['reference', 'sign', join(work, 'sources', `${contestant}.json`), '--criteria', pkg, '--key', key, '--out', join(work, path)]);
    }
  }
  run([
    'round', 'build', roundSource,
    '--criteria', pkg,
    '--documents', join(source, 'documents'),
    ...(references.length > 0 ? ['--references', join(work, 'reference')] : []),
    '--key', key,
    '--out', join(out, 'ovningsomgang-2026.kvomgang'), '--force',
  ]);
} finally {
  rmSync(work, { recursive: true, force: true });
}
