/**
 * The table harness for hostile assessment files: each case's file goes
 * through the app's import (preview and apply) and must be refused with the
 * expected Swedish message, the database unchanged; a file wrong in itself is
 * refused by `examinator assessment verify` too (exit 1, one line).
 */
import type { KeyObject } from 'node:crypto';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { runCli } from '../../electron/cli/program';
import type { RoundFacts } from '../../electron/core/rounds/model';
import { publicPemOf } from '../../electron/core/packages/keys';
import { serializeDocument, signDocument } from '../../electron/core/packages/signing';
import { call } from '../helpers/core';
import { dbFingerprint } from '../helpers/db-fingerprint';
import { assessmentBytes, exchangeCore, importFiles, newKey, type FileOptions, type RoundVariant } from '../helpers/exchange';
import { tempDir } from '../helpers/temp';
import { writeHostile, type SparseFile } from './harness';
import { recordHostile } from './record';

export type Json = { [key: string]: any }; // eslint-disable-line @typescript-eslint/no-explicit-any -- hostile edits reach anywhere

export const json = (bytes: Buffer): Json => JSON.parse(bytes.toString('utf8'));
export const text = (value: Json) => Buffer.from(JSON.stringify(value, null, 2));
/** Edited and signed again (a valid signature over bad content), with the key's public half in the file. */
export const resigned = (value: Json, key: KeyObject) => {
  const { signature: _old, ...unsigned } = value;
  unsigned.author.publicKey = publicPemOf(key);
  return serializeDocument(signDocument(unsigned, key));
};

export interface Case {
  readonly input: string;
  readonly round?: RoundVariant;
  /** Files imported first (they must be accepted). */
  readonly before?: (facts: RoundFacts) => Buffer[];
  readonly make: (facts: RoundFacts) => Buffer | SparseFile;
  readonly expected: RegExp;
  /** Whether the file is wrong in itself (so `assessment verify` refuses it too). */
  readonly wrongInItself: boolean;
}

/** A valid file for `options` (from the round's facts), changed by `change` and signed again with its author's key. */
export const edited =
  (options: FileOptions | ((facts: RoundFacts) => FileOptions), change: (file: Json, facts: RoundFacts) => void, key = newKey()) =>
  (facts: RoundFacts) => {
    const file = json(assessmentBytes(facts, { ...(typeof options === 'function' ? options(facts) : options), key }));
    change(file, facts);
    return resigned(file, key);
  };

async function runCase(testCase: Case) {
  const { core, facts } = await exchangeCore(testCase.round ? { round: testCase.round } : {});
  if (testCase.before) {
    const before = await importFiles(core, Object.fromEntries(testCase.before(facts).map((bytes, i) => [`tidigare-${i}.kvbedomning`, bytes])));
    expect(before.applied.every((a) => a.status === 'added')).toBe(true);
  }
  // Handed to the core as a dialog would (a "200 MB" file is sparse).
  const path = writeHostile(join(tempDir(), 'fientlig.kvbedomning'), testCase.make(facts));
  const fingerprint = dbFingerprint(core.context.paths.databaseFile);
  const fileId = core.context.files.register(path).id;
  const [preview] = await call(core, 'assessment:preview-import', { fileIds: [fileId], acceptedKeys: [] });
  const applied = await call(core, 'assessment:apply-import', { items: [{ fileId, sha256: preview!.sha256 ?? '0'.repeat(64) }], acceptedKeys: [] });
  const changedDatabase = dbFingerprint(core.context.paths.databaseFile) !== fingerprint;
  return { core, path, preview: preview!, applied: applied[0]!, changedDatabase };
}

async function verifyWithCli(path: string) {
  const err: string[] = [];
  const code = await runCli(['assessment', 'verify', path], { out: () => undefined, err: (t) => void err.push(t) });
  return { code, err: err.join('') };
}

/** One test per case, each recorded for the hostile-input summary. */
export function refusesEveryCase(cases: readonly Case[]): void {
  it.each(cases.map((c) => [c.input, c] as const))('%s', async (_input, testCase) => {
    const run = await runCase(testCase);
    expect(['refused', 'key-changed']).toContain(run.preview.status);
    expect(run.preview.message).toMatch(testCase.expected);
    expect(run.applied.status).toBe('refused');
    expect(run.changedDatabase).toBe(false);
    let cliRefused = true;
    if (testCase.wrongInItself) {
      const cli = await verifyWithCli(run.path);
      expect(cli.code).toBe(1);
      expect(cli.err.trimEnd().split('\n')).toHaveLength(1);
      expect(cli.err.replace(/^Fel: /, '').trimEnd()).toMatch(testCase.expected);
      cliRefused = cli.code === 1;
    }
    recordHostile({ importer: 'kvbedomning', input: testCase.input, refused: run.applied.status === 'refused' && cliRefused, changedDatabase: run.changedDatabase });
  });
}
