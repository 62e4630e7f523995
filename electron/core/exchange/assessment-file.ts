/**
 * Building (signing) and reading (validating, verifying) `.kvbedomning` files.
 * Pure: no database. The signer is the installation's own key; a reader trusts
 * the key inside the file for the signature check, and the importer decides
 * whether that key is the one pinned for the author.
 */
import { createHash, type KeyObject } from 'node:crypto';
import type { ConsensusCriterion, CriterionAssessment, Stage } from '../../../shared/domain/assessment';
import { AppError, appError } from '../../../shared/errors';
import { formatMegabytes } from '../../../shared/format';
import {
  ASSESSMENT_FORMAT,
  MAX_ASSESSMENT_FILE_BYTES,
  parseAssessmentFile,
  parseUnsignedAssessmentFile,
  type AssessmentFile,
  type AssessmentTeamPart,
  type ChangeLogDigest,
  type PrizeAssessment,
} from '../../../shared/formats/assessment-file';
import { FORMAT_VERSION } from '../../../shared/formats/common';
import { parseJsonBytes } from '../packages/json-bytes';
import { publicKeyOfPem, publicPemOf } from '../packages/keys';
import { checkedSignedBytes, serializeDocument, signDocument, signedBytes, verifyDocument } from '../packages/signing';
import type { TrustedKey } from '../packages/trust-store';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

export interface AssessmentFileInput {
  readonly roundId: string;
  readonly criteriaPackage: { readonly id: string; readonly revision: number; readonly sha256: string };
  readonly contestantId: string;
  readonly stage: Stage;
  readonly author: { readonly examinerId: string; readonly name: string };
  readonly revision: number;
  readonly exportedAt: string;
  /** The author's choice; without it, criteria must carry no private note. */
  readonly includesPrivateNotes: boolean;
  /** Individual: CriterionAssessment; consensus and site-visit: ConsensusCriterion. */
  readonly criteria: readonly CriterionAssessment[] | readonly ConsensusCriterion[];
  /** The written assessment of each prize the contestant enters (none: the file has no `prizes`). */
  readonly prizes?: readonly PrizeAssessment[];
  /** Consensus and site-visit only: recommendation, summary and the individual assessments used. */
  readonly team?: AssessmentTeamPart;
  readonly changeLog?: ChangeLogDigest | null;
}

export interface AssessmentFileBytes {
  readonly bytes: Buffer;
  readonly file: AssessmentFile;
  /** Fingerprint of the author's key (the signature's keyId). */
  readonly keyId: string;
  /** SHA-256 of the file's bytes. */
  readonly sha256: string;
  /** SHA-256 of the signed bytes: equal for the same content however it is laid out. */
  readonly contentSha256: string;
}

/** Validates the content with the reader's own rules, then signs it; throws a Swedish AppError when it could not be imported. */
export function buildAssessmentFile(input: AssessmentFileInput, signer: KeyObject): AssessmentFileBytes {
  const unsigned = {
    format: ASSESSMENT_FORMAT,
    formatVersion: FORMAT_VERSION,
    round: { id: input.roundId },
    criteriaPackage: { ...input.criteriaPackage },
    contestant: { id: input.contestantId },
    stage: input.stage,
    author: { examinerId: input.author.examinerId, name: input.author.name, publicKey: publicPemOf(signer) },
    revision: input.revision,
    exportedAt: input.exportedAt,
    includesPrivateNotes: input.includesPrivateNotes,
    changeLog: input.changeLog ?? null,
    criteria: input.criteria,
    ...(input.prizes && input.prizes.length > 0 ? { prizes: input.prizes } : {}),
    ...(input.team ? { team: input.team } : {}),
  };
  const parsed = parseUnsignedAssessmentFile(unsigned);
  if (!parsed.ok) throw new AppError(parsed.code, parsed.message);
  // What is signed is the normalised content (trimmed texts), so reading it back gives it unchanged.
  const signed = signDocument(parsed.value, signer);
  const bytes = serializeDocument(signed);
  return { bytes, file: signed as AssessmentFile, keyId: signed.signature.keyId, sha256: sha256(bytes), contentSha256: sha256(signedBytes(signed)) };
}

/** The author's key, trusted for this one signature check; whether it is *their* key is the importer's question. */
function keyInFile(file: AssessmentFile): TrustedKey {
  return { ...publicKeyOfPem(file.author.publicKey, 'Nyckeln i bedömningsfilen'), label: file.author.name, example: false, source: 'command-line', addedAt: null };
}

/** Size, JSON, header, structure and rules, then the signature by the key in the file. */
export function readAssessmentFile(bytes: Uint8Array): AssessmentFileBytes {
  if (bytes.length > MAX_ASSESSMENT_FILE_BYTES) {
    throw appError('assessment-too-large', { size: formatMegabytes(bytes.length), max: formatMegabytes(MAX_ASSESSMENT_FILE_BYTES) });
  }
  const json = parseJsonBytes(bytes, 'Bedömningsfilen');
  const parsed = parseAssessmentFile(json);
  if (!parsed.ok) throw new AppError(parsed.code, parsed.message);
  const file = parsed.value;
  const key = keyInFile(file);
  if (file.signature.keyId !== key.keyId) {
    throw appError('signature-key-mismatch', { keyId: file.signature.keyId, fileKeyId: key.keyId });
  }
  const signed = checkedSignedBytes(json as object, 'bedömningsfilen');
  verifyDocument(json as object, new Map([[key.keyId, key]]), 'bedömningsfilen', signed);
  const buffer = Buffer.from(bytes);
  return { bytes: buffer, file, keyId: key.keyId, sha256: sha256(buffer), contentSha256: sha256(signed) };
}
