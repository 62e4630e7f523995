#!/usr/bin/env node
// Rebuilds the built-in övningsomgång (resources/ovning/) with the app's own CLI:
//   package build → ku-2026-exempel.kvpaket (the sample package, test/fixtures/samples/),
//   round build → ovningsomgang-2026.kvomgang from the övningsomgång's own source,
//   scripts/ovning/ (round-source.json and documents/): a bigger round than the
//   published sample, which stays as published.
// Both are signed with the example key and deterministic: rebuilding gives the
// same bytes (test/unit/resources/ovning.test.ts checks that).
// Usage: npm run build:ovning   (builds the app first)
import { spawnSync } from 'node:child_process';
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
run([
  'round', 'build', join(source, 'round-source.json'),
  '--criteria', join(out, 'ku-2026-exempel.kvpaket'),
  '--documents', join(source, 'documents'),
  '--key', join(samples, 'keys/private.pem'),
  '--out', join(out, 'ovningsomgang-2026.kvomgang'), '--force',
]);
