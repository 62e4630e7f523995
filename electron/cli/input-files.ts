import { existsSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { appError } from '../../shared/errors';
import { formatMegabytes } from '../../shared/format';
import { fingerprint } from '../../shared/fingerprint';
import {
  builtInKeys, commandLineKey, defaultResourcesDir, readPublicKeyPem, type TrustedKey, trustSet, type TrustSet, UntrustedKeyError,
} from '../core';

/** A file named on the command line, read whole after its size is checked. */
export function readInputFile(path: string, maxBytes: number): Buffer {
  const full = resolve(path);
  if (!existsSync(full) || !statSync(full).isFile()) throw appError('file-missing', { path });
  const size = statSync(full).size;
  if (size > maxBytes) throw appError('file-too-large', { name: path, size: formatMegabytes(size), max: formatMegabytes(maxBytes) });
  return readFileSync(full);
}

/** `--trust <fil>` may be given several times. */
export const collect = (value: string, previous: string[]) => [...previous, value];
export const TRUST_OPTION = ['--trust <public.pem>', 'lita även på den här publika nyckeln (kan anges flera gånger)', collect, [] as string[]] as const;

/** The shipped keys plus those given with --trust. */
export function commandLineTrust(trustFiles: readonly string[], extra: readonly TrustedKey[] = []): TrustSet {
  const resourcesDir = defaultResourcesDir();
  const given = trustFiles.map((file) => commandLineKey(readPublicKeyPem(readInputFile(file, 16 * 1024), file), file, resourcesDir));
  return trustSet(builtInKeys(resourcesDir), given, extra);
}

/** The CLI cannot ask; it says how to trust the key instead. */
export function explainUntrusted(error: unknown): never {
  if (error instanceof UntrustedKeyError) {
    throw appError('untrusted-key', { keyId: error.keyId, commandLine: true });
  }
  throw error;
}

export function describeSigner(key: TrustedKey): string {
  const shown = fingerprint(key.keyId);
  if (key.example) return `exempelnyckeln (${shown}) – övningsmaterial`;
  if (key.source === 'command-line') return `nyckeln i ${key.label} (${shown})`;
  return `${key.label} (${shown})`;
}

export function signerJson(key: TrustedKey) {
  return { keyId: key.keyId, label: key.label, example: key.example, source: key.source };
}
