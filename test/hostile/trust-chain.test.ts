/**
 * Issue 13, "the jury must only ever see what the team signed": each attack
 * performed as it was found, against the app's import and the CLI. Every
 * refusal is Swedish, names the examiner and both fingerprints, and leaves the
 * database exactly as it was.
 */
import { createPublicKey, type KeyObject } from 'node:crypto';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/program';
import type { Core } from '../../electron/core';
import { currentExaminer } from '../../electron/core/rounds/identity';
import { keyIdOf, publicPemOf } from '../../electron/core/packages/keys';
import { commandLineKey } from '../../electron/core/packages/trust-store';
import { AppError } from '../../shared/errors';
import { fingerprint } from '../../shared/fingerprint';
import { bundleBytes, RESOURCES } from '../helpers/bundles';
import { call, testCore } from '../helpers/core';
import { dbFingerprint } from '../helpers/db-fingerprint';
import { assessmentBytes, exchangeCore, importFiles, newKey, ROUND } from '../helpers/exchange';
import { forgedCopy, registeredRound } from '../helpers/registered-keys';
import { lindgarden } from '../helpers/reports/lindgarden';
import { solrosen } from '../helpers/reports/solrosen';
import { examinerKey, signed, teamFileInput } from '../helpers/reports/source';
import { tempDir } from '../helpers/temp';
import { recordHostile } from './record';

const fp = (key: KeyObject) => fingerprint(keyIdOf(key));
const notRegistered = (attacker: KeyObject) =>
  `Filen från Anna Lind är signerad med nyckeln ${fp(attacker)}, men omgången anger nyckeln ${fp(examinerKey('e-anna'))} för Anna Lind. ` +
  'Filen tas inte emot; den kan vara förfalskad.';

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (t) => void out.push(t), err: (t) => void err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n'), last: err.at(-1)?.trimEnd() ?? '' };
}

const unchanged = (core: Core, before: string) => dbFingerprint(core.context.paths.databaseFile) === before;

/** The round with registered keys, the lead's genuine site-visit file and a forged copy. */
async function forgery() {
  const round = await registeredRound();
  const genuine = signed(teamFileInput(solrosen, { context: round.context, revision: 2 })).bytes;
  const attacker = newKey();
  return { round, genuine, forged: forgedCopy(genuine, attacker), attacker, other: signed(teamFileInput(lindgarden, { context: round.context })).bytes };
}

