/**
 * Importing assessment files: one decision per file (`importOne`), run for
 * real in its own transaction (apply), or for every file of a batch inside a
 * transaction that is rolled back (preview) — so the preview says exactly what
 * applying would do, earlier files of the batch included.
 */
import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import type {
  AcceptedKey,
  AssessmentApplyItem,
  AssessmentFileHeader,
  AssessmentPreviewItem,
  KeyFacts,
} from '../../../shared/contract/exchange';
import { AppError, appError } from '../../../shared/errors';
import { MAX_ASSESSMENT_FILE_BYTES } from '../../../shared/formats/assessment-file';
import type { CoreContext } from '../context';
import type { Db } from '../db/open';
import { readUserFile } from '../packages/user-files';
import { readAssessmentFile, type AssessmentFileBytes } from './assessment-file';
import { appliedMessage, KeyChangedError, previewMessage } from './import-messages';
import { rememberVerified } from './received-file';
import { heldRevisions, pinnedKey, recordKey, storeReceived } from './received-store';
import { currentExaminer } from '../rounds/identity';
import { checkAgainstRound } from './round-checks';
import { findRound, type RoundFacts } from '../rounds/model';
import { roundTitles } from '../rounds/repository';
import { checkOwnKey, checkRegisteredKey, twoKeyRefusals } from './signer-checks';

export interface ReadFile {
  readonly fileId: string;
  readonly fileName: string;
  readonly sha256: string | null;
  readonly result: AssessmentFileBytes | AppError;
}

/**
 * Files verified lately, by the SHA-256 of their bytes: apply reads every file
 * again, but the same bytes verify the same way, so the preview's work is reused.
 */
export class VerifiedFiles {
  private readonly bySha = new Map<string, AssessmentFileBytes>();
  read(bytes: Buffer): AssessmentFileBytes {
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const known = this.bySha.get(sha256);
    if (known) return known;
    const read = readAssessmentFile(bytes);
    if (this.bySha.size >= 400) this.bySha.clear();
    this.bySha.set(sha256, read);
    return read;
  }
}

/** Reads and verifies each file (outside any transaction); a refusal is kept per file. */
export function readFiles(ctx: CoreContext, fileIds: readonly string[], verified: VerifiedFiles): ReadFile[] {
  return fileIds.map((fileId) => {
    let fileName = 'filen';
    try {
      fileName = basename(ctx.files.resolve(fileId));
      const { bytes } = readUserFile(ctx, fileId, MAX_ASSESSMENT_FILE_BYTES);
      const read = verified.read(bytes);
      return { fileId, fileName, sha256: read.sha256, result: read };
    } catch (error) {
      const refusal = error instanceof AppError ? error : appError('file-unreadable', { fileName }, { cause: error });
      return { fileId, fileName, sha256: null, result: refusal };
    }
  });
}

type Decision = 'new' | 'newer' | 'same' | 'older';

interface ImportDecision {
  readonly status: Decision;
  readonly header: AssessmentFileHeader;
  readonly held: number | null;
  readonly key: KeyFacts;
}

/** Round facts read once per batch. */
class BatchFacts {
  private readonly rounds = new Map<string, RoundFacts | null>();
  private titles: string[] | null = null;
  constructor(
    private readonly db: Db,
    /** This installation's own key: a file naming me as author must carry it. */
    readonly ownKeyId: string,
  ) {}
  round(id: string): RoundFacts | null {
    if (!this.rounds.has(id)) this.rounds.set(id, findRound(this.db, id));
    return this.rounds.get(id)!;
  }
  roundTitles(): string[] {
    this.titles ??= roundTitles(this.db);
    return this.titles;
  }
}

/**
 * One author without a registered key, with two keys among the files read
 * together: each of that author's files is refused (a registered key decides
 * by itself which file is genuine).
 */
function refuseTwoKeys<F extends ReadFile>(files: readonly F[], batch: BatchFacts): F[] {
  const unregistered = (file: AssessmentFileBytes['file']) => (batch.round(file.round.id)?.examiners.get(file.author.examinerId)?.keyId ?? null) === null;
  const readable = files.flatMap((f, index) =>
    f.result instanceof AppError || !unregistered(f.result.file) ? [] : [{ index, name: f.fileName, file: f.result.file, keyId: f.result.keyId }],
  );
  const refusals = twoKeyRefusals(readable);
  return files.map((f, index) => {
    const at = readable.findIndex((r) => r.index === index);
    const refusal = at < 0 ? undefined : refusals.get(at);
    return refusal ? { ...f, result: refusal } : f;
  });
}

function headerOf(read: AssessmentFileBytes, facts: RoundFacts | null): AssessmentFileHeader {
  const { file } = read;
  return {
    roundId: file.round.id,
    roundTitle: facts?.title ?? null,
    contestantId: file.contestant.id,
    contestantName: facts?.contestants.get(file.contestant.id)?.name ?? null,
    stage: file.stage,
    examinerId: file.author.examinerId,
    examinerName: facts?.examiners.get(file.author.examinerId)?.name ?? file.author.name,
    revision: file.revision,
    exportedAt: file.exportedAt,
    keyId: read.keyId,
  };
}

const isAccepted = (accepted: readonly AcceptedKey[], roundId: string, examinerId: string, keyId: string) =>
  accepted.some((a) => a.roundId === roundId && a.examinerId === examinerId && a.keyId === keyId);

