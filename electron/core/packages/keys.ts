/**
 * Ed25519 keys as formats.md stores them: public keys as SPKI PEM, private
 * keys as PKCS#8 PEM; a key's id is the lowercase hex SHA-256 of its raw
 * 32-byte public key.
 */
import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto';
import { AppError, appError } from '../../../shared/errors';

export const MAX_PEM_BYTES = 16 * 1024;

export function keyIdOf(key: KeyObject): string {
  const publicKey = key.type === 'private' ? createPublicKey(key) : key;
  const jwk = publicKey.export({ format: 'jwk' });
  if (!jwk.x) throw new Error('not an Ed25519 key');
  return createHash('sha256').update(Buffer.from(jwk.x, 'base64url')).digest('hex');
}

function pemText(bytes: Buffer, name: string): string {
  if (bytes.length > MAX_PEM_BYTES) throw appError('key-too-large', { name });
  return bytes.toString('utf8');
}

function requireEd25519(key: KeyObject, name: string): KeyObject {
  if (key.asymmetricKeyType !== 'ed25519') {
    throw appError('key-not-ed25519', { name, keyType: key.asymmetricKeyType ?? 'okänd' });
  }
  return key;
}

/** Keys parsed lately, by their PEM text: a round's files and its registered keys come from a few hundred examiners. */
const parsedPems = new Map<string, { readonly publicKey: KeyObject; readonly keyId: string }>();
const PARSED_PEMS = 1000;

/** readPublicKeyPem for PEM text that is read again and again (files' authors, a round's registered keys). */
export function publicKeyOfPem(pem: string, name: string): { readonly publicKey: KeyObject; readonly keyId: string } {
  let parsed = parsedPems.get(pem);
  if (!parsed) {
    const publicKey = readPublicKeyPem(Buffer.from(pem, 'utf8'), name);
    parsed = { publicKey, keyId: keyIdOf(publicKey) };
    if (parsedPems.size >= PARSED_PEMS) parsedPems.clear();
    parsedPems.set(pem, parsed);
  }
  return parsed;
}

/** A public key (SPKI PEM); a private key given by mistake is refused, never quietly used. */
export function readPublicKeyPem(bytes: Buffer, name: string): KeyObject {
  const text = pemText(bytes, name);
  if (text.includes('PRIVATE KEY-----')) {
    throw appError('key-is-private', { name });
  }
  if (!text.includes('-----BEGIN PUBLIC KEY-----')) {
    throw appError('key-not-pem', { name });
  }
  try {
    return requireEd25519(createPublicKey({ key: text, format: 'pem' }), name);
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw appError('key-unreadable', { name, kind: 'public' }, { cause: error });
  }
}

/** A private key (unencrypted PKCS#8 PEM) for signing. */
export function readPrivateKeyPem(bytes: Buffer, name: string): KeyObject {
  const text = pemText(bytes, name);
  if (text.includes('-----BEGIN ENCRYPTED PRIVATE KEY-----')) {
    throw appError('key-encrypted', { name });
  }
  if (!text.includes('-----BEGIN PRIVATE KEY-----')) {
    throw appError('key-not-private', { name });
  }
  try {
    return requireEd25519(createPrivateKey({ key: text, format: 'pem' }), name);
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw appError('key-unreadable', { name, kind: 'private' }, { cause: error });
  }
}

export interface GeneratedKeyPair {
  readonly privatePem: string;
  readonly publicPem: string;
  readonly keyId: string;
}

export function generateKeyPair(): GeneratedKeyPair {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return {
    privatePem: privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(),
    publicPem: publicKey.export({ format: 'pem', type: 'spki' }).toString(),
    keyId: keyIdOf(publicKey),
  };
}

export function publicPemOf(key: KeyObject): string {
  const publicKey = key.type === 'private' ? createPublicKey(key) : key;
  return publicKey.export({ format: 'pem', type: 'spki' }).toString();
}

export function signBytes(privateKey: KeyObject, bytes: Uint8Array): string {
  return sign(null, bytes, privateKey).toString('base64');
}

export function verifyBytes(publicKey: KeyObject, bytes: Uint8Array, signatureBase64: string): boolean {
  const signature = Buffer.from(signatureBase64, 'base64');
  // Ed25519 signatures are exactly 64 bytes; anything else cannot verify.
  return signature.length === 64 && verify(null, bytes, publicKey, signature);
}
