/**
 * Whose key must sign each examiner's files, for the CLI: the keys the round
 * registers (`examiners[].signingKey`) and those pinned with
 * `--examiner-keys DIR` (one `<examinator-id>.pem` per examiner). A set of
 * files read together (a folder) never has one author with two keys.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { appError } from '../../shared/errors';
import { type ExpectedSigner, keyIdOf, MAX_PEM_BYTES, readPublicKeyPem, type RoundFacts, type SignedFile, twoKeyRefusals } from '../core';
import { readInputFile } from './input-files';

export const EXAMINER_KEYS_OPTION = [
  '--examiner-keys <mapp>',
  'examinatorernas publika nycklar, en <examinator-id>.pem per examinator: deras filer måste vara signerade med just den nyckeln',
] as const;

const MAX_KEY_FILES = 2000;

/** Per examiner of the round, the key their files must carry (null: none registered or given). */
export function expectedSigners(facts: RoundFacts, keysDir: string | undefined): Map<string, ExpectedSigner> {
  const expected = new Map<string, ExpectedSigner>(
    [...facts.examiners.values()].map((e) => [e.id, { examinerName: e.name, keyId: e.keyId, source: 'round' }]),
  );
  if (keysDir === undefined) return expected;
  const dir = resolve(keysDir);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw appError('folder-missing', { folder: keysDir, option: '--examiner-keys' });
  const names = readdirSync(dir).filter((name) => name.toLowerCase().endsWith('.pem'));
  if (names.length > MAX_KEY_FILES) throw appError('too-many-keys', { folder: keysDir, count: names.length, max: MAX_KEY_FILES });
  for (const name of names) {
    const examinerId = basename(name, name.slice(-4));
    const examiner = expected.get(examinerId);
    if (!examiner) {
      throw appError('examiner-key-unknown', { name, examinerId, title: facts.title });
    }
    const keyId = keyIdOf(readPublicKeyPem(readInputFile(join(dir, name), MAX_PEM_BYTES), name));
    if (examiner.keyId !== null && examiner.keyId !== keyId) {
      throw appError('examiner-key-differs', { name, keyId, roundKeyId: examiner.keyId, examinerName: examiner.examinerName });
    }
    if (examiner.keyId === null) expected.set(examinerId, { ...examiner, keyId, source: 'command-line' });
  }
  return expected;
}

/** Refuses a set in which an author without a known key appears with two keys (the message names both). */
export function checkOneKeyPerAuthor(files: readonly SignedFile[], expected: ReadonlyMap<string, ExpectedSigner>): void {
  const unknown = files.filter((f) => (expected.get(f.file.author.examinerId)?.keyId ?? null) === null);
  const refusal = twoKeyRefusals(unknown, (id, given) => expected.get(id)?.examinerName ?? given).values().next().value;
  if (refusal) throw refusal;
}
