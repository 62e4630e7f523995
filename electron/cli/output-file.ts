/**
 * The one way the CLI writes a file a user named: never over an existing file
 * without --force, never over one of the command's own inputs (compared by
 * device and inode, so another path or a hard link to it counts too), never
 * through a symlink, and whole or not at all (a temporary file in the same
 * folder, renamed into place). Every refusal is one Swedish sentence.
 *
 *   const out = checkOutputFile(options.out, { force, inputs: [source, key] }); // before the work
 *   writeOutputFile(out, bytes, { force, inputs: [source, key] });             // checks again, writes
 */
import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, linkSync, lstatSync, mkdirSync, openSync, renameSync, rmSync, statSync, writeSync, type Stats } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { AppError, appError } from '../../shared/errors';

export interface OutputOptions {
  /** Replace an existing regular file (a symlink, a folder or an input never). */
  readonly force?: boolean;
  /** The files the command reads: the output may be none of them. */
  readonly inputs?: readonly string[];
  /** File mode of a new file (0o600 for a private key). */
  readonly mode?: number;
}

/** The option every writing command offers. */
export const FORCE_OPTION = ['--force', 'ersätt utfilen om den redan finns'] as const;

/** Refuses what may not be written; returns the absolute path. Call it before the work, so a refusal costs nothing. */
export function checkOutputFile(out: string, options: OutputOptions = {}): string {
  const path = resolve(out);
  const folder = statOrNull(dirname(path), statSync);
  if (!folder?.isDirectory()) {
    throw appError('out-folder-missing', { out });
  }
  const target = statOrNull(path, lstatSync);
  if (!target) return path;
  if (target.isSymbolicLink()) {
    throw appError('out-is-symlink', { out });
  }
  if (target.isDirectory()) throw appError('out-is-folder', { out });
  if (!target.isFile()) throw appError('out-not-file', { out });
  const input = (options.inputs ?? []).find((file) => sameFile(statOrNull(resolve(file), statSync), target));
  if (input !== undefined) {
    throw appError('out-is-input', { out, input });
  }
  if (!options.force) {
    throw appError('out-exists', { out, canForce: true });
  }
  return path;
}

/** Checks (again), then writes `bytes` whole to `out`; returns the absolute path. */
export function writeOutputFile(out: string, bytes: Uint8Array, options: OutputOptions = {}): string {
  const path = checkOutputFile(out, options);
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    // 'wx' is O_CREAT|O_EXCL: it never opens an existing file or follows a link planted at that name.
    const fd = openSync(temporary, 'wx', options.mode ?? 0o644);
    try {
      writeSync(fd, bytes);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    placeFile(temporary, path, out, options);
  } catch (error) {
    rmSync(temporary, { force: true });
    if (error instanceof AppError) throw error;
    throw writeFailed(out, error);
  }
  return path;
}

/** A folder for outputs: must be one (a symlink to a folder is fine); made when missing and `create`. */
export function prepareOutputFolder(out: string, options: { readonly create: boolean }): string {
  const path = resolve(out);
  const found = statOrNull(path, statSync);
  if (found?.isDirectory()) return path;
  if (found) throw appError('out-not-folder', { out });
  if (!options.create) throw appError('out-folder-missing', { out });
  try {
    mkdirSync(path, { recursive: true });
  } catch (error) {
    throw writeFailed(out, error);
  }
  return path;
}

/**
 * Renames into place: a rename replaces the name itself, never what a link
 * there points to. Without --force a hard link claims the name atomically, so
 * a file that appeared since the check is not replaced either.
 */
function placeFile(temporary: string, path: string, out: string, options: OutputOptions): void {
  if (!options.force) {
    try {
      linkSync(temporary, path);
      rmSync(temporary);
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') checkOutputFile(out, options);
      // A file system without hard links: the check above is the guard.
    }
  }
  checkOutputFile(out, options);
  renameSync(temporary, path);
}

function writeFailed(out: string, error: unknown): AppError {
  const code = (error as NodeJS.ErrnoException).code;
  const reason =
    code === 'EACCES' || code === 'EPERM'
      ? 'behörighet saknas'
      : code === 'ENOSPC'
        ? 'disken är full'
        : code === 'EROFS'
          ? 'platsen går bara att läsa'
          : 'filsystemet vägrade';
  return appError('out-write-failed', { out, reason }, { cause: error });
}

function statOrNull(path: string, stat: (p: string) => Stats): Stats | null {
  try {
    return stat(path);
  } catch {
    return null;
  }
}

function sameFile(a: Stats | null, b: Stats): boolean {
  return a !== null && a.dev === b.dev && a.ino === b.ino;
}
