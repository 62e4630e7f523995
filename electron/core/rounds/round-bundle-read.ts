/**
 * Reading a round bundle (`.kvomgang`) as formats.md demands, before anything
 * is stored: the ZIP is checked entry by entry, round.json's signature and
 * rules (jäv included), the criteria package byte for byte, and every document's
 * size and hash. Memory stays bounded by BUNDLE_LIMITS whatever the file says.
 */
import { createReadStream, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { pipeline } from 'node:stream/promises';
import { AppError, appError } from '../../../shared/errors';
import { formatMegabytes } from '../../../shared/format';
import { checkHeader } from '../../../shared/formats/common';
import { parseRoundManifest, ROUND_FORMAT, roundPackageProblems, type RoundDocument, type RoundManifest } from '../../../shared/formats/round';
import { describeLocation } from '../../../shared/formats/common';
import { prepareDocument, type PreparedDocument } from '../documents/ingest';
import { BUNDLE_LIMITS } from '../packages/bundle-limits';
import { sha256Of, verifyCriteriaPackageBytes, type VerifiedPackage } from '../packages/criteria-file';
import { parseJsonBytes } from '../packages/json-bytes';
import { verifyDocument } from '../packages/signing';
import type { TrustedKey, TrustSet } from '../packages/trust-store';
import { listEntries, openZip, readEntry, shownName, type ZipEntry } from '../zip/read';
import { REFERENCE_FOLDER } from '../../../shared/formats/training';
import { MAX_REFERENCE_BYTES, sha256Hex, verifyReference, type VerifiedReference } from './training-references';

export const MANIFEST_ENTRY = 'round.json';
export const PACKAGE_ENTRY = 'criteria.kvpaket';
const WHAT = 'Omgångsfilen';

export interface BundleDocument {
  readonly contestantId: string;
  readonly document: RoundDocument;
  readonly prepared: PreparedDocument;
}

export interface VerifiedRound {
  readonly manifest: RoundManifest;
  readonly manifestBytes: Buffer;
  readonly criteria: VerifiedPackage;
  readonly documents: readonly BundleDocument[];
  /** A training round's reference assessments, verified (empty for any other round). */
  readonly references: readonly VerifiedReference[];
  readonly signer: TrustedKey;
  /** Round or package signed with the example key: övningsmaterial. */
  readonly example: boolean;
  readonly bundleSha256: string;
}

function maxBytesFor(name: string): number {
  if (name === MANIFEST_ENTRY) return BUNDLE_LIMITS.manifestBytes;
  if (name === PACKAGE_ENTRY) return BUNDLE_LIMITS.packageBytes;
  if (name.startsWith(REFERENCE_FOLDER)) return MAX_REFERENCE_BYTES;
  return BUNDLE_LIMITS.documentBytes;
}

async function fileSha256(path: string): Promise<string> {
  const hash = createHash('sha256');
  await pipeline(createReadStream(path), hash);
  return hash.digest('hex');
}

function verifyManifest(bytes: Buffer, trust: TrustSet): { manifest: RoundManifest; signer: TrustedKey } {
  const json = parseJsonBytes(bytes, `${MANIFEST_ENTRY} i omgångsfilen`);
  const refusal = checkHeader(json, ROUND_FORMAT, 'en omgångsfil (round.json)');
  if (refusal) throw new AppError(refusal.code, refusal.message);
  const signer = verifyDocument(json as object, trust, 'omgångsfilen');
  const parsed = parseRoundManifest(json);
  if (!parsed.ok) throw new AppError(parsed.code, parsed.message);
  return { manifest: parsed.value, signer };
}

/** Exactly round.json, criteria.kvpaket, the listed documents and references: nothing missing, nothing extra. */
function checkEntrySet(entries: ReadonlyMap<string, ZipEntry>, manifest: RoundManifest): void {
  const listed = new Set([
    MANIFEST_ENTRY,
    PACKAGE_ENTRY,
    ...manifest.contestants.flatMap((c) => c.documents.map((d) => d.path)),
    ...(manifest.training?.references ?? []).map((r) => r.path),
  ]);
  for (const name of listed) {
    if (!entries.has(name)) {
      const what = name === PACKAGE_ENTRY ? 'kriteriepaketet (criteria.kvpaket)' : `${name}, som round.json listar`;
      throw appError('bundle-entry-missing', { what });
    }
  }
  for (const name of entries.keys()) {
    if (!listed.has(name)) {
      throw appError('bundle-entry-extra', { shown: shownName(name) });
    }
  }
}

export async function readRoundBundle(path: string, trust: TrustSet): Promise<VerifiedRound> {
  const size = statSync(path).size;
  if (size > BUNDLE_LIMITS.fileBytes) {
    throw appError('bundle-too-large', { size: formatMegabytes(size), max: formatMegabytes(BUNDLE_LIMITS.fileBytes) });
  }
  const zip = await openZip(path, WHAT);
  try {
    const entries = await listEntries(zip, { entries: BUNDLE_LIMITS.entries, totalBytes: BUNDLE_LIMITS.totalBytes, maxBytesFor }, WHAT);
    const manifestEntry = entries.get(MANIFEST_ENTRY);
    if (!manifestEntry) throw appError('bundle-manifest-missing');
    const manifestBytes = await readEntry(zip, manifestEntry, BUNDLE_LIMITS.manifestBytes, WHAT);
    const { manifest, signer } = verifyManifest(manifestBytes, trust);
    checkEntrySet(entries, manifest);

    const packageBytes = await readEntry(zip, entries.get(PACKAGE_ENTRY)!, BUNDLE_LIMITS.packageBytes, WHAT);
    if (sha256Of(packageBytes) !== manifest.criteriaPackage.sha256) {
      throw appError('bundle-package-hash');
    }
    const criteria = verifyCriteriaPackageBytes(packageBytes, trust, 'Kriteriepaketet i omgångsfilen');
    const [problem] = roundPackageProblems(manifest, criteria.package);
    if (problem) {
      const where = describeLocation(manifest, problem.path);
      throw appError('bundle-package-mismatch', { where, message: problem.message });
    }

    const documents: BundleDocument[] = [];
    for (const contestant of manifest.contestants) {
      for (const document of contestant.documents) {
        documents.push({ contestantId: contestant.id, document, prepared: await readDocument(zip, entries.get(document.path)!, document) });
      }
    }
    const references: VerifiedReference[] = [];
    for (const reference of manifest.training?.references ?? []) {
      const bytes = await readEntry(zip, entries.get(reference.path)!, MAX_REFERENCE_BYTES, WHAT);
      if (sha256Hex(bytes) !== reference.sha256) throw appError('reference-hash', { path: reference.path });
      references.push(verifyReference(bytes, reference, { round: manifest, criteria, signer }));
    }
    return {
      manifest,
      manifestBytes,
      criteria,
      documents,
      references,
      signer,
      example: signer.example || criteria.signer.example,
      bundleSha256: await fileSha256(path),
    };
  } finally {
    zip.close();
  }
}

async function readDocument(zip: Parameters<typeof readEntry>[0], entry: ZipEntry, document: RoundDocument): Promise<PreparedDocument> {
  // The declared size must match before a byte is inflated; the stream is capped at it.
  if (entry.uncompressedSize !== document.bytes) {
    throw appError('bundle-document-size', { path: document.path, size: entry.uncompressedSize, bytes: document.bytes });
  }
  const bytes = await readEntry(zip, entry, document.bytes, WHAT);
  if (sha256Of(bytes) !== document.sha256) {
    throw appError('bundle-document-hash', { path: document.path });
  }
  const prepared = await prepareDocument(bytes, document.path, document.title);
  if (prepared.mediaType !== document.mediaType) {
    const said = document.mediaType === 'application/pdf' ? 'en PDF' : 'ett Word-dokument';
    throw appError('bundle-document-type', { path: document.path, said });
  }
  return prepared;
}
