import { z } from 'zod';
import { returns } from './define';

export interface AppInfo {
  readonly version: string;
  readonly dataDir: string;
  readonly databaseFile: string;
  readonly schemaVersion: number;
  /** Where saved files go when no save dialog asks (browser mode, the CLI: `exporter/`); null when one does. */
  readonly exportDir: string | null;
  /** True until the user has opened or dismissed the övningsomgång offer. */
  readonly firstStart: boolean;
  /** The database could not be read: the app shows only the recovery screen. */
  readonly databaseDamaged: boolean;
}

export interface RestoreResult {
  readonly restored: string;
  /** The damaged database's new name in the data folder, when one was set aside. */
  readonly keptAside: string | null;
}

export interface BackupInfo {
  readonly name: string;
  readonly createdAt: string;
  readonly bytes: number;
}

const backupName = z
  .string()
  .regex(/^examinator-\d{8}T\d{6}(?:\d{3})?Z(?:-\d+)?\.sqlite$/, 'Ogiltigt namn på säkerhetskopia');

export const appChannels = {
  'app:info': returns<AppInfo>()(z.object({}).strict()),
  'app:dismiss-welcome': returns<void>()(z.object({}).strict()),
  'backup:list': returns<BackupInfo[]>()(z.object({}).strict()),
  'backup:create': returns<BackupInfo>()(z.object({}).strict()),
  'backup:restore': returns<RestoreResult>()(z.object({ name: backupName }).strict()),
  /** Only while the database is damaged: sets it aside and starts with an empty one. */
  'backup:start-empty': returns<{ keptAside: string }>()(z.object({}).strict()),
} as const;
