/**
 * Crash durability: a child process makes at least 1,000 rapid edits through
 * the core and is SIGKILLed at a random moment after its 1,000th acknowledged
 * edit; every edit it acknowledged must be in the reopened database, which must
 * pass SQLite's integrity check and open in the app again. Every edit kind is
 * killed several times on the same data folder. Add edit kinds in
 * durability/edits.ts.
 */
import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { describe, expect, it } from 'vitest';
import { dataPaths } from '../../electron/core/paths';
import { testCore } from '../helpers/core';
import { reportSummary } from '../helpers/summary';
import { tempDir } from '../helpers/temp';
import { durableEdits, type DurableEdit } from './durability/edits';

const KILLS_PER_EDIT = 2;
/** Every child acknowledges at least this many edits before the random kill. */
const MIN_ACKS_PER_RUN = 1_000;
/** A child that has not acknowledged MIN_ACKS_PER_RUN edits by then is a failure, not a slow run. */
const CHILD_DEADLINE_MS = 30_000;
const CHILD = join(__dirname, 'durability', 'child.ts');
// tsx runs the child's TypeScript as CommonJS; ESM-only dependencies (canonicalize) need the "import" condition.

/**
 * Runs the child until it has acknowledged MIN_ACKS_PER_RUN edits, then kills it
 * `killAfterMs` later (edits go on meanwhile); returns every id it acknowledged.
 */
function editUntilKilled(dataDir: string, edit: DurableEdit, killAfterMs: number): Promise<string[]> {
  const ackFile = join(dataDir, `acks-${Date.now()}-${Math.random()}.txt`);
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--conditions=import', '--import', 'tsx', CHILD, dataDir, edit.name, ackFile, String(MIN_ACKS_PER_RUN)],
      { cwd: join(__dirname, '../..'), stdio: ['ignore', 'pipe', 'pipe'] },
    );
    const stderr: string[] = [];
    let tooSlow = false;
    const deadline = setTimeout(() => {
      tooSlow = true;
      child.kill('SIGKILL');
    }, CHILD_DEADLINE_MS);
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk.toString()));
    const lines = createInterface({ input: child.stdout });
    lines.on('line', (line) => {
      if (line !== `acknowledged ${MIN_ACKS_PER_RUN}`) return;
      clearTimeout(deadline);
      setTimeout(() => child.kill('SIGKILL'), killAfterMs);
    });
    child.on('close', (_code, signal) => {
      clearTimeout(deadline);
      const acknowledged = existsSync(ackFile)
        ? readFileSync(ackFile, 'utf8').split('\n').filter((line) => line.startsWith('ack ')).map((line) => line.slice(4))
        : [];
      if (tooSlow) reject(new Error(`${edit.name}: only ${acknowledged.length} edits acknowledged in ${CHILD_DEADLINE_MS} ms`));
      else if (signal === 'SIGKILL') resolve(acknowledged);
      else reject(new Error(`the child ended by itself (${signal ?? 'exit'}): ${stderr.join('')}`));
    });
  });
}

describe('crash durability', () => {
  // Room for every child to reach its own deadline (and the reopen after it): a slow machine fails with the child's message, never a bare timeout.
  const timeout = durableEdits.length * KILLS_PER_EDIT * (CHILD_DEADLINE_MS + 10_000);
  it('keeps every acknowledged edit across SIGKILLs at random moments, each after ≥ 1,000 acknowledged edits', { timeout }, async () => {
    let acknowledgedTotal = 0;
    let lostTotal = 0;
    const perRun: number[] = [];
    for (const edit of durableEdits) {
      const dataDir = tempDir();
      for (let round = 0; round < KILLS_PER_EDIT; round++) {
        const killAfterMs = Math.floor(Math.random() * (edit.killWithinMs ?? 320));
        const acknowledged = await editUntilKilled(dataDir, edit, killAfterMs);
        const what = `${edit.name}, killed ${killAfterMs} ms after its ${MIN_ACKS_PER_RUN}th acknowledged edit (round ${round + 1})`;
        expect(acknowledged.length, what).toBeGreaterThanOrEqual(MIN_ACKS_PER_RUN);
        perRun.push(acknowledged.length);

        const db = new Database(dataPaths(dataDir).databaseFile);
        try {
          expect(db.pragma('integrity_check', { simple: true }), what).toBe('ok');
          const missing = edit.missing(db, acknowledged);
          acknowledgedTotal += acknowledged.length;
          lostTotal += missing.length;
          expect(missing, what).toEqual([]);
          // Control: the check does see an edit that is not there.
          expect(edit.missing(db, [String(1e9)]), `${what}: the check cannot see a loss`).toEqual([String(1e9)]);
        } finally {
          db.close();
        }
        // The app itself opens it again (version check, migrations, WAL).
        await testCore({ dataDir }).close();
      }
    }
    expect(perRun).toHaveLength(durableEdits.length * KILLS_PER_EDIT);
    expect(Math.min(...perRun)).toBeGreaterThanOrEqual(MIN_ACKS_PER_RUN);
    expect(lostTotal).toBe(0);
    reportSummary(
      'durability',
      `edits acknowledged: ${acknowledgedTotal} in ${perRun.length} killed runs (each ≥ ${MIN_ACKS_PER_RUN}), lost: ${lostTotal}`,
    );
  });
});
