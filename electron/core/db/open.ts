import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { assertReadableVersion, migrate } from './migrate';

export type Db = Database.Database;

export interface OpenOptions {
  /** Path to an Electron-ABI build of better-sqlite3 (set by the Electron shell only). */
  readonly nativeBinding?: string;
  readonly readonly?: boolean;
}

/**
 * Opens (creating if needed) the store and brings its schema up to date.
 * WAL + synchronous=FULL: an acknowledged edit survives power loss.
 */
export function openDatabase(path: string, options: OpenOptions = {}): Db {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path, {
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    ...(options.readonly ? { readonly: true, fileMustExist: true } : {}),
  });
  try {
    db.pragma('busy_timeout = 5000');
    // Before anything writes (even the journal mode): a newer database stays untouched.
    assertReadableVersion(db);
    if (!options.readonly) {
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = FULL');
    }
    db.pragma('foreign_keys = ON');
    if (!options.readonly) migrate(db);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/** Closes the store, letting SQLite refresh its query-planner statistics first. */
export function closeDatabase(db: Db): void {
  if (!db.open) return;
  try {
    if (!db.readonly) db.pragma('optimize');
  } finally {
    db.close();
  }
}
