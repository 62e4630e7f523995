import Database from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readAssessmentFile } from '../../../../../electron/core/exchange/assessment-file';
import { assessmentFileName, exportAssessment, nameSlug } from '../../../../../electron/core/exchange/export';
import { installationIdentity, SIGNING_KEY_SECRET } from '../../../../../electron/core/exchange/identity';
import type { SecretStore } from '../../../../../electron/core/effects';
import { call, memorySecrets } from '../../../../helpers/core';
import { exchangeCore, importFiles, individualCriteria, ROUND, SOLROSEN } from '../../../../helpers/exchange';

describe('the installation key', () => {
  it('is made on first need, kept in the secret store (never in the database) and the same ever after', async () => {
    const secrets = memorySecrets();
    const { core } = await exchangeCore({ secrets });
    expect(await secrets.read(SIGNING_KEY_SECRET)).toBeNull();
    const [first, second] = await Promise.all([call(core, 'identity:get', {}), call(core, 'identity:get', {})]);
    expect(first.keyId).toMatch(/^[0-9a-f]{64}$/);
    expect(second).toEqual(first);
    expect(first.publicKeyPem).toContain('-----BEGIN PUBLIC KEY-----');
    const secret = (await secrets.read(SIGNING_KEY_SECRET))!.toString('utf8');
    expect(secret).toContain('-----BEGIN PRIVATE KEY-----');

    const db = new Database(core.context.paths.databaseFile, { readonly: true });
    const body = secret.split('\n')[1]!;
    const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").pluck().all() as string[];
    for (const table of tables) {
      const dump = JSON.stringify(db.prepare(`SELECT * FROM "${table}"`).raw().all(), (_k, v: unknown) => (Buffer.isBuffer(v) ? v.toString('latin1') : v));
      expect(dump).not.toContain(body);
    }
    db.close();
    // Another core on the same secret store (the next start) has the same key.
    const { core: later } = await exchangeCore({ secrets });
    expect((await call(later, 'identity:get', {})).keyId).toBe(first.keyId);
  });

  it('is never replaced silently when the stored key cannot be read', async () => {
    const secrets: SecretStore = { read: async () => Buffer.from('inte en nyckel'), write: async () => expect.fail('must not write a new key') };
    await expect(installationIdentity(secrets)).rejects.toThrow(/Din signeringsnyckel finns men kan inte läsas\. Examinator skapar ingen ny nyckel av sig själv/);
  });
});

describe('exporting my assessment', () => {
  const request = (facts: Parameters<typeof individualCriteria>[0], includePrivateNotes = false) => {
    const criteria = individualCriteria(facts, SOLROSEN).map((c, i) => (i === 0 ? { ...c, privateNote: 'Bara för mig' } : c));
    return { roundId: ROUND, contestantId: SOLROSEN, stage: 'individual' as const, examinerId: 'e-bilal', criteria, includePrivateNotes, changeLog: { entries: 7, finalHash: 'a'.repeat(64) } };
  };

  it('saves a signed file with a meaningful name; each export gets the next revision; notes only by choice', async () => {
    const { core, facts } = await exchangeCore();
    const first = await exportAssessment(core.context, request(facts));
    expect(first).toMatchObject({ fileName: '2026-forskolan-solrosen-individuell-bilal-haddad-r1.kvbedomning', revision: 1 });
    const read = readAssessmentFile(readFileSync(first!.path));
    expect(read.keyId).toBe((await call(core, 'identity:get', {})).keyId);
    expect(read.file).toMatchObject({ revision: 1, includesPrivateNotes: false, author: { examinerId: 'e-bilal', name: 'Bilal Haddad' }, changeLog: { entries: 7 } });
    expect(read.file.criteria.some((c) => 'privateNote' in c)).toBe(false);
    // Solrosen enters no prize in this round: the file has no prizes at all.
    expect(read.file).not.toHaveProperty('prizes');

    const second = await exportAssessment(core.context, request(facts, true));
    expect(second).toMatchObject({ fileName: '2026-forskolan-solrosen-individuell-bilal-haddad-r2.kvbedomning', revision: 2 });
    expect(readAssessmentFile(readFileSync(second!.path)).file.criteria[0]!.privateNote).toBe('Bara för mig');
    expect(core.context.store.db.prepare('SELECT revision FROM assessment_exports ORDER BY revision').pluck().all()).toEqual([1, 2]);
  });

  it('uses no revision when the user cancels the save dialog', async () => {
    const { core, facts } = await exchangeCore({ saveFile: async () => null });
    expect(await exportAssessment(core.context, request(facts))).toBeNull();
    expect(core.context.store.db.prepare('SELECT COUNT(*) FROM assessment_exports').pluck().get()).toBe(0);
  });

  it('refuses content the receivers would refuse, before saving anything', async () => {
    const { core, facts } = await exchangeCore();
    const bad = request(facts);
    bad.criteria[0] = { ...bad.criteria[0]!, score: 55 };
    await expect(exportAssessment(core.context, bad)).rejects.toThrow('Bedömningsfilen stämmer inte med omgången: kriteriet 1.1: poängen 55 är inte giltig på skalan 0–100 med steg 10.');
    expect(core.context.store.db.prepare('SELECT COUNT(*) FROM assessment_exports').pluck().get()).toBe(0);
  });

  it('an exported file imports on a co-examiner’s computer', async () => {
    const { core, facts } = await exchangeCore();
    const exported = await exportAssessment(core.context, request(facts));
    const { core: lead } = await exchangeCore();
    const result = await importFiles(lead, { [exported!.fileName]: readFileSync(exported!.path) });
    expect(result.applied[0]).toMatchObject({ status: 'added' });
    expect(result.preview[0]!.key!.keyId).toBe((await call(core, 'identity:get', {})).keyId);
  });

  it('file names keep to safe characters', () => {
    expect(nameSlug('Lindgårdens vård- och omsorgsboende')).toBe('lindgardens-vard-och-omsorgsboende');
    expect(nameSlug('../../etc/passwd')).toBe('etc-passwd');
    expect(nameSlug('ÆØ')).toBe('x');
    expect(assessmentFileName(2026, 'Förskolan Solrosen', 'site-visit', 'Anna Lind', 4)).toBe('2026-forskolan-solrosen-platsbesok-anna-lind-r4.kvbedomning');
  });
});
