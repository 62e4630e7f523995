/**
 * Scale (issues 15 and 17): the synthetic round ten times a real one — 1,000
 * contestants in 10 classes, 300 examiners in 60 teams (test/helpers/synthetic-round.ts).
 *   - Reading and verifying all 2,000 team files (consensus + site-visit) into
 *     a data folder through the real import (preview, then apply, via dispatch,
 *     in batches of the contract's 200 files): ≤ 5 s.
 *   - The sammanställning PDF for all 10 classes, as `examinator report
 *     sammanstallning` makes it (round and files verified, newest team file
 *     per contestant, model, PDF): ≤ 10 s.
 *   - The beslutsprotokoll of the final meeting for all 1,000 contestants
 *     (the signed decision verified, the model, the PDF): ≤ 5 s.
 *   - The evaluation of the whole round (issue 17) from its 7,000 verified
 *     files (individual, consensus, site-visit): statistics ≤ 2 s, PDF ≤ 5 s.
 * Run alone: node scripts/bench.mjs scale
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { Core } from '../../electron/core';
import { evaluateRound, findFontsDir, loadReportFonts, renderEvaluation, renderReport, sammanstallningJob, type Candidate } from '../../electron/core';
import { dataPaths } from '../../electron/core/paths';
import { buildDecisionFile, verifyDecisionBytes } from '../../electron/core/jury/decision-file';
import { beslutsprotokollModel } from '../../electron/core/reports/build/beslutsprotokoll';
import { trustSet } from '../../electron/core/packages/trust-store';
import { generateKeyPairSync, createPublicKey } from 'node:crypto';
import { keyIdOf, publicPemOf } from '../../electron/core/packages/keys';
import { addUserKey } from '../../electron/core/packages/trust-store';
import { loadAssessment, loadRound, type LoadedRound } from '../../electron/cli/report-inputs';
import type { AssessmentApplyItem, AssessmentPreviewItem } from '../../shared/contract/exchange';
import type { ImportOutcome } from '../../shared/contract/packages';
import { standaloneCore } from '../helpers/standalone-core';
import { syntheticRound, type SyntheticRound } from '../helpers/synthetic-round';
import { median } from './measure';
import type { BenchResult } from './types';

const IMPORT_RUNS = 3;
const REPORT_RUNS = 3;
const EVALUATION_RUNS = 3;
const PROTOKOLL_RUNS = 3;
const IMPORT_TARGET_MS = 5000;
const REPORT_TARGET_MS = 10_000;
/** What the contract lets one preview or apply carry. */
const BATCH = 200;

async function must<T = unknown>(promise: Promise<{ ok: true; value: unknown } | { ok: false; error: { message: string } }>): Promise<T> {
  const envelope = await promise;
  if (!envelope.ok) throw new Error(envelope.error.message);
  return envelope.value as T;
}

/** A data folder holding the round (its office key trusted, as the user adds it), no assessment yet. */
export async function templateDatabase(round: SyntheticRound, dir: string): Promise<string> {
  const core = standaloneCore(join(dir, 'template'));
  addUserKey(core.context.store.db, round.officeKey.publicKey, round.officeKey.label, '2026-09-01T08:00:00.000Z');
  const outcome = await must<ImportOutcome>(core.dispatch('round:import', { fileId: core.context.files.register(round.bundlePath).id }));
  if (outcome.status !== 'imported') throw new Error(`the synthetic round was not imported: ${JSON.stringify(outcome)}`);
  await core.close();
  return dataPaths(join(dir, 'template')).databaseFile;
}

/** Preview then apply, batch by batch, as the import dialog does; every file must be added. */
export async function importAll(core: Core, paths: readonly string[]): Promise<void> {
  for (let at = 0; at < paths.length; at += BATCH) {
    const fileIds = paths.slice(at, at + BATCH).map((path) => core.context.files.register(path).id);
    const preview = await must<AssessmentPreviewItem[]>(core.dispatch('assessment:preview-import', { fileIds, acceptedKeys: [] }));
    const items = preview.map((p) => ({ fileId: p.fileId, sha256: p.sha256! }));
    const applied = await must<AssessmentApplyItem[]>(core.dispatch('assessment:apply-import', { items, acceptedKeys: [] }));
    const refused = applied.find((a) => a.status !== 'added');
    if (refused) throw new Error(`not imported: ${JSON.stringify(refused)}`);
  }
}

