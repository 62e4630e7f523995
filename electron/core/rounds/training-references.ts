/**
 * A training round's reference assessments (formats.md "Training rounds"):
 * each is a consensus-stage `.kvbedomning` signed with the round's own key,
 * for the round, its package and the contestant round.json names it for, with
 * content that fits the package and that contestant's documents. `round build`
 * and every reading of a bundle check them the same way.
 */
import { createHash } from 'node:crypto';
import { AppError, appError } from '../../../shared/errors';
import { formatMegabytes } from '../../../shared/format';
import { MAX_ASSESSMENT_FILE_BYTES, parseAssessmentFile, type TeamAssessmentFile } from '../../../shared/formats/assessment-file';
import type { RoundManifest } from '../../../shared/formats/round';
import type { TrainingReference } from '../../../shared/formats/training';
import { parseJsonBytes } from '../packages/json-bytes';
import { publicKeyOfPem } from '../packages/keys';
import { checkedSignedBytes, verifyDocument } from '../packages/signing';
import type { TrustedKey } from '../packages/trust-store';
import { assessmentContentProblem } from './assessment-content';
import { roundFactsFromManifest } from './model';
import type { CriteriaPackage } from '../../../shared/formats/criteria-package';

/** A reference is one team's assessment of one contestant: the size of an assessment file at most. */
export const MAX_REFERENCE_BYTES = MAX_ASSESSMENT_FILE_BYTES;

export interface VerifiedReference {
  readonly contestantId: string;
  readonly path: string;
  readonly bytes: Buffer;
  readonly sha256: string;
  readonly file: TeamAssessmentFile;
}

export interface ReferenceContext {
  /** The round (source or manifest) with the package's SHA-256 as the bundle carries it. */
  readonly round: Pick<RoundManifest, 'round' | 'contestants' | 'examiners' | 'teams' | 'criteriaPackage'>;
  readonly criteria: { readonly sha256: string; readonly package: CriteriaPackage };
  /** The key round.json is (or is being) signed with. */
  readonly signer: Pick<TrustedKey, 'keyId' | 'publicKey' | 'label' | 'example' | 'source' | 'addedAt'>;
}

export const sha256Hex = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** Checks one reference file for the entry of round.json that names it; throws a Swedish AppError. */
export function verifyReference(bytes: Buffer, entry: Pick<TrainingReference, 'contestant' | 'path'>, context: ReferenceContext): VerifiedReference {
  const { path } = entry;
  if (bytes.length > MAX_REFERENCE_BYTES) {
    throw appError('reference-too-large', { path, size: formatMegabytes(bytes.length), max: formatMegabytes(MAX_REFERENCE_BYTES) });
  }
  const json = parseJsonBytes(bytes, `Referensbedömningen ${path}`);
  const parsed = parseAssessmentFile(json);
  if (!parsed.ok) throw new AppError(parsed.code, `${path}: ${parsed.message}`);
  const file = parsed.value;
  // Before the signature is checked, so another key is refused by name, never offered for trust.
  const roundKeyId = context.signer.keyId;
  if (file.signature.keyId !== roundKeyId) throw appError('reference-other-signer', { path, keyId: file.signature.keyId, roundKeyId });
  const authorKeyId = publicKeyOfPem(file.author.publicKey, `Nyckeln i referensbedömningen ${path}`).keyId;
  if (authorKeyId !== roundKeyId) throw appError('reference-other-signer', { path, keyId: authorKeyId, roundKeyId });
  verifyDocument(json as object, new Map([[roundKeyId, context.signer as TrustedKey]]), `referensbedömningen ${path}`, checkedSignedBytes(json as object, `referensbedömningen ${path}`));

  if (file.stage !== 'consensus') throw appError('reference-not-consensus', { path });
  const roundId = context.round.round.id;
  if (file.round.id !== roundId) throw appError('reference-other-round', { path, id: file.round.id, roundId });
  const pkg = context.criteria.package;
  if (file.criteriaPackage.id !== pkg.id || file.criteriaPackage.revision !== pkg.revision || file.criteriaPackage.sha256 !== context.criteria.sha256) {
    throw appError('reference-other-package', { path, id: file.criteriaPackage.id, revision: file.criteriaPackage.revision, roundPackageId: pkg.id, roundPackageRevision: pkg.revision });
  }
  if (file.contestant.id !== entry.contestant) throw appError('reference-other-contestant', { path, id: file.contestant.id, contestant: entry.contestant });

  const facts = roundFactsFromManifest(context.round as RoundManifest, context.criteria, context.signer.example);
  const contestant = facts.contestants.get(entry.contestant);
  if (!contestant) throw appError('reference-other-contestant', { path, id: file.contestant.id, contestant: entry.contestant });
  // The reference is nobody's team work: individual scores or merged comments from any examiner are refused.
  const problem = assessmentContentProblem(file, facts, contestant, { id: '', leadId: '', members: new Set() });
  if (problem) throw appError('reference-content', { path, problem });
  return { contestantId: entry.contestant, path, bytes, sha256: sha256Hex(bytes), file };
}
