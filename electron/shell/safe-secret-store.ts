import type { SafeStorage } from 'electron';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { appError } from '../../shared/errors';
import type { SecretStore } from '../core/effects';

/** Secrets encrypted with the OS keychain (safeStorage); only the ciphertext touches disk. */
export function safeStorageSecretStore(safeStorage: SafeStorage, dir: string): SecretStore {
  const file = (name: string) => join(dir, `${name}.safe`);
  const ensureAvailable = () => {
    if (!safeStorage.isEncryptionAvailable()) {
      throw appError('keychain-unavailable');
    }
  };
  return {
    async read(name) {
      ensureAvailable();
      try {
        const encrypted = await readFile(file(name));
        return Buffer.from(safeStorage.decryptString(encrypted), 'base64');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw error;
      }
    },
    async write(name, secret) {
      ensureAvailable();
      await mkdir(dir, { recursive: true, mode: 0o700 });
      await writeFile(file(name), safeStorage.encryptString(secret.toString('base64')), { mode: 0o600 });
    },
  };
}
