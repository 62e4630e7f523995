/**
 * The revisions of an assessment's exported files (assessment_exports): one
 * number per round, contestant, stage and author, used up by every file saved,
 * so a co-examiner can always tell the newer file.
 */
import type { Stage } from '../../../shared/domain/assessment';
import type { Db } from '../db/open';
import { plucked, prepared } from '../db/statements';

export interface ExportKey {
  readonly roundId: string;
  readonly contestantId: string;
  readonly stage: Stage;
  readonly examinerId: string;
}

export function nextExportRevision(db: Db, key: ExportKey): number {
  const held = plucked(db, 'SELECT MAX(revision) FROM assessment_exports WHERE round_id = ? AND contestant_id = ? AND stage = ? AND examiner_id = ?').get(
    key.roundId,
    key.contestantId,
    key.stage,
    key.examinerId,
  ) as number | null;
  return (held ?? 0) + 1;
}

export function recordExport(db: Db, key: ExportKey, file: { revision: number; sha256: string; exportedAt: string }): void {
  prepared(db, 'INSERT INTO assessment_exports (round_id, contestant_id, stage, examiner_id, revision, file_sha256, exported_at) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
    key.roundId,
    key.contestantId,
    key.stage,
    key.examinerId,
    file.revision,
    file.sha256,
    file.exportedAt,
  );
}
