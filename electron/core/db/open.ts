import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { damagedDatabase, isDatabaseDamage } from './errors';
import { assertReadableVersion, migrate } from './migrate';

export type Db = Database.Database;

export interface OpenOptions {
  /** Path to an Electron-ABI build of better-sqlite3 (set by the Electron shell only). */
  readonly nativeBinding?: string;
  readonly readonly?: boolean;
}

/**
 * Opens (creating if needed) the store and brings its schema up to date.
 * WAL + synchronous=FULL: an acknowledged edit survives power loss. A file
 * that is not a database, or fails SQLite's quick check, is refused untouched
 * with the `database-damaged` AppError (the caller offers the backups).
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
    if (!options.readonly && path !== ':memory:') assertIntact(db);
    if (!options.readonly) {
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = FULL');
    }
    db.pragma('foreign_keys = ON');
    if (!options.readonly) migrate(db);
    return db;
  } catch (error) {
    db.close();
    if (isDatabaseDamage(error)) throw damagedDatabase();
    throw error;
  }
}

/** Reads every page once (about 0.1 s per 100 MB): damage is found at start, not in the middle of an edit. */
function assertIntact(db: Db): void {
  if (db.pragma('quick_check(1)', { simple: true }) !== 'ok') throw damagedDatabase();
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
