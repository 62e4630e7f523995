/**
 * An examiner's public signing key as registered in round.json
 * (`examiners[].signingKey`, formats.md "Examiners' signing keys in the
 * round"): an Ed25519 key as SPKI PEM, exactly the file Examinator exports
 * (Inställningar → Min signeringsnyckel, `examinator key export`).
 */
import { z } from 'zod';
import type { FormatProblem } from './common';

/** The DER prefix of every Ed25519 SPKI key (OID 1.3.101.112), base64: the 32 key bytes follow. */
const ED25519_SPKI_PREFIX = 'MCowBQYDK2VwAyEA';
const PEM = new RegExp(`^-----BEGIN PUBLIC KEY-----\\r?\\n(${ED25519_SPKI_PREFIX}[A-Za-z0-9+/]{43}=)\\r?\\n-----END PUBLIC KEY-----\\r?\\n?$`);

/** The base64 of the SPKI DER when `pem` is one Ed25519 public key in PEM form; null otherwise. */
export function ed25519SpkiBase64(pem: string): string | null {
  return PEM.exec(pem)?.[1] ?? null;
}

/** Optional in the round; when present, exactly one Ed25519 public key (SPKI PEM). */
export const signingKeyField = () =>
  z
    .string({ error: 'ska vara text' })
    .max(400, 'är för lång för att vara en publik nyckel')
    .refine((pem) => ed25519SpkiBase64(pem) !== null, 'ska vara en publik Ed25519-nyckel i PEM-format (-----BEGIN PUBLIC KEY-----), som Examinator sparar under Min signeringsnyckel')
    .optional();

/** Two examiners with the same key could sign for each other: each key belongs to one examiner. */
export function sharedSigningKeys(examiners: readonly { readonly id: string; readonly signingKey?: string | undefined }[]): FormatProblem[] {
  const owner = new Map<string, string>();
  const problems: FormatProblem[] = [];
  examiners.forEach((examiner, index) => {
    const key = examiner.signingKey === undefined ? null : ed25519SpkiBase64(examiner.signingKey);
    if (key === null) return;
    const first = owner.get(key);
    if (first !== undefined) problems.push({ path: ['examiners', index, 'signingKey'], message: `samma signeringsnyckel som examinatorn "${first}"; varje examinator har sin egen nyckel` });
    else owner.set(key, examiner.id);
  });
  return problems;
}
