/**
 * Hostile and wrong jury decisions (.kvbeslut), each made by hand: every one is
 * refused by a team lead's import (`decision:import` through the real
 * dispatch, the database unchanged) and by `examinator decision verify
 * --round` (exit 1, one Swedish line naming what is wrong, no file changed). A real round is
 * signed by stadsledningskontoret's own key; the övningsomgång by the example key.
 */
import type { KeyObject } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createPublicKey } from 'node:crypto';
import { runCli } from '../../electron/cli/program';
import type { Core } from '../../electron/core';
import { dataPaths } from '../../electron/core/paths';
import { readRoundBundle } from '../../electron/core/rounds/round-bundle-read';
import { addUserKey, builtInKeys, commandLineKey, trustSet } from '../../electron/core/packages/trust-store';
import type { UnsignedDecisionFile } from '../../shared/formats/jury-decision';
import { bundleBytes, examplePrivateKey, RESOURCES } from '../helpers/bundles';
import { decisionBytes, finalMeetingContent, firstMeetingContent, publicKeyFile, type DecisionRoundIds } from '../helpers/decisions';
import { call } from '../helpers/core';
import { dbFingerprint } from '../helpers/db-fingerprint';
import { newKey } from '../helpers/exchange';
import { folderHashes } from '../helpers/folder-hashes';
import { samplePath } from '../helpers/samples';
import { standaloneCore } from '../helpers/standalone-core';
import { tempDir } from '../helpers/temp';
import { sparse, writeHostile, type SparseFile } from './harness';
import { recordHostile } from './record';

type Json = { [key: string]: any }; // eslint-disable-line @typescript-eslint/no-explicit-any -- hostile edits reach anywhere

const office = newKey();
let folder = '';
let realRound = '';
let officePem = '';
let ids: DecisionRoundIds;
let lead: Core;

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'examinator-kvbeslut-'));
  realRound = join(folder, 'ku-2027.kvomgang');
  officePem = publicKeyFile(office, folder);
  const own = commandLineKey(office, 'kontoret.pem', RESOURCES);
  writeFileSync(realRound, await bundleBytes({ key: office, trust: [own] }));
  const verified = await readRoundBundle(realRound, trustSet(builtInKeys(RESOURCES), [own]));
  ids = { roundId: verified.manifest.round.id, packageId: verified.criteria.package.id, packageRevision: verified.criteria.package.revision, packageSha256: verified.criteria.sha256 };
  // A team lead's computer holding the real round, the office key trusted there.
  lead = standaloneCore(join(folder, 'lead'));
  addUserKey(lead.context.store.db, createPublicKey(office), 'Stadsledningskontoret', '2027-01-01T00:00:00Z');
  await call(lead, 'round:import', { fileId: lead.context.files.register(realRound).id });
  return async () => {
    await lead.close();
    rmSync(folder, { recursive: true, force: true });
  };
});

interface Case {
  readonly input: string;
  readonly make: () => Buffer | SparseFile;
  readonly expected: RegExp;
  /** The app's words where they differ from the CLI's (it cannot say --trust). */
  readonly inApp?: RegExp;
}

const FP = '[0-9a-f]{4} [0-9a-f]{4} [0-9a-f]{4} [0-9a-f]{4}';
const first = () => firstMeetingContent(ids);
const final = () => finalMeetingContent(ids);
const signed = (content: () => UnsignedDecisionFile, edit: (file: Json) => void, key: KeyObject = office) => () => decisionBytes(content(), key, edit);
const unsigned = (content: () => UnsignedDecisionFile, edit: (file: Json) => void) => () => {
  const file = JSON.parse(decisionBytes(content(), office).toString('utf8')) as Json;
  edit(file);
  return Buffer.from(JSON.stringify(file, null, 2));
};

