/**
 * The change log as a file: every entry with its values (private-note values
 * left out unless asked for; their digests stay, so the chain still
 * verifies), and its digest — entry count and final hash.
 */
import { z } from 'zod';
import { sha256Hex } from '../../../shared/domain/ids';
import type { Db } from '../db/open';
import { hashedOf, readLog, valueDigest, verifyChain, type Json, type LogDigest, type LogVerification } from './log';
import { getAssessment } from './repository';

export const LOG_FORMAT = 'examinator.assessment-log';

const jsonValue: z.ZodType<Json> = z.lazy(() =>
  z.union([z.null(), z.boolean(), z.number(), z.string(), z.array(jsonValue), z.record(z.string(), jsonValue)]),
);

const exportedEntrySchema = z
  .object({
    seq: z.number().int().min(1),
    at: z.string(),
    actor: z.string(),
    action: z.string(),
    field: z.string().nullable(),
    target: jsonValue,
    old: jsonValue.optional(),
    new: jsonValue.optional(),
    oldDigest: sha256Hex,
    newDigest: sha256Hex,
    ref: z.number().int().nullable(),
    prevHash: sha256Hex,
    hash: sha256Hex,
    /** The values are left out (a private note); the digests still cover them. */
    redacted: z.literal(true).optional(),
  })
  .strict();

export const exportedLogSchema = z
  .object({
    format: z.literal(LOG_FORMAT),
    formatVersion: z.literal(1),
    assessment: z
      .object({
        id: z.string(),
        roundId: z.string(),
        contestantId: z.string(),
        examinerId: z.string(),
        stage: z.string(),
        revision: z.number().int(),
        status: z.string(),
      })
      .strict(),
    exportedAt: z.string(),
    entries: z.array(exportedEntrySchema),
    digest: z.object({ entries: z.number().int().min(0), finalHash: sha256Hex }).strict(),
  })
  .strict();

export type ExportedLog = z.infer<typeof exportedLogSchema>;

export function exportLog(db: Db, assessmentId: string, options: { includePrivateNotes?: boolean; exportedAt: string }): ExportedLog {
  const assessment = getAssessment(db, assessmentId);
  const entries = readLog(db, assessmentId).map((entry) => {
    const redact = entry.field === 'note' && !options.includePrivateNotes;
    return { ...hashedOf(entry), ...(redact ? { redacted: true as const } : { old: entry.old, new: entry.new }) };
  });
  const digest: LogDigest = { entries: assessment.logCount, finalHash: assessment.logHead };
  return {
    format: LOG_FORMAT,
    formatVersion: 1,
    assessment: {
      id: assessment.id,
      roundId: assessment.roundId,
      contestantId: assessment.contestantId,
      examinerId: assessment.examinerId,
      stage: assessment.stage,
      revision: assessment.revision,
      status: assessment.status,
    },
    exportedAt: options.exportedAt,
    entries,
    digest,
  };
}

/** Verifies an exported log on its own: its shape, every present value against its digest, the chain, the digest. */
export function verifyExportedLog(value: unknown): LogVerification {
  const parsed = exportedLogSchema.safeParse(value);
  if (!parsed.success) return { ok: false, seq: 0, problem: 'Filen är ingen ändringslogg från Examinator.', entries: 0, finalHash: '' };
  const log = parsed.data;
  for (const entry of log.entries) {
    const tampered =
      (entry.old !== undefined && valueDigest(entry.old) !== entry.oldDigest) || (entry.new !== undefined && valueDigest(entry.new) !== entry.newDigest);
    const missingValues = !entry.redacted && (entry.old === undefined || entry.new === undefined);
    if (tampered || missingValues) {
      return { ok: false, seq: entry.seq, problem: `Post ${entry.seq} har ändrats efter att den skrevs.`, entries: 0, finalHash: '' };
    }
  }
  const chain = log.entries.map(({ old: _old, new: _new, redacted: _redacted, ...hashed }) => hashed);
  return verifyChain(log.assessment.id, chain, log.digest);
}
