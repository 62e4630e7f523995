// Builds better-sqlite3 for Electron's ABI into .electron-native/<electron version>/,
// leaving node_modules' Node build (used by tests and the CLI) untouched.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(import.meta.url);

const root = join(import.meta.dirname, '..');

export function electronVersion() {
  return JSON.parse(readFileSync(join(root, 'node_modules/electron/package.json'), 'utf8')).version;
}

export function nativeBindingPath(version = electronVersion()) {
  return join(root, '.electron-native', version, 'better_sqlite3.node');
}

/** Returns the path of the Electron build, making it first if needed. */
export function ensureElectronNative(version = electronVersion()) {
  const target = nativeBindingPath(version);
  if (existsSync(target)) return target;
  const work = join(root, '.cache', 'electron-native-build', version);
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const copy = join(work, 'better-sqlite3');
  cpSync(join(root, 'node_modules/better-sqlite3'), copy, { recursive: true, filter: (src) => !src.includes(`${join('better-sqlite3', 'build')}`) });
  // A global nodedir (set on some machines) would make node-gyp build against Node's headers
  // and silently label a Node-ABI module as Electron's: clear it for this build.
  const env = { ...process.env, npm_config_nodedir: '', npm_config_runtime: 'electron', npm_config_target: version };
  const run = (command, args) => spawnSync(command, args, { cwd: copy, stdio: 'inherit', env, shell: process.platform === 'win32' });
  console.log(`Bygger better-sqlite3 för Electron ${version} (en gång per Electron-version)…`);
  const prebuilt = run(join(root, 'node_modules/.bin/prebuild-install'), ['--runtime', 'electron', '--target', version]);
  if (prebuilt.status !== 0) {
    const built = run(process.execPath, [
      join(root, 'node_modules/node-gyp/bin/node-gyp.js'),
      'rebuild',
      '--release',
      `--target=${version}`,
      '--runtime=electron',
      '--dist-url=https://electronjs.org/headers',
    ]);
    if (built.status !== 0) {
      throw new Error('better-sqlite3 kunde inte byggas för Electron (kräver internet för Electrons headers).');
    }
  }
  const built = join(copy, 'build/Release/better_sqlite3.node');
  assertAbi(built, version);
  mkdirSync(join(root, '.electron-native', version), { recursive: true });
  cpSync(built, target);
  return target;
}

/** Refuses a module compiled for another ABI (it would crash Electron at start). */
function assertAbi(file, version) {
  const abi = require('node-abi').getAbi(version, 'electron');
  if (!readFileSync(file).includes(Buffer.from(`node_register_module_v${abi}`))) {
    rmSync(file, { force: true });
    throw new Error(`better-sqlite3 byggdes inte för Electron ${version} (ABI ${abi}); kontrollera internetanslutningen och försök igen.`);
  }
}

if (process.argv[1] === import.meta.filename) {
  console.log(ensureElectronNative());
}
