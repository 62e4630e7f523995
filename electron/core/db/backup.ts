import Database from 'better-sqlite3';
import { copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { BackupInfo } from '../../../shared/contract/app';
import { AppError, appError } from '../../../shared/errors';
import type { Clock } from '../effects';
import type { Db } from './open';
import { SCHEMA_VERSION } from './migrate';

export const BACKUPS_KEPT = 10;
const NAME = /^examinator-(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z(?:-(\d+))?\.sqlite$/;

function backupName(date: Date, taken: ReadonlySet<string>): string {
  const stamp = date.toISOString().replace(/[-:]/g, '').replace('.', '');
  let name = `examinator-${stamp}.sqlite`;
  for (let n = 2; taken.has(name); n++) name = `examinator-${stamp}-${n}.sqlite`;
  return name;
}

function createdAt(name: string): string {
  const m = NAME.exec(name);
  if (!m) return '';
  return `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}.${m[7]}Z`;
}

/** Same-millisecond backups get "-2", "-3", …: the sequence orders them. */
function sequence(name: string): number {
  return Number(NAME.exec(name)?.[8] ?? 1);
}

/** Newest first. */
export function listBackups(dir: string): BackupInfo[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => NAME.test(name))
    .map((name) => ({ name, createdAt: createdAt(name), bytes: statSync(join(dir, name)).size }))
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || sequence(b.name) - sequence(a.name));
}

/** A consistent online copy through SQLite's backup API; keeps the newest {@link BACKUPS_KEPT}. */
export async function createBackup(db: Db, dir: string, clock: Clock): Promise<BackupInfo> {
  mkdirSync(dir, { recursive: true });
  const taken = new Set(readdirSync(dir));
  const name = backupName(clock.now(), taken);
  const partial = join(dir, `${name}.partial`);
  await db.backup(partial);
  renameSync(partial, join(dir, name));
  for (const old of listBackups(dir).slice(BACKUPS_KEPT)) rmSync(join(dir, old.name), { force: true });
  const info = listBackups(dir).find((b) => b.name === name);
  if (!info) throw new Error(`backup ${name} vanished`);
  return info;
}

/** Refuses a file that is not an intact Examinator database this version can read. */
export function checkBackup(path: string): void {
  // Opening a WAL-mode file, even read-only, creates -wal/-shm beside it: remove what we caused.
  const sidecars = [`${path}-wal`, `${path}-shm`].filter((file) => !existsSync(file));
  let db: Database.Database | undefined;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true });
    const integrity = db.pragma('integrity_check', { simple: true });
    const version = db.pragma('user_version', { simple: true }) as number;
    if (integrity !== 'ok') throw new Error(String(integrity));
    if (version > SCHEMA_VERSION) {
      throw appError('backup-newer-version');
    }
    // Ours: migrated at least once, and the first migration's table is there.
    const settings = db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'settings'").get();
    if (version < 1 || !settings) throw new Error('not an Examinator database');
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw appError('backup-damaged', {
      cause: error,
    });
  } finally {
    db?.close();
    for (const file of sidecars) rmSync(file, { force: true });
  }
}

/**
 * Renames a damaged database, with its WAL files, to
 * `examinator-skadad-<UTC time>.sqlite` beside it: it is kept for whoever can
 * rescue something from it, never deleted. Returns the new name.
 */
export function setDamagedAside(databaseFile: string, now: Date): string {
  const dir = dirname(databaseFile);
  const stamp = now.toISOString().replace(/[-:]/g, '').replace('.', '');
  let name = `examinator-skadad-${stamp}.sqlite`;
  for (let n = 2; existsSync(join(dir, name)); n++) name = `examinator-skadad-${stamp}-${n}.sqlite`;
  for (const suffix of ['-wal', '-shm', '']) {
    if (existsSync(`${databaseFile}${suffix}`)) renameSync(`${databaseFile}${suffix}`, join(dir, `${name}${suffix}`));
  }
  return name;
}

/**
 * Replaces the database file with a backup. The caller must have closed the
 * live database; WAL files of the old database are removed so SQLite does not
 * replay them onto the restored copy.
 */
export function replaceDatabaseFile(databaseFile: string, backupFile: string): void {
  checkBackup(backupFile);
  const staging = `${databaseFile}.restoring`;
  copyFileSync(backupFile, staging);
  rmSync(`${databaseFile}-wal`, { force: true });
  rmSync(`${databaseFile}-shm`, { force: true });
  renameSync(staging, databaseFile);
}