const cases: Case[] = [
  { input: 'unsigned (no signature member)', make: unsigned(first, (f) => delete f.signature), expected: /^Beslutsfilen saknar signatur och kan inte tas emot\.$/ },
  {
    input: 'signed with a key nobody trusts (wrong key)',
    make: () => decisionBytes(first(), newKey()),
    expected: new RegExp(`^Filen är signerad med en nyckel som inte är betrodd \\(fingeravtryck ${FP}\\)\\. Kontrollera nyckeln med stadsledningskontoret och ange den publika nyckeln med --trust\\.$`),
    inApp: new RegExp(`^Filen är signerad med en nyckel som inte är betrodd \\(fingeravtryck ${FP}\\)\\. Kontrollera med stadsledningskontoret innan du litar på den\\.$`),
  },
  { input: 'content changed after signing', make: unsigned(first, (f) => (f.classes[1].contestants[0].siteVisit = true)), expected: new RegExp(`^Signaturen i beslutsfilen stämmer inte \\(nyckel ${FP}\\): innehållet har ändrats`) },
  { input: 'signature with another algorithm', make: unsigned(first, (f) => (f.signature.alg = 'RS256')), expected: /^Beslutsfilen har en signatur med algoritmen "RS256"; Examinator godtar bara Ed25519\.$/ },
  {
    input: 'signed with the example key, for a real round',
    make: () => decisionBytes(first(), examplePrivateKey()),
    expected: new RegExp(`^Beslutsfilen är signerad med exempelnyckeln \\(${FP}\\), men omgången ku-2026-ovning är ingen övningsomgång\\. Beslutet togs inte emot\\.$`),
  },
  { input: 'another round', make: signed(first, (f) => (f.round.id = 'ku-2025')), expected: /^Beslutsfilen gäller omgången ku-2025, inte ku-2026-ovning\. Beslutet togs inte emot\.$/, inApp: /^Beslutet gäller omgången ku-2025, som inte finns på den här datorn\. Importera omgångsfilen först\.$/ },
  {
    input: 'the same package id and revision with other content',
    make: signed(first, (f) => (f.criteriaPackage.sha256 = 'e'.repeat(64))),
    expected: /^Beslutsfilen bygger på kriteriepaketet ku-2026-exempel revision 1, men omgången använder ku-2026-exempel revision 1 med ett annat innehåll \(kontrollsumman skiljer sig\)\./,
  },
  { input: 'a jury member twice', make: signed(first, (f) => f.jury.push({ name: 'karin ek' })), expected: /^Beslutsfilen är ogiltig: ledamot 3, fältet "name": ledamoten karin ek står två gånger\.$/ },
  {
    input: 'a member name twice in one JSON object (duplicate members)',
    make: () => Buffer.from(decisionBytes(first(), office).toString('utf8').replace('"meeting": "first",', '"meeting": "final", "meeting": "first",')),
    expected: /^Beslutsfilen har fältet "meeting" två gånger .*Examinator godtar inga dubbla fält/,
  },
  {
    input: 'a decision for a contestant not in the class',
    make: signed(final, (f) => f.classes[0].contestants.push({ contestant: 'c-lindgarden', decision: 'honourable-mention', citation: 'För omsorgen.' })),
    expected: /^Beslutsfilen har ett beslut för Lindgårdens vård- och omsorgsboende i klassen forskola, men den tävlande deltar inte där\. Beslutet togs inte emot\.$/,
  },
  { input: 'a contestant of a class without a decision', make: signed(final, (f) => (f.classes[1].contestants = [{ contestant: 'c-solrosen', decision: 'none' }])), expected: /^Beslutsfilen har ett beslut för Förskolan Solrosen i klassen aldreomsorg/ },
  {
    input: 'a whole class left out (its contestants undecided)',
    make: signed(final, (f) => f.classes.splice(1, 1)),
    expected: /^Beslutsfilen saknar klassen aldreomsorg \(Lindgårdens vård- och omsorgsboende\); ett beslut gäller alla klasser och priser i omgången\. Beslutet togs inte emot\.$/,
  },
  { input: 'a class the round does not have', make: signed(final, (f) => (f.classes[1].id = 'skola')), expected: /^Beslutsfilen har beslut för klassen skola, som inte finns i omgången ku-2026-ovning\./ },
  { input: 'a prize the round does not have', make: signed(final, (f) => f.prizes.push({ id: 'framsteget', contestants: [{ contestant: 'c-solrosen', decision: 'none' }] })), expected: /^Beslutsfilen har beslut för priset framsteget, som inte finns i omgången/ },
  {
    input: 'a winner without a citation',
    make: signed(final, (f) => delete f.classes[0].contestants[0].citation),
    expected: /^Beslutsfilen är ogiltig: tävlingsklassen forskola, den tävlande 1, fältet "citation": saknas\.$/,
  },
  { input: 'an honourable mention with an empty citation', make: signed(final, (f) => (f.classes[0].contestants[0] = { contestant: 'c-solrosen', decision: 'honourable-mention', citation: '  ' })), expected: /fältet "citation": får inte vara tom/ },
  { input: 'basis naming a contestant not in the round', make: signed(first, (f) => (f.basis[0].contestant = 'c-okand')), expected: /^Underlaget i beslutsfilen nämner den tävlande c-okand, som inte finns i omgången/ },
  { input: 'newer format version', make: signed(first, (f) => (f.formatVersion = 2)), expected: /formatversion 2, men den här versionen av Examinator läser formatversion 1/ },
  { input: 'an assessment file instead of a decision', make: () => Buffer.from('{"format":"examinator.assessment","formatVersion":1}'), expected: /^Filen är inte ett beslut från domarkommittén \(\.kvbeslut\) utan har formatet "examinator\.assessment"\.$/ },
  { input: 'truncated JSON', make: () => decisionBytes(first(), office).subarray(0, 200), expected: /^Beslutsfilen/ },
  { input: 'a 200 MB file', make: () => sparse(200 * 1024 * 1024), expected: /är 200 MB; högst 16 MB tas emot\.$/, inApp: /^"beslut\.kvbeslut" är 200 MB; högst 16 MB tas emot här\.$/ },
];

