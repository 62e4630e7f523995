/**
 * Signed JSON documents (formats.md, "Signing"): the signed bytes are the UTF-8
 * bytes of the RFC 8785 canonical form of the document without `signature`.
 */
import type { KeyObject } from 'node:crypto';
import { AppError, appError, errorMessage } from '../../../shared/errors';
import { canonicalJson } from '../canonical-json';
import { keyIdOf, signBytes, verifyBytes } from './keys';
import type { TrustedKey, TrustSet } from './trust-store';

export const SIGNATURE_ALGORITHM = 'Ed25519';

export interface SignatureMember {
  readonly alg: string;
  readonly keyId: string;
  readonly value: string;
}

/** The exact bytes a signature covers. */
export function signedBytes(document: object): Buffer {
  const { signature: _signature, ...unsigned } = document as Record<string, unknown>;
  return Buffer.from(canonicalJson(unsigned), 'utf8');
}

/** The document with its `signature` member last (where formats.md's samples put it). */
export function signDocument<T extends object>(document: T, privateKey: KeyObject): T & { signature: SignatureMember } {
  const signature = { alg: SIGNATURE_ALGORITHM, keyId: keyIdOf(privateKey), value: signBytes(privateKey, signedBytes(document)) };
  return { ...document, signature };
}

/** Raised when the signer's key is not trusted here: the app asks the user, the CLI refuses. */
export class UntrustedKeyError extends AppError {
  constructor(readonly keyId: string) {
    super('untrusted-key', errorMessage('untrusted-key', { keyId }));
  }
}

/** The signed bytes of a document read from outside: hostile nesting is refused, not a crash. */
export function checkedSignedBytes(document: object, what: string): Buffer {
  try {
    return signedBytes(document);
  } catch (error) {
    // Hostile nesting exhausts the canonicalizer's recursion.
    if (error instanceof RangeError) throw appError('json-too-deep', { what });
    throw error;
  }
}

/**
 * Verification fails unless `alg` is Ed25519, `keyId` names a trusted key and
 * the signature verifies. `what` names the document in messages ("kriteriepaketet").
 * `signed`: the document's signed bytes, when the caller has them already.
 */
export function verifyDocument(document: object, trust: TrustSet, what: string, signed?: Buffer): TrustedKey {
  const signature = (document as { signature?: unknown }).signature;
  if (signature === undefined) throw appError('signature-missing', { what });
  const member = signature as Partial<SignatureMember> | null;
  if (typeof member !== 'object' || member === null || typeof member.alg !== 'string' || typeof member.keyId !== 'string' || typeof member.value !== 'string' || !/^[0-9a-f]{64}$/.test(member.keyId)) {
    throw appError('signature-malformed', { what });
  }
  if (member.alg !== SIGNATURE_ALGORITHM) {
    throw appError('signature-algorithm', { what, alg: member.alg.slice(0, 32) });
  }
  const key = trust.get(member.keyId);
  if (!key) throw new UntrustedKeyError(member.keyId);
  const bytes = signed ?? checkedSignedBytes(document, what);
  if (!verifyBytes(key.publicKey, bytes, member.value)) {
    throw appError('signature-invalid', { what, keyId: member.keyId });
  }
  return key;
}

/** Files are written as they are read in the samples: two-space JSON and a final newline. */
export function serializeDocument(document: object): Buffer {
  return Buffer.from(`${JSON.stringify(document, null, 2)}\n`, 'utf8');
}
