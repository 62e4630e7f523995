import { homedir } from 'node:os';
import { join } from 'node:path';

export const APP_NAME = 'Examinator';

/** The folders inside one data directory. */
export interface DataPaths {
  readonly dataDir: string;
  readonly databaseFile: string;
  readonly backupDir: string;
  readonly exportDir: string;
  readonly tempDir: string;
}

export function dataPaths(dataDir: string): DataPaths {
  return {
    dataDir,
    databaseFile: join(dataDir, 'examinator.sqlite'),
    backupDir: join(dataDir, 'backups'),
    exportDir: join(dataDir, 'exporter'),
    tempDir: join(dataDir, 'tmp'),
  };
}

/**
 * The same folder Electron's `app.getPath('userData')` gives for this app, so
 * the CLI and browser mode see the installation's data unless told otherwise.
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (env.EXAMINATOR_DATA_DIR) return env.EXAMINATOR_DATA_DIR;
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), APP_NAME);
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', APP_NAME);
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), APP_NAME);
}
