/** Runs one hostile file through the CLI and through the app, measuring time, memory and the database. */
import { closeSync, openSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { runCli } from '../../electron/cli/program';
import type { Channel } from '../../shared/contract';
import { call, testCore } from '../helpers/core';
import { dbFingerprint } from '../helpers/db-fingerprint';
import { samplePath } from '../helpers/samples';
import { tempDir } from '../helpers/temp';
import { recordHostile } from './record';

/** A file of `bytes` zeros that takes no disk space (a hole): for "200 MB" cases that must never be read. */
export interface SparseFile {
  readonly sparseBytes: number;
}

export const sparse = (bytes: number): SparseFile => ({ sparseBytes: bytes });

/** Writes a hostile input to `path`: its bytes, or a sparse file of the given size. */
export function writeHostile(path: string, input: Buffer | SparseFile): string {
  if (Buffer.isBuffer(input)) {
    writeFileSync(path, input);
  } else {
    closeSync(openSync(path, 'w'));
    truncateSync(path, input.sparseBytes);
  }
  return path;
}

export interface HostileRun {
  readonly cliCode: number;
  readonly cliError: string;
  readonly appError: string | null;
  readonly appStatus: string | null;
  readonly changedDatabase: boolean;
  readonly elapsedMs: number;
  readonly peakExtraMb: number;
}

/** Samples the resident set size while `work` runs (streaming work yields often enough). */
async function withMemoryWatch<T>(work: () => Promise<T>): Promise<{ result: T; peakExtraMb: number }> {
  const baseline = process.memoryUsage.rss();
  let peak = baseline;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 2);
  try {
    const result = await work();
    peak = Math.max(peak, process.memoryUsage.rss());
    return { result, peakExtraMb: (peak - baseline) / (1024 * 1024) };
  } finally {
    clearInterval(timer);
  }
}

export async function runHostile(options: {
  readonly importer: 'kvomgang' | 'kvpaket';
  readonly input: string;
  readonly bytes: Buffer | SparseFile;
}): Promise<HostileRun> {
  const file = writeHostile(join(tempDir(), `fientlig.${options.importer}`), options.bytes);
  try {
    return await runOnDisk(options, file);
  } finally {
    rmSync(file, { force: true }); // at once: a "200 MB" file is sparse only where the file system has holes
  }
}

async function runOnDisk(options: { readonly importer: 'kvomgang' | 'kvpaket'; readonly input: string }, file: string): Promise<HostileRun> {
  const err: string[] = [];
  const verb = options.importer === 'kvomgang' ? 'round' : 'package';
  const cliCode = await runCli([verb, 'verify', file], { out: () => undefined, err: (t) => void err.push(t) });

  const core = testCore();
  // Not an empty database: the övningsomgång is already there.
  await call(core, 'round:import', { fileId: core.context.files.register(samplePath.round).id });
  const before = dbFingerprint(core.context.paths.databaseFile);
  const channel: Channel = options.importer === 'kvomgang' ? 'round:import' : 'package:import';
  const started = performance.now();
  const { result, peakExtraMb } = await withMemoryWatch(() =>
    call(core, channel as 'round:import', { fileId: core.context.files.register(file).id }).then(
      (outcome) => ({ error: null, status: outcome.status }),
      (error: Error) => ({ error: error.message, status: null }),
    ),
  );
  const elapsedMs = performance.now() - started;
  const changedDatabase = dbFingerprint(core.context.paths.databaseFile) !== before;
  const refused = result.error !== null || result.status === 'untrusted-key';
  recordHostile({ importer: options.importer, input: options.input, refused: refused && cliCode === 1, changedDatabase });
  return { cliCode, cliError: err.join(''), appError: result.error, appStatus: result.status, changedDatabase, elapsedMs, peakExtraMb };
}

/** The shared expectations: refused by both, one Swedish line, fast, bounded, nothing changed. */
export function expectRefused(run: HostileRun, expected: RegExp): void {
  expect(run.cliCode).toBe(1);
  expect(run.cliError.trimEnd().split('\n')).toHaveLength(1);
  expect(run.cliError).toMatch(/^Fel: /);
  expect(run.cliError).toMatch(expected);
  expect(run.appError).toMatch(expected);
  expect(run.changedDatabase).toBe(false);
  expect(run.elapsedMs).toBeLessThan(5_000);
  expect(run.peakExtraMb).toBeLessThan(200);
}
