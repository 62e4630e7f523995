import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * better-sqlite3 is compiled for Node (tests, CLI). Electron needs its own ABI
 * build, kept apart so neither runtime breaks the other: in the packaged app
 * under resources/native/, in a checkout under .electron-native/<version>/
 * (built by `npm start`).
 */
export function electronNativeBinding(options: {
  readonly isPackaged: boolean;
  readonly resourcesPath: string;
  readonly appPath: string;
  readonly electronVersion: string;
}): string | undefined {
  const candidate = options.isPackaged
    ? join(options.resourcesPath, 'native', 'better_sqlite3.node')
    : join(options.appPath, '.electron-native', options.electronVersion, 'better_sqlite3.node');
  return existsSync(candidate) ? candidate : undefined;
}