describe('a forged team file (re-signed copy of the lead’s site-visit file, scores 0, revision 99)', () => {
  it('is refused at the app’s import when the round registers the lead’s key, the genuine file imported', async () => {
    const { round, genuine, forged, attacker } = await forgery();
    const core = testCore();
    await call(core, 'round:import', { fileId: core.context.files.register(round.path).id });
    const first = await importFiles(core, { 'anna-platsbesok-r2.kvbedomning': genuine });
    expect(first.applied[0]!.status).toBe('added');
    expect(first.preview[0]!.message).toContain(`Signerad med nyckeln som omgången anger för Anna Lind (${fp(examinerKey('e-anna'))}).`);
    const before = dbFingerprint(core.context.paths.databaseFile);
    const attack = await importFiles(core, { 'anna-platsbesok-r99.kvbedomning': forged });
    expect(attack.preview[0]).toMatchObject({ status: 'refused', message: notRegistered(attacker) });
    expect(attack.applied[0]).toMatchObject({ status: 'refused', message: notRegistered(attacker) });
    const changedDatabase = !unchanged(core, before);
    expect(changedDatabase).toBe(false);
    recordHostile({ importer: 'trust-chain', input: 'app import: forged lead file, key registered in the round', refused: true, changedDatabase });
  });

  it('is refused by assessment verify --round and by every report command; no PDF is written', async () => {
    const { round, genuine, forged, attacker, other } = await forgery();
    const dir = tempDir();
    const folder = join(dir, 'teamfiler');
    mkdirSync(folder);
    writeFileSync(join(folder, 'solrosen-platsbesok-r2.kvbedomning'), genuine);
    writeFileSync(join(folder, 'lindgarden-konsensus.kvbedomning'), other);
    writeFileSync(join(folder, 'solrosen-platsbesok-r99.kvbedomning'), forged);
    const forgedPath = join(folder, 'solrosen-platsbesok-r99.kvbedomning');
    const expected = `Fel: solrosen-platsbesok-r99.kvbedomning: ${notRegistered(attacker)}`;

    const verify = await cli('assessment', 'verify', '--round', round.path, forgedPath);
    expect([verify.code, verify.last]).toEqual([1, expected]);
    const out = join(dir, 'rapport.pdf');
    const runs = [
      await cli('report', 'sammanstallning', '--round', round.path, '--assessments', folder, '--class', 'forskola', '--out', out),
      await cli('report', 'bedomning', '--round', round.path, '--assessment', forgedPath, '--appendix', '--out', out),
      await cli('report', 'aterforing', '--round', round.path, '--assessment', forgedPath, '--out', out),
    ];
    for (const run of runs) expect([run.code, run.last]).toEqual([1, expected]);
    expect(existsSync(out)).toBe(false);
    recordHostile({ importer: 'trust-chain', input: 'CLI: forged lead file beside the genuine ones, key registered in the round', refused: true, changedDatabase: false });
  });

  it('without registered keys: one author with two keys in one folder is refused, naming both; --examiner-keys pins the key', async () => {
    const { context } = await registeredRound();
    const genuine = teamFileInput(solrosen, { context, revision: 2 });
    const attacker = newKey();
    const folder = tempDir();
    writeFileSync(join(folder, 'a-platsbesok-r2.kvbedomning'), signed(genuine).bytes);
    writeFileSync(join(folder, 'b-platsbesok-r99.kvbedomning'), forgedCopy(signed(genuine).bytes, attacker));
    const sample = join(__dirname, '../fixtures/samples/ovningsomgang-2026.kvomgang');
    const out = join(tempDir(), 'rapport.pdf');
    const run = await cli('report', 'sammanstallning', '--round', sample, '--assessments', folder, '--class', 'forskola', '--out', out);
    expect(run.code).toBe(1);
    expect(run.last).toBe(
      `Fel: Anna Lind (e-anna) förekommer med två olika nycklar: ${fp(examinerKey('e-anna'))} i a-platsbesok-r2.kvbedomning och ${fp(attacker)} i b-platsbesok-r99.kvbedomning. ` +
        'Minst en av filerna är förfalskad; ingen fil från Anna Lind tas emot. Jämför fingeravtrycken med Anna Lind.',
    );
    const keys = tempDir();
    writeFileSync(join(keys, 'e-anna.pem'), publicPemOf(examinerKey('e-anna')));
    const pinned = await cli('report', 'bedomning', '--round', sample, '--assessment', join(folder, 'b-platsbesok-r99.kvbedomning'), '--examiner-keys', keys, '--out', out);
    expect(pinned.code).toBe(1);
    expect(pinned.last).toBe(
      `Fel: b-platsbesok-r99.kvbedomning: Filen från Anna Lind är signerad med nyckeln ${fp(attacker)}, men du angav med --examiner-keys nyckeln ${fp(examinerKey('e-anna'))} för Anna Lind. ` +
        'Filen tas inte emot; den kan vara förfalskad.',
    );
    expect(existsSync(out)).toBe(false);
    recordHostile({ importer: 'trust-chain', input: 'CLI: one author with two keys in one folder, no key registered', refused: true, changedDatabase: false });
  });

  it('without registered keys: one author with two keys in one app import is refused, both files, database unchanged', async () => {
    const { core, facts } = await exchangeCore();
    const [one, two] = [newKey(), newKey()];
    const before = dbFingerprint(core.context.paths.databaseFile);
    const run = await importFiles(core, { 'a.kvbedomning': assessmentBytes(facts, { key: one }), 'b.kvbedomning': assessmentBytes(facts, { key: two, revision: 2 }) });
    const message =
      `Bilal Haddad (e-bilal) förekommer med två olika nycklar: ${fp(one)} i a.kvbedomning och ${fp(two)} i b.kvbedomning. ` +
      'Minst en av filerna är förfalskad; ingen fil från Bilal Haddad tas emot. Jämför fingeravtrycken med Bilal Haddad.';
    expect(run.preview.map((p) => [p.status, p.message])).toEqual([['refused', message], ['refused', message]]);
    expect(run.applied.map((a) => a.status)).toEqual(['refused', 'refused']);
    const changedDatabase = !unchanged(core, before);
    expect(changedDatabase).toBe(false);
    recordHostile({ importer: 'trust-chain', input: 'app import: one author with two keys in one import, no key registered', refused: true, changedDatabase });
  });
});

describe('a file that says it is mine', () => {
  it('as Bilal, a file by "Bilal" signed with another key is refused and not pinned', async () => {
    const { core, facts } = await exchangeCore();
    await call(core, 'round:choose-examiner', { roundId: ROUND, examinerId: 'e-bilal', change: false });
    const own = await call(core, 'identity:get', {});
    const stranger = newKey();
    const before = dbFingerprint(core.context.paths.databaseFile);
    const run = await importFiles(core, { 'bilal.kvbedomning': assessmentBytes(facts, { key: stranger }) });
    const message =
      `Filen anger dig (Bilal Haddad) som författare men är signerad med nyckeln ${fp(stranger)}, inte med din egen nyckel ${fingerprint(own.keyId)}. ` +
      'Filen tas inte emot; den kan vara förfalskad.';
    expect([run.preview[0]!.status, run.preview[0]!.message, run.applied[0]!.status]).toEqual(['refused', message, 'refused']);
    const changedDatabase = !unchanged(core, before);
    expect(changedDatabase).toBe(false);
    expect(core.context.store.db.prepare('SELECT COUNT(*) FROM examiner_keys').pluck().get()).toBe(0);
    recordHostile({ importer: 'trust-chain', input: 'a file whose author is me, signed with another key', refused: true, changedDatabase });
  });
});

