/** Assessment files made in tests with the app's own builder, from examiners' keys made here. */
import { generateKeyPairSync, randomUUID, type KeyObject } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Core, CoreOptions } from '../../electron/core';
import { dataPaths } from '../../electron/core/paths';
import { buildAssessmentFile, type AssessmentFileInput } from '../../electron/core/exchange/assessment-file';
import { roundFacts, type RoundFacts } from '../../electron/core/exchange/round-facts';
import type { AcceptedKey } from '../../shared/contract/exchange';
import type { Comment, ConsensusCriterion, CriterionAssessment } from '../../shared/domain/assessment';
import type { RoundSource } from '../../shared/formats/round';
import { applicableCriteria } from '../../shared/scoring/points';
import { bundleBytes } from './bundles';
import { call, testCore } from './core';
import { samplePath } from './samples';
import { standaloneCore } from './standalone-core';
import { tempDir } from './temp';

export const ROUND = 'ku-2026-ovning';
export const SOLROSEN = 'c-solrosen';
export const LINDGARDEN = 'c-lindgarden';
export const EXAMINERS = ['e-anna', 'e-bilal', 'e-cecilia'] as const;
export const LEAD = 'e-anna';
export const NAMES: Record<string, string> = { 'e-anna': 'Anna Lind', 'e-bilal': 'Bilal Haddad', 'e-cecilia': 'Cecilia Ek', 'e-david': 'David Berg', 'e-erik': 'Erik Holm' };

export const newKey = (): KeyObject => generateKeyPairSync('ed25519').privateKey;

/** The övningsomgång as shipped (one team), or with a second team (David, Erik) assessing Lindgården, in the same class as Solrosen. */
export type RoundVariant = 'sample' | 'two-teams';

const templates = new Map<RoundVariant, Promise<string>>();

function twoTeams(round: RoundSource): void {
  round.examiners.push(
    { id: 'e-david', name: 'David Berg', email: 'david.berg@idrott.example.se', organisation: 'Idrottsförvaltningen' },
    { id: 'e-erik', name: 'Erik Holm', email: 'erik.holm@trafik.example.se', organisation: 'Trafikkontoret' },
  );
  round.teams = [
    { id: 'lag-1', lead: 'e-anna', members: ['e-anna', 'e-bilal', 'e-cecilia'], contestants: [SOLROSEN] },
    { id: 'lag-2', lead: 'e-david', members: ['e-david', 'e-erik'], contestants: [LINDGARDEN] },
  ];
  round.contestants[1]!.class = 'forskola';
}

/** A database with the round imported, made once per test file (importing reads the PDFs). */
function templateDatabase(variant: RoundVariant): Promise<string> {
  let made = templates.get(variant);
  if (!made) {
    made = (async () => {
      const dir = mkdtempSync(join(tmpdir(), 'examinator-exchange-template-'));
      process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
      const bundle = variant === 'sample' ? samplePath.round : join(dir, 'omgang.kvomgang');
      if (variant === 'two-teams') writeFileSync(bundle, await bundleBytes({ editRound: twoTeams }));
      const core = standaloneCore(join(dir, 'data'));
      await call(core, 'round:import', { fileId: core.context.files.register(bundle).id });
      await core.close();
      return dataPaths(join(dir, 'data')).databaseFile;
    })();
    templates.set(variant, made);
  }
  return made;
}

/** A fresh test core (own data directory) whose database already holds the round. */
export async function exchangeCore(options: Partial<CoreOptions> & { round?: RoundVariant } = {}): Promise<{ core: Core; facts: RoundFacts }> {
  const { round = 'sample', ...coreOptions } = options;
  const dataDir = coreOptions.dataDir ?? tempDir();
  mkdirSync(dataDir, { recursive: true });
  copyFileSync(await templateDatabase(round), dataPaths(dataDir).databaseFile);
  const core = testCore({ ...coreOptions, dataDir });
  return { core, facts: roundFacts(core.context.store.db, ROUND)! };
}

const comment = (text: string, document: string, page: number): Comment => ({
  id: randomUUID(),
  text,
  evidence: [{ documentSha256: document, page, quote: `Citat ${page}` }],
});

/** Valid content for every criterion of the contestant's class: `seed` varies the scores. */
export function individualCriteria(facts: RoundFacts, contestantId: string, seed = 0, comments = 1): CriterionAssessment[] {
  const contestant = facts.contestants.get(contestantId)!;
  const [document] = [...contestant.documents];
  return applicableCriteria(facts.pkg, contestant.classId).map((criterion, i) => ({
    criterionId: criterion.id,
    score: ((i + seed) % 11) * 10,
    attributes: {},
    strengths: Array.from({ length: comments }, (_, k) => comment(`Styrka ${k + 1} för ${criterion.id}`, document!, k + 1)),
    improvements: Array.from({ length: comments }, (_, k) => comment(`Förbättringsområde ${k + 1} för ${criterion.id}`, document!, k + 2)),
    siteVisitQuestions: [],
  }));
}

/** A team's consensus built from individual criteria (agreed score = the first member's). */
export function consensusCriteria(members: Record<string, CriterionAssessment[]>): ConsensusCriterion[] {
  const [first] = Object.values(members);
  return first!.map((criterion, i) => ({
    ...criterion,
    individualScores: Object.entries(members).map(([examinerId, list]) => ({ examinerId, score: list[i]!.score })),
    rationale: 'Teamet enades efter diskussion.',
    discussed: true,
  }));
}

export type FileOptions = Partial<AssessmentFileInput> & { readonly key?: KeyObject };

export function assessmentInput(facts: RoundFacts, options: FileOptions = {}): AssessmentFileInput {
  const examinerId = options.author?.examinerId ?? 'e-bilal';
  const contestantId = options.contestantId ?? SOLROSEN;
  return {
    roundId: facts.id,
    criteriaPackage: { id: facts.packageId, revision: facts.packageRevision, sha256: facts.packageSha256 },
    contestantId,
    stage: 'individual',
    author: { examinerId, name: NAMES[examinerId] ?? examinerId },
    revision: 1,
    exportedAt: '2026-09-10T12:00:00.000Z',
    includesPrivateNotes: false,
    criteria: individualCriteria(facts, contestantId),
    changeLog: { entries: 12, finalHash: 'c'.repeat(64) },
    ...options,
  };
}

export function assessmentBytes(facts: RoundFacts, options: FileOptions = {}): Buffer {
  return buildAssessmentFile(assessmentInput(facts, options), options.key ?? newKey()).bytes;
}

/** Writes files into a temp folder and hands them to the core, as a dialog would. */
export function handOver(core: Core, files: Record<string, Buffer>): { fileId: string; name: string }[] {
  const dir = tempDir();
  return Object.entries(files).map(([name, bytes]) => {
    const path = join(dir, name);
    writeFileSync(path, bytes);
    return { fileId: core.context.files.register(path).id, name };
  });
}

export async function importFiles(core: Core, files: Record<string, Buffer>, acceptedKeys: AcceptedKey[] = []) {
  const handed = handOver(core, files);
  const preview = await call(core, 'assessment:preview-import', { fileIds: handed.map((f) => f.fileId), acceptedKeys });
  const items = preview.filter((p) => p.sha256 !== null).map((p) => ({ fileId: p.fileId, sha256: p.sha256! }));
  const applied = items.length > 0 ? await call(core, 'assessment:apply-import', { items, acceptedKeys }) : [];
  return { preview, applied };
}