async function verify(path: string, round = realRound, trust = [officePem]) {
  const err: string[] = [];
  const out: string[] = [];
  const args = ['decision', 'verify', path, '--round', round, ...trust.flatMap((t) => ['--trust', t])];
  const code = await runCli(args, { out: (t) => void out.push(t), err: (t) => void err.push(t) });
  return { code, err: err.join('\n'), out: out.join('\n') };
}

describe('hostile .kvbeslut files', () => {
  it.each(cases)('$input', async (testCase) => {
    const dir = tempDir();
    const path = writeHostile(join(dir, 'beslut.kvbeslut'), testCase.make());
    const database = dataPaths(join(folder, 'lead')).databaseFile;
    const before = dbFingerprint(database);
    const imported = await lead.dispatch('decision:import', { fileId: lead.context.files.register(path).id });
    const changedDatabase = dbFingerprint(database) !== before;
    const files = folderHashes(folder, (name) => name === 'lead');
    const run = await verify(path);
    const unchanged = JSON.stringify(folderHashes(folder, (name) => name === 'lead')) === JSON.stringify(files);
    recordHostile({ importer: 'kvbeslut', input: testCase.input, refused: !imported.ok && run.code === 1, changedDatabase: changedDatabase || !unchanged });
    expect(imported.ok ? null : imported.error.message).toMatch(testCase.inApp ?? testCase.expected);
    expect(changedDatabase).toBe(false);
    expect(run.code).toBe(1);
    expect(run.err.trimEnd().split('\n')).toHaveLength(1);
    expect(run.err.replace(/^Fel: /, '').trimEnd()).toMatch(testCase.expected);
    expect(unchanged).toBe(true);
  });
});

describe('decision verify accepts what the office signed', () => {
  it('a first and a final meeting for the real round, with the office key trusted', async () => {
    for (const content of [first(), final()]) {
      const path = join(tempDir(), 'beslut.kvbeslut');
      writeFileSync(path, decisionBytes(content, office));
      const run = await verify(path);
      expect(run).toMatchObject({ code: 0, err: '' });
      expect(run.out).toContain('– stämmer med omgångsfilen');
    }
    const path = join(tempDir(), 'slut.kvbeslut');
    writeFileSync(path, decisionBytes(final(), office));
    const out: string[] = [];
    expect(await runCli(['decision', 'verify', path, '--trust', officePem, '--json'], { out: (t) => void out.push(t), err: () => undefined })).toBe(0);
    expect(JSON.parse(out.join(''))).toMatchObject({ valid: true, meeting: 'final', roundChecked: false, counts: { winner: 1, none: 1 }, signer: { example: false, source: 'command-line' } });
  });

  it('the example key for the övningsomgång (example material), said so', async () => {
    const path = join(tempDir(), 'ovning.kvbeslut');
    const sample = await readRoundBundle(samplePath.round, trustSet(builtInKeys(RESOURCES)));
    const exampleIds = { roundId: sample.manifest.round.id, packageId: sample.criteria.package.id, packageRevision: sample.criteria.package.revision, packageSha256: sample.criteria.sha256 };
    writeFileSync(path, decisionBytes(finalMeetingContent(exampleIds), examplePrivateKey()));
    const run = await verify(path, samplePath.round, []);
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/Giltig beslutsfil: domarkommitténs slutmöte \(vinnare\) 2027-03-15, revision 1/);
    expect(run.out).toMatch(/1 vinnare, 0 hedersomnämnanden, 1 utan pris/);
    expect(run.out).toMatch(/Signerad med: exempelnyckeln \([0-9a-f ]{19}\) – övningsmaterial/);
  });
});
