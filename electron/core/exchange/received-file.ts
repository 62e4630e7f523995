/**
 * A received assessment file as stored: verified when it was imported (and
 * remembered then), or read and verified on first use; afterwards reused for
 * as long as the store is open — the consensus workspace, the jury overview
 * and the reports read the same files on every view.
 */
import type { Db } from '../db/open';
import { readAssessmentFile, type AssessmentFileBytes } from './assessment-file';
import type { AssessmentSlot } from './received-store';

const CACHE_SIZE = 256;
const perStore = new WeakMap<Db, Map<string, AssessmentFileBytes>>();

function cacheOf(db: Db): Map<string, AssessmentFileBytes> {
  let cache = perStore.get(db);
  if (!cache) perStore.set(db, (cache = new Map()));
  return cache;
}

/** Remembers a file the importer has just verified and stored. */
export function rememberVerified(db: Db, read: AssessmentFileBytes): void {
  const cache = cacheOf(db);
  if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
  cache.set(read.sha256, read);
}

export function receivedFile(db: Db, slot: AssessmentSlot, revision: number): AssessmentFileBytes {
  const row = db
    .prepare('SELECT content, file_sha256 FROM received_assessments WHERE round_id = ? AND contestant_id = ? AND stage = ? AND examiner_id = ? AND revision = ?')
    .get(slot.roundId, slot.contestantId, slot.stage, slot.examinerId, revision) as { content: Buffer; file_sha256: string } | undefined;
  if (!row) throw new Error(`no received file for ${slot.examinerId}/${slot.contestantId}/${slot.stage} r${revision}`);
  const held = cacheOf(db).get(row.file_sha256);
  if (held) return held;
  const read = readAssessmentFile(row.content);
  // Only bytes that match the hash recorded at import are remembered.
  if (read.sha256 === row.file_sha256) rememberVerified(db, read);
  return read;
}
