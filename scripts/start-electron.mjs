#!/usr/bin/env node
// `npm start`: build, make sure Electron's copy of the native module exists, launch Electron.
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ensureElectronNative } from './electron-native.mjs';

const root = join(import.meta.dirname, '..');
const bin = (name) => join(root, 'node_modules', '.bin', name);

const build = spawnSync(bin('electron-vite'), ['build'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

try {
  ensureElectronNative();
} catch (error) {
  console.error(`\n${error.message}`);
  console.error('Utan Electron kan du köra samma app i webbläsaren: npm run start:browser');
  process.exit(1);
}

const child = spawn(bin('electron'), ['.', ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
child.on('exit', (code) => {
  if (code !== 0) {
    console.error('\nElectron kunde inte starta (saknas Electron-binären? Den hämtas vid första start och kräver internet).');
    console.error('Samma app i webbläsaren: npm run start:browser');
  }
  process.exit(code ?? 1);
});