/** The whole decision for one verified file, writing what it decides; call inside a transaction. */
function importOne(db: Db, read: AssessmentFileBytes, batch: BatchFacts, accepted: readonly AcceptedKey[], importedAt: string): ImportDecision {
  const { file } = read;
  const place = checkAgainstRound(file, batch.round(file.round.id), batch.roundTitles());
  const header = headerOf(read, place.round);
  const slot = { roundId: file.round.id, contestantId: file.contestant.id, stage: file.stage, examinerId: file.author.examinerId };
  const me = currentExaminer(db, slot.roundId);
  checkOwnKey(file, read.keyId, me && { examinerId: me.id, name: me.name, keyId: batch.ownKeyId });
  // A key registered in the round is the only one: no trust on first use, no key change to accept.
  const registered = place.round.examiners.get(slot.examinerId)?.keyId ?? null;
  checkRegisteredKey({ examinerName: place.examinerName, keyId: registered, source: 'round' }, read.keyId);
  const pinned = pinnedKey(db, slot.roundId, slot.examinerId);
  const changed = registered === null && pinned !== null && pinned.keyId !== read.keyId;
  if (changed && !isAccepted(accepted, slot.roundId, slot.examinerId, read.keyId)) throw new KeyChangedError(pinned.keyId, read.keyId, place.examinerName);
  const key: KeyFacts = { keyId: read.keyId, pinnedKeyId: pinned?.keyId ?? null, accepted: changed, registered: registered !== null };

  const held = heldRevisions(db, slot);
  const newest = held[0]?.revision ?? null;
  const sameRevision = held.find((h) => h.revision === file.revision);
  if (sameRevision && sameRevision.contentSha256 === read.contentSha256) return { status: 'same', header, held: newest, key };
  if (sameRevision) {
    throw appError('assessment-revision-conflict', { revision: file.revision, examinerName: place.examinerName, name: place.contestant.name });
  }
  if (newest !== null && newest > file.revision) return { status: 'older', header, held: newest, key };

  if (pinned?.keyId !== read.keyId) {
    recordKey(db, { ...slot, keyId: read.keyId, publicKeyPem: file.author.publicKey, previousKeyId: pinned?.keyId ?? null, fileSha256: read.sha256, at: importedAt });
  }
  rememberVerified(db, read);
  storeReceived(db, {
    ...slot,
    revision: file.revision,
    fileSha256: read.sha256,
    contentSha256: read.contentSha256,
    keyId: read.keyId,
    exportedAt: file.exportedAt,
    importedAt,
    bytes: read.bytes,
  });
  return { status: newest === null ? 'new' : 'newer', header, held: newest, key };
}

const ROLLBACK = Symbol('preview rollback');

function refusedItem(file: ReadFile, error: AppError, batch: BatchFacts): AssessmentPreviewItem {
  const read = file.result instanceof AppError ? null : file.result;
  const header = read ? headerOf(read, batch.round(read.file.round.id)) : null;
  const keyChange = error instanceof KeyChangedError ? { keyId: error.keyId, pinnedKeyId: error.pinnedKeyId, accepted: false } : null;
  return {
    fileId: file.fileId,
    fileName: file.fileName,
    sha256: file.sha256,
    status: keyChange ? 'key-changed' : 'refused',
    message: error.message,
    header,
    heldRevision: null,
    key: keyChange,
  };
}

/** What importing the batch would do, file by file; the database is left exactly as it was. */
export function previewImport(db: Db, read: readonly ReadFile[], accepted: readonly AcceptedKey[], importedAt: string, ownKeyId: string): AssessmentPreviewItem[] {
  const batch = new BatchFacts(db, ownKeyId);
  const files = refuseTwoKeys(read, batch);
  const items: AssessmentPreviewItem[] = [];
  const decide = db.transaction((read: AssessmentFileBytes) => importOne(db, read, batch, accepted, importedAt));
  try {
    db.transaction(() => {
      for (const file of files) {
        try {
          if (file.result instanceof AppError) throw file.result;
          const decision = decide(file.result);
          items.push({
            fileId: file.fileId,
            fileName: file.fileName,
            sha256: file.sha256,
            status: decision.status,
            message: previewMessage(decision.status, decision.header, decision.held, decision.key),
            header: decision.header,
            heldRevision: decision.held,
            key: decision.key,
          });
        } catch (error) {
          if (!(error instanceof AppError)) throw error;
          items.push(refusedItem(file, error, batch));
        }
      }
      throw ROLLBACK;
    })();
  } catch (error) {
    if (error !== ROLLBACK) throw error;
  }
  return items;
}

const APPLIED = { new: 'added', newer: 'replaced', same: 'unchanged', older: 'ignored' } as const;

/**
 * Each file in its own savepoint, in order: a refusal leaves no trace of that
 * file. The batch commits once (a commit per file cost seconds for 2,000 files).
 */
export function applyImport(
  db: Db,
  read: readonly (ReadFile & { readonly expectedSha256: string })[],
  accepted: readonly AcceptedKey[],
  importedAt: string,
  ownKeyId: string,
): AssessmentApplyItem[] {
  const batch = new BatchFacts(db, ownKeyId);
  const applyAll = db.transaction(() => refuseTwoKeys(read, batch).map((file): AssessmentApplyItem => {
    const base = { fileId: file.fileId, fileName: file.fileName };
    try {
      if (file.result instanceof AppError) throw file.result;
      if (file.sha256 !== file.expectedSha256) {
        throw appError('assessment-changed-since-preview', { fileName: file.fileName });
      }
      const read = file.result;
      const decision = db.transaction(() => importOne(db, read, batch, accepted, importedAt))();
      const status = APPLIED[decision.status];
      return { ...base, status, message: appliedMessage(status, decision.header) };
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      return { ...base, status: 'refused', message: error.message };
    }
  }));
  return applyAll.immediate();
}
