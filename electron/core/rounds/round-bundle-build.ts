/**
 * Building a round bundle (`round build`, the round set-up's "Signera och
 * spara"): the source is validated (jäv included), the package verified, every
 * document hashed, round.json signed, and the ZIP written deterministically —
 * fixed timestamps and a fixed entry order, so the same input gives the same bytes.
 */
import { createPublicKey, type KeyObject } from 'node:crypto';
import yazl from 'yazl';
import { AppError, appError } from '../../../shared/errors';
import { describeLocation } from '../../../shared/formats/common';
import { parseRoundSource, roundPackageProblems, type RoundDocument, type RoundManifest } from '../../../shared/formats/round';
import { prepareDocument } from '../documents/ingest';
import { sha256Of, verifyCriteriaPackageBytes } from '../packages/criteria-file';
import { keyIdOf } from '../packages/keys';
import { MANIFEST_ENTRY, PACKAGE_ENTRY } from './round-bundle-read';
import { serializeDocument, signDocument } from '../packages/signing';
import type { TrustSet } from '../packages/trust-store';
import type { TrainingReference } from '../../../shared/formats/training';
import { verifyReference } from './training-references';

/** DOS timestamps are local time: a local-time constant encodes identically in every time zone. */
const FIXED_MTIME = new Date(2000, 0, 1, 0, 0, 0);
const ENTRY_OPTIONS = { mtime: FIXED_MTIME, mode: 0o100644, forceDosTimestamp: true, compressionLevel: 9 } as const;

export interface RoundBuildInput {
  readonly source: unknown;
  readonly packageBytes: Buffer;
  /** The bytes of a document named in the source ("documents/x.pdf"); refuses when it is missing. */
  readonly loadDocument: (path: string) => Promise<Buffer>;
  /** A training round's reference file named in the source ("reference/x.kvbedomning"); without it, a source with references is refused. */
  readonly loadReference?: (path: string) => Promise<Buffer>;
  readonly privateKey: KeyObject;
  /** Keys the criteria package may be signed with. */
  readonly trust: TrustSet;
}

export interface BuiltRound {
  readonly bytes: Buffer;
  readonly keyId: string;
  readonly manifest: RoundManifest;
}

export async function zipEntries(entries: readonly { name: string; bytes: Buffer }[]): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  for (const entry of entries) zip.addBuffer(entry.bytes, entry.name, ENTRY_OPTIONS);
  zip.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream as AsyncIterable<Buffer>) chunks.push(chunk);
  return Buffer.concat(chunks);
}

export async function buildRoundBundle(input: RoundBuildInput): Promise<BuiltRound> {
  const parsed = parseRoundSource(input.source);
  if (!parsed.ok) throw new AppError(parsed.code, parsed.message);
  const source = parsed.value;
  const criteria = verifyCriteriaPackageBytes(input.packageBytes, input.trust);
  const [problem] = roundPackageProblems(source, criteria.package);
  if (problem) {
    const where = describeLocation(source, problem.path);
    throw appError('round-package-mismatch', { where, message: problem.message });
  }

  const documents: { name: string; bytes: Buffer }[] = [];
  const contestants = [];
  for (const contestant of source.contestants) {
    const listed: RoundDocument[] = [];
    for (const document of contestant.documents) {
      const bytes = await input.loadDocument(document.path);
      const prepared = await prepareDocument(bytes, document.path);
      if (prepared.mediaType !== document.mediaType) {
        const said = document.mediaType === 'application/pdf' ? 'en PDF' : 'ett Word-dokument (.docx)';
        throw appError('round-document-type', { path: document.path, said });
      }
      documents.push({ name: document.path, bytes });
      listed.push({ path: document.path, sha256: prepared.sha256, bytes: bytes.length, title: document.title, mediaType: document.mediaType });
    }
    contestants.push({
      id: contestant.id,
      name: contestant.name,
      organisation: contestant.organisation,
      ...(contestant.class !== undefined ? { class: contestant.class } : {}),
      ...(contestant.prizes !== undefined ? { prizes: contestant.prizes } : {}),
      documents: listed,
    });
  }

  // Members in formats.md's order, so files read like the spec and the samples.
  const unsigned = {
    format: source.format,
    formatVersion: source.formatVersion,
    round: source.round,
    criteriaPackage: { id: source.criteriaPackage.id, revision: source.criteriaPackage.revision, sha256: sha256Of(input.packageBytes) },
    contestants,
    examiners: source.examiners,
    teams: source.teams,
    ...(source.declaredConflicts ? { declaredConflicts: source.declaredConflicts } : {}),
  };
  const references = await loadReferences(input, source.training?.references ?? [], { ...unsigned, round: source.round }, criteria);
  const training = references.length > 0 ? { training: { references: references.map(({ entry }) => entry) } } : {};
  const manifest = signDocument({ ...unsigned, ...training }, input.privateKey) as RoundManifest;
  const bytes = await zipEntries([
    { name: MANIFEST_ENTRY, bytes: serializeDocument(manifest) },
    { name: PACKAGE_ENTRY, bytes: input.packageBytes },
    ...documents,
    ...references.map(({ entry, bytes }) => ({ name: entry.path, bytes })),
  ]);
  return { bytes, keyId: keyIdOf(input.privateKey), manifest };
}

/** The source's references, each checked as a reader of the bundle will check it (signed with this very key). */
async function loadReferences(
  input: RoundBuildInput,
  references: readonly Pick<TrainingReference, 'contestant' | 'path'>[],
  round: Parameters<typeof verifyReference>[2]['round'],
  criteria: Parameters<typeof verifyReference>[2]['criteria'],
): Promise<{ entry: TrainingReference; bytes: Buffer }[]> {
  if (references.length === 0) return [];
  if (!input.loadReference) throw appError('reference-needs-files');
  const signer = { keyId: keyIdOf(input.privateKey), publicKey: createPublicKey(input.privateKey), label: 'omgångens nyckel', example: false, source: 'command-line' as const, addedAt: null };
  const loaded = [];
  for (const reference of references) {
    const bytes = await input.loadReference(reference.path);
    const verified = verifyReference(bytes, reference, { round, criteria, signer });
    loaded.push({ entry: { contestant: reference.contestant, path: reference.path, sha256: verified.sha256 }, bytes });
  }
  return loaded;
}
