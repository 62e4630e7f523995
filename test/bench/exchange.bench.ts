/**
 * Exchange benchmark (issue 6): the lead of a team of six, whose own
 * assessment is submitted, imports the five others' individual assessments of
 * one contestant — 14 criteria, 6 comments each (3 styrkor, 3
 * förbättringsområden, every one with evidence) — through the real dispatch
 * (preview, then apply) and merges them: starts the consensus (sources
 * frozen, scores seeded at the rounded mean) and opens the workspace with its
 * matrix and every member's comments. Target: import + merge ≤ 50 ms.
 * Shape: `run(): Promise<BenchResult[]>` for the shared runner; also
 * runnable alone: `npx tsx --conditions=import test/bench/exchange.bench.ts`.
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Core } from '../../electron/core';
import { getRound } from '../../electron/core/rounds/model';
import type { ConsensusView } from '../../shared/contract/consensus';
import type { AssessmentApplyItem, AssessmentPreviewItem } from '../../shared/contract/exchange';
import { dataPaths } from '../../electron/core/paths';
import { assessmentBytes, individualCriteria, ROUND, SOLROSEN } from '../helpers/assessment-content';
import { bundleBytes } from '../helpers/bundle-bytes';
import { completeMyAssessment } from '../helpers/scoring';
import { standaloneCore } from '../helpers/standalone-core';
import { median } from './measure';
import type { BenchResult } from './types';

const RUNS = 15;
const TARGET_MS = 50;
const EXAMINERS = ['e-anna', 'e-bilal', 'e-cecilia', 'e-dora', 'e-emil', 'e-fatima'];

async function must<T = unknown>(promise: Promise<{ ok: true; value: unknown } | { ok: false; error: { message: string } }>): Promise<T> {
  const envelope = await promise;
  if (!envelope.ok) throw new Error(envelope.error.message);
  return envelope.value as T;
}

/** The övningsomgång with three more examiners in its team (six in all), built and signed like the office does. */
async function sixExaminerRound(dir: string): Promise<string> {
  const bytes = await bundleBytes({
    editRound: (round) => {
      for (const id of EXAMINERS.slice(3)) {
        round.examiners.push({ id, name: `Examinator ${id}`, email: `${id}@bank.example.se`, organisation: 'Bänkförvaltningen' });
        round.teams[0]!.members.push(id);
      }
    },
  });
  const path = join(dir, 'sex-examinatorer.kvomgang');
  writeFileSync(path, bytes);
  return path;
}

/** A database holding that round and Anna's own submitted assessment. */
async function templateDatabase(dir: string): Promise<string> {
  const core = standaloneCore(join(dir, 'template'));
  await must(core.dispatch('round:import', { fileId: core.context.files.register(await sixExaminerRound(dir)).id }));
  const db = core.context.store.db;
  await must(core.dispatch('round:choose-examiner', { roundId: ROUND, examinerId: 'e-anna', change: false }));
  await completeMyAssessment(core, ROUND, SOLROSEN, { voice: 'Anna' });
  EXAMINERS.slice(1).forEach((examinerId, i) => {
    const facts = getRound(db, ROUND);
    const path = join(dir, `${examinerId}.kvbedomning`);
    writeFileSync(path, assessmentBytes(facts, { author: { examinerId, name: examinerId }, criteria: individualCriteria(facts, SOLROSEN, i, 3) }));
  });
  await core.close();
  return dataPaths(join(dir, 'template')).databaseFile;
}

/** What the lead does: preview the five files, apply them, start the consensus and open it. */
async function importAndMerge(core: Core, paths: readonly string[]): Promise<void> {
  const fileIds = paths.map((path) => core.context.files.register(path).id);
  const preview = await must<AssessmentPreviewItem[]>(core.dispatch('assessment:preview-import', { fileIds, acceptedKeys: [] }));
  const items = preview.map((p) => ({ fileId: p.fileId, sha256: p.sha256! }));
  const applied = await must<AssessmentApplyItem[]>(core.dispatch('assessment:apply-import', { items, acceptedKeys: [] }));
  if (!applied.every((a) => a.status === 'added')) throw new Error(`not all imported: ${JSON.stringify(applied)}`);
  const view = await must<ConsensusView>(core.dispatch('consensus:start', { roundId: ROUND, contestantId: SOLROSEN }));
  if (view.sources.length !== EXAMINERS.length) throw new Error(`expected ${EXAMINERS.length} sources, got ${view.sources.length}`);
  await must(core.dispatch('consensus:open', { roundId: ROUND, contestantId: SOLROSEN }));
}

export async function run(): Promise<BenchResult[]> {
  const dir = mkdtempSync(join(tmpdir(), 'examinator-bench-exchange-'));
  try {
    const template = await templateDatabase(dir);
    const paths = EXAMINERS.slice(1).map((id) => join(dir, `${id}.kvbedomning`));
    const samplesMs: number[] = [];
    for (let i = 0; i <= RUNS; i++) {
      const dataDir = join(dir, `run-${i}`);
      mkdirSync(dataDir);
      copyFileSync(template, dataPaths(dataDir).databaseFile);
      const core = standaloneCore(dataDir);
      const start = performance.now();
      await importAndMerge(core, paths);
      const elapsed = performance.now() - start;
      if (i > 0) samplesMs.push(elapsed); // the first run warms up
      await core.close();
    }
    return [
      {
        what: 'import + merge: 5 files + own, 6 examiners × 14 criteria × 6 comments (preview, apply, start consensus, open)',
        samplesMs,
        target: `median ≤ ${TARGET_MS} ms`,
        pass: median(samplesMs) <= TARGET_MS,
      },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  void run().then((results) => console.log(results.map((r) => `${r.what}: median ${median(r.samplesMs).toFixed(1)} ms (${r.target}) ${r.pass ? 'pass' : 'FAIL'}`).join('\n')));
}
