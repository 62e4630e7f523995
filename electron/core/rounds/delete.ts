/**
 * "Radera omgången": removes a finished round completely from this computer —
 * the round and everything hanging off it (contestants, teams, assessments,
 * received files, pinned keys: all by ON DELETE CASCADE from the round), the
 * contestants' documents no other round uses, and every backup that still
 * contains the round. Freed pages are overwritten and the file rebuilt, so the
 * material does not linger inside the database file or its WAL.
 */
import Database from 'better-sqlite3';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { RoundDeletion } from '../../../shared/contract/rounds';
import { appError } from '../../../shared/errors';
import { listBackups } from '../db/backup';
import type { Db } from '../db/open';
import { roundTitle } from './repository';

export function deleteRound(db: Db, backupDir: string, roundId: string): RoundDeletion {
  const title = roundTitle(db, roundId);
  // Deleting twice (a second window, a double click): the round is gone, and importing it again is not the advice.
  if (title === undefined) throw appError('round-already-deleted');

  db.pragma('secure_delete = ON');
  let documentsRemoved = 0;
  try {
    db.transaction(() => {
      const onlyHere = db
        .prepare(
          `SELECT DISTINCT sha256 FROM contestant_documents WHERE round_id = ?
             AND sha256 NOT IN (SELECT sha256 FROM contestant_documents WHERE round_id <> ?)`,
        )
        .pluck()
        .all(roundId, roundId) as string[];
      db.prepare('DELETE FROM rounds WHERE id = ?').run(roundId);
      const removeDocument = db.prepare('DELETE FROM documents WHERE sha256 = ?');
      for (const sha256 of onlyHere) documentsRemoved += removeDocument.run(sha256).changes;
    })();
    // Nothing of the round may survive in the WAL or in free pages.
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.exec('VACUUM');
    db.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    db.pragma('secure_delete = OFF');
  }

  const backupsRemoved = listBackups(backupDir).filter((backup) => {
    const path = join(backupDir, backup.name);
    if (!backupContainsRound(path, roundId)) return false;
    rmSync(path, { force: true });
    return true;
  }).length;

  return { title, documentsRemoved, backupsRemoved };
}

/** An unreadable backup is treated as containing the round: when in doubt, it goes. */
function backupContainsRound(path: string, roundId: string): boolean {
  let backup: Database.Database | undefined;
  try {
    backup = new Database(path, { readonly: true, fileMustExist: true });
    return backup.prepare('SELECT 1 FROM rounds WHERE id = ?').get(roundId) !== undefined;
  } catch {
    return true;
  } finally {
    backup?.close();
  }
}
