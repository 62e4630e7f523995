import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { SecretStore } from './effects';

/** Browser mode and CLI: secrets in files only the user can read (0600 in a 0700 folder). */
export function fileSecretStore(dir: string): SecretStore {
  const file = (name: string) => join(dir, `${name}.secret`);
  return {
    async read(name) {
      try {
        return await readFile(file(name));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw error;
      }
    },
    async write(name, secret) {
      await mkdir(dir, { recursive: true, mode: 0o700 });
      await writeFile(file(name), secret, { mode: 0o600 });
    },
  };
}
