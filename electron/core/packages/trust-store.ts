/**
 * Which keys may sign criteria packages and round bundles on this computer:
 * the keys shipped in resources/trusted-keys/ (manifest.json says which, and
 * which one is the example key) plus keys the user added after comparing the
 * fingerprint (table trusted_keys). Examiners' own keys for assessment files
 * are pinned separately by the exchange feature.
 */
import { createPublicKey, type KeyObject } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { Db } from '../db/open';
import { keyIdOf, publicPemOf, readPublicKeyPem } from './keys';

export interface TrustedKey {
  readonly keyId: string;
  readonly publicKey: KeyObject;
  readonly label: string;
  /** The example key: material it signed is övningsmaterial and must say so. */
  readonly example: boolean;
  readonly source: 'built-in' | 'user' | 'command-line';
  readonly addedAt: string | null;
}

export type TrustSet = ReadonlyMap<string, TrustedKey>;

const manifestSchema = z
  .object({
    keys: z.array(
      z.object({ file: z.string().regex(/^[A-Za-z0-9._-]+\.pem$/), label: z.string().min(1), example: z.boolean(), keyId: z.string().regex(/^[0-9a-f]{64}$/) }).strict(),
    ),
  })
  .strict();

export const TRUSTED_KEYS_FOLDER = 'trusted-keys';

const builtInCache = new Map<string, readonly TrustedKey[]>();

/** The shipped keys. A manifest that does not match its files is a packaging fault, not user input. */
export function builtInKeys(resourcesDir: string): readonly TrustedKey[] {
  const cached = builtInCache.get(resourcesDir);
  if (cached) return cached;
  const folder = join(resourcesDir, TRUSTED_KEYS_FOLDER);
  const manifest = manifestSchema.parse(JSON.parse(readFileSync(join(folder, 'manifest.json'), 'utf8')));
  const keys = manifest.keys.map((entry): TrustedKey => {
    const publicKey = readPublicKeyPem(readFileSync(join(folder, entry.file)), entry.file);
    const keyId = keyIdOf(publicKey);
    if (keyId !== entry.keyId) throw new Error(`${entry.file}: key id ${keyId} does not match the manifest's ${entry.keyId}`);
    return { keyId, publicKey, label: entry.label, example: entry.example, source: 'built-in', addedAt: null };
  });
  builtInCache.set(resourcesDir, keys);
  return keys;
}

export function exampleKeyIds(resourcesDir: string): ReadonlySet<string> {
  return new Set(builtInKeys(resourcesDir).filter((key) => key.example).map((key) => key.keyId));
}

interface KeyRow {
  key_id: string;
  public_key: string;
  label: string;
  added_at: string;
}

export function userKeys(db: Db): TrustedKey[] {
  const rows = db.prepare('SELECT key_id, public_key, label, added_at FROM trusted_keys ORDER BY added_at, key_id').all() as KeyRow[];
  return rows.map((row) => ({
    keyId: row.key_id,
    publicKey: readPublicKeyPem(Buffer.from(row.public_key, 'utf8'), row.label),
    label: row.label,
    example: false,
    source: 'user',
    addedAt: row.added_at,
  }));
}

export function addUserKey(db: Db, publicKey: KeyObject, label: string, addedAt: string): void {
  db.prepare(
    `INSERT INTO trusted_keys (key_id, public_key, label, added_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (key_id) DO UPDATE SET label = excluded.label`,
  ).run(keyIdOf(publicKey), publicPemOf(publicKey), label, addedAt);
}

/** Returns false when no user-added key has that id (built-in keys cannot be removed). */
export function removeUserKey(db: Db, keyId: string): boolean {
  return db.prepare('DELETE FROM trusted_keys WHERE key_id = ?').run(keyId).changes > 0;
}

/** Built-in keys first: a user entry can never re-label or un-example a shipped key. */
export function trustSet(...lists: readonly (readonly TrustedKey[])[]): TrustSet {
  const set = new Map<string, TrustedKey>();
  for (const key of lists.flat()) if (!set.has(key.keyId)) set.set(key.keyId, key);
  return set;
}

/** What the app trusts right now: shipped keys plus the user's. */
export function installationTrust(db: Db, resourcesDir: string): TrustSet {
  return trustSet(builtInKeys(resourcesDir), userKeys(db));
}

/** A key given on the command line (`--trust PUBLIC.pem`), trusted for that one run. */
export function commandLineKey(publicKey: KeyObject, name: string, resourcesDir: string): TrustedKey {
  const keyId = keyIdOf(publicKey);
  return { keyId, publicKey, label: name, example: exampleKeyIds(resourcesDir).has(keyId), source: 'command-line', addedAt: null };
}

export const OWN_KEY_LABEL = 'Egen nyckel – signerar här';

/**
 * A key this installation has just signed with is its own: whoever holds the
 * private key is the signer, so what it signed is at hand here at once.
 * The shipped keys keep their place; any earlier label is replaced.
 */
export function trustOwnKey(db: Db, privateKey: KeyObject, addedAt: string, resourcesDir: string): void {
  if (builtInKeys(resourcesDir).some((key) => key.keyId === keyIdOf(privateKey))) return;
  addUserKey(db, createPublicKey(privateKey), OWN_KEY_LABEL, addedAt);
}
