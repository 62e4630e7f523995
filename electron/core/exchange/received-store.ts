/**
 * The exchange's tables (migration 0005): pinned examiner keys and received
 * assessment files. Writes happen inside the caller's transaction.
 */
import type { Stage } from '../../../shared/domain/assessment';
import type { Db } from '../db/open';

export interface PinnedKey {
  readonly keyId: string;
  readonly publicKeyPem: string;
}

/** The key pinned for an examiner of a round: the newest accepted one. */
export function pinnedKey(db: Db, roundId: string, examinerId: string): PinnedKey | null {
  const row = db
    .prepare('SELECT key_id, public_key FROM examiner_keys WHERE round_id = ? AND examiner_id = ? ORDER BY id DESC LIMIT 1')
    .get(roundId, examinerId) as { key_id: string; public_key: string } | undefined;
  return row ? { keyId: row.key_id, publicKeyPem: row.public_key } : null;
}

export interface KeyRecord {
  readonly roundId: string;
  readonly examinerId: string;
  readonly keyId: string;
  readonly publicKeyPem: string;
  /** The key this one replaces; null when it is the first. */
  readonly previousKeyId: string | null;
  readonly fileSha256: string;
  readonly at: string;
}

export function recordKey(db: Db, key: KeyRecord): void {
  db.prepare(
    `INSERT INTO examiner_keys (round_id, examiner_id, key_id, public_key, how, previous_key_id, file_sha256, accepted_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(key.roundId, key.examinerId, key.keyId, key.publicKeyPem, key.previousKeyId ? 'accepted-change' : 'first-file', key.previousKeyId, key.fileSha256, key.at);
}

export interface AssessmentSlot {
  readonly roundId: string;
  readonly contestantId: string;
  readonly stage: Stage;
  readonly examinerId: string;
}

export interface HeldRevision {
  readonly revision: number;
  readonly contentSha256: string;
}

/** Every revision held for one author's assessment of one contestant at one stage, newest first. */
export function heldRevisions(db: Db, slot: AssessmentSlot): HeldRevision[] {
  return (
    db
      .prepare(
        `SELECT revision, content_sha256 FROM received_assessments
          WHERE round_id = ? AND contestant_id = ? AND stage = ? AND examiner_id = ? ORDER BY revision DESC`,
      )
      .all(slot.roundId, slot.contestantId, slot.stage, slot.examinerId) as { revision: number; content_sha256: string }[]
  ).map((row) => ({ revision: row.revision, contentSha256: row.content_sha256 }));
}

export interface ReceivedRow extends AssessmentSlot {
  readonly revision: number;
  readonly fileSha256: string;
  readonly contentSha256: string;
  readonly keyId: string;
  readonly exportedAt: string;
  readonly importedAt: string;
  readonly bytes: Buffer;
}

export function storeReceived(db: Db, row: ReceivedRow): void {
  db.prepare(
    `INSERT INTO received_assessments (round_id, contestant_id, stage, examiner_id, revision, file_sha256, content_sha256, key_id, exported_at, imported_at, content)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(row.roundId, row.contestantId, row.stage, row.examinerId, row.revision, row.fileSha256, row.contentSha256, row.keyId, row.exportedAt, row.importedAt, row.bytes);
}

export interface CurrentReceived extends AssessmentSlot {
  readonly revision: number;
  readonly keyId: string;
  readonly exportedAt: string;
  readonly importedAt: string;
  readonly earlierRevisions: number;
}

/** The newest revision of every received assessment in a round (metadata only). */
export function currentReceived(db: Db, roundId: string): CurrentReceived[] {
  const rows = db
    .prepare(
      `SELECT a.contestant_id, a.stage, a.examiner_id, a.revision, a.key_id, a.exported_at, a.imported_at,
              (SELECT COUNT(*) FROM received_assessments e
                WHERE e.round_id = a.round_id AND e.contestant_id = a.contestant_id AND e.stage = a.stage
                  AND e.examiner_id = a.examiner_id AND e.revision < a.revision) AS earlier
         FROM received_assessments a
        WHERE a.round_id = ? AND a.revision = (
              SELECT MAX(revision) FROM received_assessments m
               WHERE m.round_id = a.round_id AND m.contestant_id = a.contestant_id AND m.stage = a.stage AND m.examiner_id = a.examiner_id)
        ORDER BY a.contestant_id, a.stage, a.examiner_id`,
    )
    .all(roundId) as { contestant_id: string; stage: Stage; examiner_id: string; revision: number; key_id: string; exported_at: string; imported_at: string; earlier: number }[];
  return rows.map((r) => ({
    roundId,
    contestantId: r.contestant_id,
    stage: r.stage,
    examinerId: r.examiner_id,
    revision: r.revision,
    keyId: r.key_id,
    exportedAt: r.exported_at,
    importedAt: r.imported_at,
    earlierRevisions: r.earlier,
  }));
}

/** Every revision held in a round, each slot's oldest first (the evaluation reads them all: the first export dates a file). */
export function allReceived(db: Db, roundId: string): (AssessmentSlot & { readonly revision: number })[] {
  const rows = db
    .prepare('SELECT contestant_id, stage, examiner_id, revision FROM received_assessments WHERE round_id = ? ORDER BY contestant_id, stage, examiner_id, revision')
    .all(roundId) as { contestant_id: string; stage: Stage; examiner_id: string; revision: number }[];
  return rows.map((r) => ({ roundId, contestantId: r.contestant_id, stage: r.stage, examinerId: r.examiner_id, revision: r.revision }));
}
