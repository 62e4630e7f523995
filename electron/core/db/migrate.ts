import type Database from 'better-sqlite3';
import { appError } from '../../../shared/errors';
import { migrations, type Migration } from './migrations';

/** The schema version this build of the app writes. */
export const SCHEMA_VERSION = migrations.length;

/**
 * Applies every migration newer than the database's `user_version`, all in one
 * transaction. A database written by a newer app is refused untouched.
 */
export function migrate(db: Database.Database, list: readonly Migration[] = migrations): number {
  assertOrdered(list);
  const target = list.length;
  const current = assertReadableVersion(db, target);
  if (current === target) return current;
  db.transaction(() => {
    for (const migration of list.slice(current)) {
      migration.up(db);
    }
    db.pragma(`user_version = ${target}`);
  }).immediate();
  return target;
}

/** Returns the database's schema version, refusing one newer than `readable`. */
export function assertReadableVersion(db: Database.Database, readable = SCHEMA_VERSION): number {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > readable) {
    throw appError('db-newer-version', { current, readable });
  }
  return current;
}

function assertOrdered(list: readonly Migration[]): void {
  list.forEach((migration, index) => {
    if (migration.version !== index + 1) {
      throw new Error(`Migration ${migration.name} has version ${migration.version}, expected ${index + 1}`);
    }
  });
}
