#!/usr/bin/env node
// `npm run pack [-- --win|--mac|--linux]`: build, make the Electron-ABI native module, package.
// Needs a machine that can download Electron. The packager never rebuilds native modules itself.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { electronVersion, ensureElectronNative } from './electron-native.mjs';

const root = join(import.meta.dirname, '..');
const bin = (name) => join(root, 'node_modules', '.bin', name);
const run = (command, args, env = process.env) => {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

run(bin('electron-vite'), ['build']);
ensureElectronNative();
run(bin('electron-builder'), ['--config', 'electron-builder.yml', ...process.argv.slice(2)], {
  ...process.env,
  EXAMINATOR_ELECTRON_VERSION: electronVersion(),
});