async function importBench(round: SyntheticRound, dir: string): Promise<number[]> {
  const template = await templateDatabase(round, dir);
  const samples: number[] = [];
  for (let i = 0; i <= IMPORT_RUNS; i++) {
    const dataDir = join(dir, `run-${i}`);
    mkdirSync(dataDir);
    copyFileSync(template, dataPaths(dataDir).databaseFile);
    const core = standaloneCore(dataDir);
    const start = performance.now();
    await importAll(core, round.teamFiles);
    const elapsed = performance.now() - start;
    if (i > 0) samples.push(elapsed); // the first run warms up
    await core.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
  return samples;
}

const quietIo = { out: () => undefined, err: () => undefined };

/** Each file verified as the CLI does it (signature, schema, round, registered key). */
function candidatesOf(paths: readonly string[], loaded: LoadedRound): Candidate[] {
  return paths.map((path) => {
    const read = loadAssessment(path, loaded);
    return { name: basename(path), file: read.file, contentSha256: read.contentSha256, keyId: read.keyId, signed: { sha256: read.sha256, keyId: read.keyId } };
  });
}

/** What `report sammanstallning` does, for each of the 10 classes; the files are read and verified once. */
async function sammanstallningar(round: SyntheticRound, trustFile: string): Promise<number> {
  const loaded = await loadRound(round.bundlePath, [trustFile], quietIo);
  const candidates = candidatesOf(round.teamFiles, loaded);
  const fonts = loadReportFonts(findFontsDir());
  let pages = 0;
  for (const classId of round.classes) {
    const made = sammanstallningJob(loaded.source, { classId, candidates, anonymous: false, reportDate: '2026-11-06' });
    if (made.missing.length > 0) throw new Error(`${classId}: ${made.missing.length} contestants without a team file`);
    pages += (await renderReport(made.job, { fonts, deterministic: true })).pages;
  }
  return pages;
}

/** The evaluation's statistics and its PDF, from every verified file of the round (read once, outside the timing). */
async function evaluation(round: SyntheticRound, trustFile: string): Promise<{ statistics: number[]; pdf: number[] }> {
  const loaded = await loadRound(round.bundlePath, [trustFile], quietIo);
  const candidates = candidatesOf([...round.individualFiles(), ...round.teamFiles], loaded);
  const input = { round: loaded.verified.manifest, pkg: loaded.source.pkg, exampleMaterial: false, candidates, namesShown: false, reportDate: '2026-11-10' };
  const fonts = loadReportFonts(findFontsDir());
  const statistics: number[] = [];
  const pdf: number[] = [];
  for (let i = 0; i <= EVALUATION_RUNS; i++) {
    let start = performance.now();
    const model = evaluateRound(input);
    const statisticsMs = performance.now() - start;
    start = performance.now();
    await renderEvaluation(model, { fonts, deterministic: true });
    if (i === 0) continue; // the first run warms up
    statistics.push(statisticsMs);
    pdf.push(performance.now() - start);
  }
  return { statistics, pdf };
}

/** The final meeting's decision for every contestant (a winner with a citation per class), signed; basis: the site-visit files. */
function finalDecision(round: SyntheticRound, candidates: readonly Candidate[], loaded: LoadedRound) {
  const office = generateKeyPairSync('ed25519').privateKey;
  const classes = round.classes.map((id) => ({
    id,
    contestants: round.source.contestants
      .filter((c) => c.class === id)
      .map((c, i) => (i === 0 ? { contestant: c.id, decision: 'winner' as const, citation: `${c.name} visar ett systematiskt förbättringsarbete.` } : { contestant: c.id, decision: 'none' as const })),
  }));
  const basis = candidates
    .filter((c) => c.file.stage === 'site-visit')
    .map((c) => ({ sha256: c.signed!.sha256!, contestant: c.file.contestant.id, stage: 'site-visit' as const, revision: c.file.revision, author: { examinerId: c.file.author.examinerId, name: c.file.author.name }, keyId: c.signed!.keyId }));
  const { bytes } = buildDecisionFile(
    {
      format: 'examinator.jury-decision',
      formatVersion: 1,
      round: { id: loaded.facts.id },
      criteriaPackage: loaded.verified.manifest.criteriaPackage,
      meeting: 'final',
      meetingDate: '2026-11-06',
      jury: [{ name: 'Ordförande' }, { name: 'Ledamot 1' }, { name: 'Ledamot 2' }],
      revision: 1,
      exportedAt: '2026-11-06T16:00:00Z',
      basis,
      classes,
      prizes: [],
    },
    office,
  );
  const trust = trustSet([{ ...round.officeKey, keyId: keyIdOf(office), publicKey: createPublicKey(office) }]);
  return { bytes, trust };
}

/** The beslutsprotokoll as the app makes it from a received decision: verified, modelled, rendered. */
async function protokoll(round: SyntheticRound, trustFile: string): Promise<{ samples: number[]; pages: number }> {
  const loaded = await loadRound(round.bundlePath, [trustFile], quietIo);
  const { bytes, trust } = finalDecision(round, candidatesOf(round.teamFiles, loaded), loaded);
  const fonts = loadReportFonts(findFontsDir());
  const samples: number[] = [];
  let pages = 0;
  for (let i = 0; i <= PROTOKOLL_RUNS; i++) {
    const start = performance.now();
    const model = beslutsprotokollModel(verifyDecisionBytes(bytes, trust), loaded.facts, '2026-11-06');
    pages = (await renderReport({ kind: 'beslutsprotokoll', name: 'Beslutsprotokoll', model }, { fonts, deterministic: true })).pages;
    if (i > 0) samples.push(performance.now() - start);
  }
  return { samples, pages };
}

export async function run(): Promise<BenchResult[]> {
  const round = await syntheticRound();
  const dir = mkdtempSync(join(tmpdir(), 'examinator-bench-scale-'));
  try {
    const importMs = await importBench(round, dir);
    const trustFile = join(dir, 'office.pem');
    writeFileSync(trustFile, publicPemOf(round.officeKey.publicKey));
    let pages = 0;
    const reportMs: number[] = [];
    for (let i = 0; i <= REPORT_RUNS; i++) {
      const start = performance.now();
      pages = await sammanstallningar(round, trustFile);
      if (i > 0) reportMs.push(performance.now() - start); // the first run warms up (fonts, layout code)
    }
    const evaluated = await evaluation(round, trustFile);
    const decided = await protokoll(round, trustFile);
    return [
      {
        what: '1 000 tävlande: importera och verifiera 2 000 teamfiler (konsensus + platsbesök; förhandsgranska, importera)',
        samplesMs: importMs,
        target: `median ≤ ${IMPORT_TARGET_MS} ms`,
        pass: median(importMs) <= IMPORT_TARGET_MS,
      },
      {
        what: `1 000 tävlande: sammanställning för alla 10 klasser (omgång + 2 000 filer verifierade, ${pages} sidor PDF)`,
        samplesMs: reportMs,
        target: `median ≤ ${REPORT_TARGET_MS} ms`,
        pass: median(reportMs) <= REPORT_TARGET_MS,
      },
      {
        what: `1 000 tävlande: beslutsprotokoll, slutligt möte, 10 klasser (beslutet verifierat, ${decided.pages} sidor PDF)`,
        samplesMs: decided.samples,
        target: 'median ≤ 5000 ms',
        pass: median(decided.samples) <= 5000,
      },
      {
        what: '1 000 tävlande: utvärdering av omgången från 7 000 verifierade filer, statistiken',
        samplesMs: evaluated.statistics,
        target: 'median ≤ 2000 ms',
        pass: median(evaluated.statistics) <= 2000,
      },
      { what: '1 000 tävlande: utvärdering av omgången, PDF', samplesMs: evaluated.pdf, target: 'median ≤ 5000 ms', pass: median(evaluated.pdf) <= 5000 },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  void run().then((results) => console.log(results.map((r) => `${r.what}: median ${median(r.samplesMs).toFixed(0)} ms (${r.target}) ${r.pass ? 'pass' : 'FAIL'}`).join('\n')));
}
