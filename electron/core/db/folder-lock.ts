/**
 * One process at a time on a data folder: the app, browser mode and every CLI
 * command that opens the store take this lock first, so a second process
 * (a `backup restore` beside a running app) is refused at once instead of
 * swapping the database under an open connection.
 *
 * The lock is SQLite's own file lock on `examinator.lock`, held by a
 * transaction that stays open: the operating system drops it when the process
 * ends, however it ends (fcntl on Linux and macOS, LockFileEx on Windows), so a
 * crash never leaves a stale lock and no pid or clock has to be trusted. Who
 * holds it is written beside it in `examinator.lock.json`, for the refusal
 * message only. Nothing but this module may open the lock file: on POSIX,
 * closing any descriptor of it in the holding process would drop the lock.
 */
import Database from 'better-sqlite3';
import { readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { type AppError, appError } from '../../../shared/errors';
import { formatDateTime } from '../../../shared/format';

export const LOCK_FILE = 'examinator.lock';
export const LOCK_HOLDER_FILE = 'examinator.lock.json';

/** Which kind of process holds the folder: named in the refusal. */
export type LockHolderKind = 'app' | 'browser' | 'cli';

const HOLDER_LABELS: Record<LockHolderKind, string> = {
  app: 'Examinator-appen',
  browser: 'Examinator i webbläsarläge',
  cli: 'ett Examinator-kommando',
};

const holderSchema = z.object({
  kind: z.enum(['app', 'browser', 'cli']),
  pid: z.number().int().positive(),
  startedAt: z.iso.datetime(),
});

type Holder = z.infer<typeof holderSchema>;

export interface FolderLock {
  /** Lets the next process in; safe to call twice. */
  release(): void;
}

export interface LockOptions {
  readonly kind: LockHolderKind;
  readonly now: Date;
  /** Electron's build of better-sqlite3 (the shell's). */
  readonly nativeBinding?: string;
}

/** Takes the data folder's lock, or refuses with a Swedish reason naming who has it. */
export function lockDataFolder(dataDir: string, options: LockOptions): FolderLock {
  const db = new Database(join(dataDir, LOCK_FILE), {
    timeout: 0,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  });
  try {
    // No journal file beside the lock: the transaction never writes.
    db.pragma('journal_mode = MEMORY');
    db.exec('BEGIN IMMEDIATE');
  } catch (error) {
    db.close();
    if ((error as { code?: string }).code === 'SQLITE_BUSY') throw folderInUse(dataDir);
    throw error;
  }
  const holderFile = join(dataDir, LOCK_HOLDER_FILE);
  writeHolder(holderFile, { kind: options.kind, pid: process.pid, startedAt: options.now.toISOString() });
  return {
    release() {
      if (!db.open) return;
      try {
        // The note goes first: once the lock is free the next holder writes its own.
        rmSync(holderFile, { force: true });
      } finally {
        db.close();
      }
    },
  };
}

/** Best effort, like reading it: the lock is what excludes, the note only names the holder. */
function writeHolder(file: string, holder: Holder): void {
  const staging = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(staging, `${JSON.stringify(holder)}\n`);
    renameSync(staging, file);
  } catch {
    rmSync(staging, { force: true });
  }
}

function folderInUse(dataDir: string): AppError {
  const holder = readHolder(join(dataDir, LOCK_HOLDER_FILE));
  const who = holder
    ? `${HOLDER_LABELS[holder.kind]} (process ${holder.pid}, startad ${formatDateTime(holder.startedAt)})`
    : 'ett annat Examinator-program';
  return appError('data-folder-in-use', { dataDir, who });
}

/** Best effort: the note may be missing, half-written by a crash, or not ours. */
function readHolder(file: string): Holder | null {
  try {
    if (statSync(file).size > 4096) return null;
    const parsed = holderSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