describe('replacing a round', () => {
  /** A core that trusts `office` and holds the round signed with it, the user being Bilal. */
  async function officeRound(office: KeyObject) {
    const core = testCore();
    const pem = join(tempDir(), 'kontoret.pem');
    writeFileSync(pem, publicPemOf(office));
    await call(core, 'trust:add-key', { fileId: core.context.files.register(pem).id, keyId: keyIdOf(office), label: 'Stadsledningskontoret' });
    const trust = [commandLineKey(createPublicKey(office), 'kontoret.pem', RESOURCES)];
    const path = join(tempDir(), 'omgang.kvomgang');
    writeFileSync(path, await bundleBytes({ key: office, trust }));
    await call(core, 'round:import', { fileId: core.context.files.register(path).id });
    await call(core, 'round:choose-examiner', { roundId: ROUND, examinerId: 'e-bilal', change: false });
    return core;
  }
  /** A new version of the round; with another key, its package is a new revision too (a package never changes under one). */
  const changedBundle = async (options: Parameters<typeof bundleBytes>[0] = {}) => {
    const path = join(tempDir(), 'ny-omgang.kvomgang');
    const revision = options.key ? 2 : 1;
    const editRound: NonNullable<typeof options.editRound> = (r) => {
      r.round.title = `${r.round.title} (ny version)`;
      r.criteriaPackage.revision = revision;
    };
    writeFileSync(path, await bundleBytes({ ...options, editRound, editPackage: (p) => void (p.package.revision = revision) }));
    return path;
  };

  it('a bundle signed with the example key never replaces a round signed with a real key, and who I am stays', async () => {
    const office = newKey();
    const core = await officeRound(office);
    const before = dbFingerprint(core.context.paths.databaseFile);
    const path = await changedBundle();
    const refusal = await call(core, 'round:import', { fileId: core.context.files.register(path).id }).catch((error: AppError) => error);
    expect(refusal).toBeInstanceOf(AppError);
    expect((refusal as AppError).message).toBe(
      `Omgången "Kvalitetsutmärkelsen 2026 – övningsomgång (ny version)" finns redan, signerad med nyckeln ${fp(office)}. ` +
        'Den nya filen är signerad med exempelnyckeln (d03a d662 2c34 aeb4) och kan aldrig ersätta en omgång som är signerad med en annan nyckel. Ingenting ändrades.',
    );
    const changedDatabase = !unchanged(core, before);
    expect(changedDatabase).toBe(false);
    expect(currentExaminer(core.context.store.db, ROUND)?.id).toBe('e-bilal');
    recordHostile({ importer: 'trust-chain', input: 'round bundle signed with the example key over a round signed with a real key', refused: true, changedDatabase });
  });

  it('another trusted key replaces it only after the user confirmed that key; who I am is kept', async () => {
    const office = newKey();
    const core = await officeRound(office);
    const successor = newKey();
    const pem = join(tempDir(), 'nya-kontoret.pem');
    writeFileSync(pem, publicPemOf(successor));
    await call(core, 'trust:add-key', { fileId: core.context.files.register(pem).id, keyId: keyIdOf(successor), label: 'Nya nyckeln' });
    const path = await changedBundle({ key: successor, trust: [commandLineKey(createPublicKey(successor), 'nya-kontoret.pem', RESOURCES)] });
    const fileId = core.context.files.register(path).id;
    const before = dbFingerprint(core.context.paths.databaseFile);
    const asked = await call(core, 'round:import', { fileId });
    expect(asked).toEqual({ status: 'confirm-replace', title: 'Kvalitetsutmärkelsen 2026 – övningsomgång (ny version)', currentKeyId: keyIdOf(office), newKeyId: keyIdOf(successor) });
    const wrongKey = await call(core, 'round:import', { fileId, confirmSignerKeyId: keyIdOf(newKey()) });
    expect(wrongKey.status).toBe('confirm-replace');
    const changedDatabase = !unchanged(core, before);
    expect(changedDatabase).toBe(false);
    recordHostile({ importer: 'trust-chain', input: 'round bundle signed with another trusted key, not confirmed', refused: true, changedDatabase });

    const confirmed = await call(core, 'round:import', { fileId, confirmSignerKeyId: keyIdOf(successor) });
    expect(confirmed).toMatchObject({ status: 'replaced', item: { title: 'Kvalitetsutmärkelsen 2026 – övningsomgång (ny version)' } });
    expect(confirmed).not.toHaveProperty('identityNote');
    expect(currentExaminer(core.context.store.db, ROUND)?.id).toBe('e-bilal');
  });
});
