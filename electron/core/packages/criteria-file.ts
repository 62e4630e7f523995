/**
 * The signed criteria package file (`.kvpaket`): verified exactly as
 * formats.md says, and built (signed) for `package build` and the editor.
 */
import { createHash, type KeyObject } from 'node:crypto';
import { AppError, appError } from '../../../shared/errors';
import { formatMegabytes } from '../../../shared/format';
import { checkHeader } from '../../../shared/formats/common';
import {
  CRITERIA_PACKAGE_FORMAT,
  parseCriteriaPackageSource,
  parseSignedCriteriaPackage,
  type CriteriaPackage,
  type SignedCriteriaPackage,
} from '../../../shared/formats/criteria-package';
import { MAX_PACKAGE_FILE_BYTES } from './bundle-limits';
import { parseJsonBytes } from './json-bytes';
import { keyIdOf } from './keys';
import { serializeDocument, signDocument, verifyDocument } from './signing';
import type { TrustedKey, TrustSet } from './trust-store';

export interface VerifiedPackage {
  readonly bytes: Buffer;
  readonly sha256: string;
  readonly document: SignedCriteriaPackage;
  readonly package: CriteriaPackage;
  readonly signer: TrustedKey;
}

export const sha256Of = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Header, then signature, then every rule; any failure is one Swedish sentence. */
export function verifyCriteriaPackageBytes(bytes: Buffer, trust: TrustSet, what = 'Kriteriepaketet'): VerifiedPackage {
  if (bytes.length > MAX_PACKAGE_FILE_BYTES) {
    throw appError('package-too-large', { what, max: formatMegabytes(MAX_PACKAGE_FILE_BYTES) });
  }
  const json = parseJsonBytes(bytes, what);
  const refusal = checkHeader(json, CRITERIA_PACKAGE_FORMAT, 'ett kriteriepaket (.kvpaket)');
  if (refusal) throw new AppError(refusal.code, refusal.message);
  const signer = verifyDocument(json as object, trust, 'kriteriepaketet');
  const parsed = parseSignedCriteriaPackage(json);
  if (!parsed.ok) throw new AppError(parsed.code, parsed.message);
  return { bytes, sha256: sha256Of(bytes), document: parsed.value, package: parsed.value.package, signer };
}

export interface BuiltFile {
  readonly bytes: Buffer;
  readonly keyId: string;
}

/** Validates the unsigned source and signs it; the output is what `verifyCriteriaPackageBytes` accepts. */
export function buildCriteriaPackageFile(source: unknown, privateKey: KeyObject): BuiltFile & { readonly package: CriteriaPackage } {
  const parsed = parseCriteriaPackageSource(source);
  if (!parsed.ok) throw new AppError(parsed.code, parsed.message);
  const { format, formatVersion, package: pkg } = parsed.value;
  const signed = signDocument({ format, formatVersion, package: pkg }, privateKey);
  return { bytes: serializeDocument(signed), keyId: keyIdOf(privateKey), package: pkg };
}
