/**
 * One edit on the examiner's desk persisted through the core: dispatch (zod),
 * the package checks, one SQLite transaction with its change-log entry, and
 * the commit's fsync (WAL, synchronous=FULL — never weakened). The reference
 * is the floor this disk sets: a bare one-row transaction with the same
 * durability on the same disk, in the same run.
 */
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Args, Channel } from '../../shared/contract';
import { standaloneCore } from '../helpers/standalone-core';
import { percentile } from './measure';
import type { BenchResult } from './types';

const EDITS = 500;
const TARGET_P95_MS = 2;
const CRITERIA = ['1.1', '1.2', '2.1', '2.2', '2.3', '3.1', '3.2', '4.1', '4.2', '5.1', '5.2', '6.1', '6.2', '6.3'];

function bareCommits(dir: string): number[] {
  const db = new Database(join(dir, 'floor.sqlite'));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT) STRICT');
  const insert = db.prepare('INSERT INTO t (v) VALUES (?)');
  const samples: number[] = [];
  for (let i = 0; i < EDITS; i++) {
    const start = performance.now();
    db.transaction(() => insert.run(`Kommentar ${i}`))();
    samples.push(performance.now() - start);
  }
  db.close();
  return samples;
}

export async function run(): Promise<BenchResult[]> {
  const dataDir = mkdtempSync(join(tmpdir(), 'examinator-bench-scoring-'));
  const core = standaloneCore(dataDir);
  const call = async <C extends Channel>(channel: C, args: Args<C>) => {
    const envelope = await core.dispatch(channel, args);
    if (!envelope.ok) throw new Error(`${channel}: ${envelope.error.message}`);
    return envelope.value as Record<string, unknown>;
  };
  try {
    await call('round:open-exercise', {});
    await call('round:choose-examiner', { roundId: 'ku-2026-ovning', examinerId: 'e-anna', change: false });
    const assessmentId = (await call('assessment:open', { roundId: 'ku-2026-ovning', contestantId: 'c-solrosen' })).id as string;
    const commentId = (await call('assessment:add-comment', { assessmentId, criterionId: '2.3', kind: 'strength', text: 'Början' })).commentId as string;

    let n = 0;
    const score = () => {
      n++;
      return call('assessment:set-score', { assessmentId, criterionId: CRITERIA[n % CRITERIA.length]!, score: ((Math.floor(n / CRITERIA.length) % 10) + 1) * 10 });
    };
    const text = () => call('assessment:edit-comment', { assessmentId, commentId, text: `Verksamheten följer upp sina mål varje månad (${n++}).` });
    // Steady state, as on an examiner's laptop days after the import: the import's write-ahead log checkpointed.
    core.context.store.db.pragma('wal_checkpoint(TRUNCATE)');
    for (let i = 0; i < 50; i++) await Promise.all([score(), text()]);
    // Interleaved, so neither kind gets the quieter moments of the disk.
    const scoreMs: number[] = [];
    const textMs: number[] = [];
    const timed = async (edit: () => Promise<unknown>, into: number[]) => {
      const start = performance.now();
      await edit();
      into.push(performance.now() - start);
    };
    for (let i = 0; i < EDITS; i++) {
      await timed(score, scoreMs);
      await timed(text, textMs);
    }
    const floorMs = bareCommits(dataDir);
    const result = (what: string, samples: number[]): BenchResult => ({
      what,
      samplesMs: samples,
      referenceMs: floorMs,
      reference: 'bare 1-row commit, WAL + synchronous=FULL, same disk',
      target: `p95 ≤ ${TARGET_P95_MS} ms`,
      pass: percentile(samples, 95) <= TARGET_P95_MS,
    });
    return [result('one score edit persisted through the core', scoreMs), result('one comment text edit persisted through the core', textMs)];
  } finally {
    await core.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

// `npx tsx test/bench/scoring.bench.ts` prints the figures on its own.
if (require.main === module) {
  void run().then((results) => {
    for (const r of results) {
      const p = (q: number, s: number[]) => percentile(s, q).toFixed(3);
      console.log(`${r.what}: median ${p(50, r.samplesMs)} ms, p95 ${p(95, r.samplesMs)} ms (floor: median ${p(50, r.referenceMs!)} ms, p95 ${p(95, r.referenceMs!)} ms) — ${r.pass ? 'pass' : 'FAIL'} (${r.target})`);
    }
  });
}
