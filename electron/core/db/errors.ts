import { type AppError, appError } from '../../../shared/errors';

/** SQLite's result code ('SQLITE_BUSY', 'SQLITE_CORRUPT_INDEX', …) of an error, if it is one of SQLite's. */
function sqliteCode(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('SQLITE_') ? code : '';
}

/** The file is not a database, or a page of it is damaged. */
export function isDatabaseDamage(error: unknown): boolean {
  const code = sqliteCode(error);
  return code.startsWith('SQLITE_NOTADB') || code.startsWith('SQLITE_CORRUPT');
}

export const DAMAGED_MESSAGE =
  'Databasen i datamappen är skadad och kan inte läsas. Återställ den från en säkerhetskopia ' +
  '(i appen visas de direkt; från kommandoraden: "examinator backup list", sedan "examinator backup restore <namn>"). ' +
  'Den skadade filen sparas undan, den raderas aldrig.';

export const damagedDatabase = () => appError('database-damaged');

/**
 * SQLite's own failures that a user can act on, as one Swedish sentence:
 * another program holding the database past the busy timeout, or damage met
 * while the app runs. Null for anything else (a fault of ours).
 */
export function databaseFailure(error: unknown): AppError | null {
  const code = sqliteCode(error);
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    return appError('database-busy', { cause: error });
  }
  if (isDatabaseDamage(error)) {
    return appError('database-damaged', {
      cause: error,
    });
  }
  return null;
}
