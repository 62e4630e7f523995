/**
 * The installation's own Ed25519 key pair, which signs this examiner's
 * assessment files. Created on first need; the private key lives only in the
 * secret store (the OS keychain through safeStorage in Electron, a 0600 file in
 * browser mode and the CLI), never in the database.
 */
import type { KeyObject } from 'node:crypto';
import type { InstallationKey } from '../../../shared/contract/exchange';
import { appError } from '../../../shared/errors';
import type { SecretStore } from '../effects';
import { generateKeyPair, keyIdOf, publicPemOf, readPrivateKeyPem } from '../packages/keys';

export const SIGNING_KEY_SECRET = 'installation-signing-key';

export interface InstallationIdentity extends InstallationKey {
  readonly privateKey: KeyObject;
}

function identityOf(privateKey: KeyObject): InstallationIdentity {
  return { privateKey, keyId: keyIdOf(privateKey), publicKeyPem: publicPemOf(privateKey) };
}

async function loadOrCreate(secrets: SecretStore): Promise<InstallationIdentity> {
  const stored = await secrets.read(SIGNING_KEY_SECRET);
  if (stored) {
    try {
      return identityOf(readPrivateKeyPem(stored, 'signeringsnyckeln'));
    } catch (error) {
      // Never replace a key silently: co-examiners have pinned it, a new one would be refused.
      throw appError('identity-unreadable', { cause: error });
    }
  }
  const generated = generateKeyPair();
  await secrets.write(SIGNING_KEY_SECRET, Buffer.from(generated.privatePem, 'utf8'));
  return identityOf(readPrivateKeyPem(Buffer.from(generated.privatePem, 'utf8'), 'signeringsnyckeln'));
}

// One pending load per secret store: two first calls at once must not make two keys.
const loading = new WeakMap<SecretStore, Promise<InstallationIdentity>>();

export function installationIdentity(secrets: SecretStore): Promise<InstallationIdentity> {
  let pending = loading.get(secrets);
  if (!pending) {
    pending = loadOrCreate(secrets);
    loading.set(secrets, pending);
    // A failure is not remembered: the next call tries again (the keychain may be unlocked by then).
    pending.catch(() => loading.delete(secrets));
  }
  return pending;
}

/** "signeringsnyckel-d03ad6622c34aeb4.pem": the name my public key is saved under, by its fingerprint. */
export function publicKeyFileName(keyId: string): string {
  return `signeringsnyckel-${keyId.slice(0, 16)}.pem`;
}
