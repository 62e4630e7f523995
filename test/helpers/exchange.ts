/** Cores holding a round, and assessment files handed to them as a dialog would (content: assessment-content.ts). */
export * from './assessment-content';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Core, CoreOptions } from '../../electron/core';
import { dataPaths } from '../../electron/core/paths';
import { getRound, type RoundFacts } from '../../electron/core/rounds/model';
import type { AcceptedKey } from '../../shared/contract/exchange';
import type { Prize } from '../../shared/formats/prizes';
import type { RoundSource } from '../../shared/formats/round';
import { LINDGARDEN, ROUND, SOLROSEN } from './assessment-content';
import { bundleBytes } from './bundles';
import { call, testCore } from './core';
import { withFramsteget } from './prize-round';
import { samplePath } from './samples';
import { standaloneCore } from './standalone-core';
import { tempDir } from './temp';

/**
 * The övningsomgång as shipped (one team); or with a second team (David, Erik)
 * assessing Lindgården, in the same class as Solrosen; or `jury`: a third
 * contestant, Ekbacken, in Solrosen's class (Anna's team), Lindgården with
 * David's team in its own class — a real choice for the jury; or `prizes`:
 * Framsteget (Solrosen in the scored award and the prize, Lindgården only in
 * prizes) and a second prize, Miljöpriset, that only Lindgården enters.
 */
export type RoundVariant = 'sample' | 'two-teams' | 'jury' | 'prizes';

export const EKBACKEN = 'c-ekbacken';

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

function juryRound(round: RoundSource): void {
  twoTeams(round);
  round.contestants[1]!.class = 'aldreomsorg';
  round.contestants.push({
    id: EKBACKEN,
    name: 'Förskolan Ekbacken',
    organisation: 'Österby stadsdelsförvaltning',
    class: 'forskola',
    documents: [{ path: 'documents/forskolan-solrosen.docx', title: 'Verksamhetsbeskrivning', mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' }],
  });
  round.teams[0]!.contestants.push(EKBACKEN);
}

export const MILJOPRISET: Prize = {
  id: 'miljopriset',
  title: 'Miljöpriset',
  description: 'Priset går till en verksamhet som har minskat sin miljöpåverkan.',
  aspects: [{ id: 'effekt', title: 'Effekt', description: 'Minskningen syns i mätbara resultat.' }],
};

function prizesRound(round: RoundSource): void {
  withFramsteget(round);
  round.round.prizes!.push(structuredClone(MILJOPRISET));
  round.contestants[1]!.prizes!.push(MILJOPRISET.id);
}

const EDIT_ROUND: Record<Exclude<RoundVariant, 'sample'>, (round: RoundSource) => void> = { 'two-teams': twoTeams, jury: juryRound, prizes: prizesRound };

/** The variant's round bundle, written into `dir`. */
export async function roundVariantFile(variant: RoundVariant, dir: string): Promise<string> {
  if (variant === 'sample') return samplePath.round;
  const bundle = join(dir, `omgang-${variant}.kvomgang`);
  writeFileSync(bundle, await bundleBytes({ editRound: EDIT_ROUND[variant] }));
  return bundle;
}

/** A database with the round imported, made once per test file (importing reads the PDFs). */
function templateDatabase(variant: RoundVariant): Promise<string> {
  let made = templates.get(variant);
  if (!made) {
    made = (async () => {
      const dir = mkdtempSync(join(tmpdir(), 'examinator-exchange-template-'));
      process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
      const bundle = await roundVariantFile(variant, dir);
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
  return { core, facts: getRound(core.context.store.db, ROUND) };
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
