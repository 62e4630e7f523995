import { generateKeyPairSync } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCriteriaPackageFile, verifyCriteriaPackageBytes } from '../../../../../electron/core/packages/criteria-file';
import { keyIdOf, publicPemOf } from '../../../../../electron/core/packages/keys';
import { OWN_KEY_LABEL } from '../../../../../electron/core/packages/trust-store';
import { readRoundBundle } from '../../../../../electron/core/rounds/round-bundle-read';
import { examplePrivateKey, exampleTrust } from '../../../../helpers/bundles';
import { call, testCore } from '../../../../helpers/core';
import { EXAMPLE_KEY_ID, packageSource, roundSource, samplePath } from '../../../../helpers/samples';
import { tempDir } from '../../../../helpers/temp';

type TestCore = ReturnType<typeof testCore>;
const register = (core: TestCore, path: string) => core.context.files.register(path).id;

function writeTemp(name: string, bytes: Buffer | string): string {
  const path = join(tempDir(), name);
  writeFileSync(path, bytes);
  return path;
}

function foreignPackage() {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const source = packageSource();
  source.package.id = 'ku-2027';
  return {
    keyId: keyIdOf(publicKey),
    packagePath: writeTemp('ku-2027.kvpaket', buildCriteriaPackageFile(source, privateKey).bytes),
    publicPath: writeTemp('public.pem', publicPemOf(publicKey)),
    privatePath: writeTemp('private.pem', privateKey.export({ format: 'pem', type: 'pkcs8' })),
  };
}

describe('criteria packages in the app', () => {
  it('imports the sample once; the same file again changes nothing', async () => {
    const core = testCore();
    const first = await call(core, 'package:import', { fileId: register(core, samplePath.package) });
    expect(first).toMatchObject({ status: 'imported', item: { kind: 'criteria-package', id: 'ku-2026-exempel', exampleMaterial: true } });
    expect((await call(core, 'package:import', { fileId: register(core, samplePath.package) })).status).toBe('unchanged');
    const [listed] = await call(core, 'package:list', {});
    expect(listed).toMatchObject({ id: 'ku-2026-exempel', revision: 1, exampleMaterial: true, roundCount: 0, signerKeyId: EXAMPLE_KEY_ID });
    const view = await call(core, 'package:get', { sha256: listed!.sha256 });
    expect(view.content.areas[1]!.criteria[2]!.title).toBe(packageSource().package.areas[1]!.criteria[2]!.title);
  });

  it('refuses a different package claiming an id and revision already here', async () => {
    const core = testCore();
    await call(core, 'package:import', { fileId: register(core, samplePath.package) });
    const source = packageSource();
    source.package.title = 'Ändrad titel';
    const changed = writeTemp('andrad.kvpaket', buildCriteriaPackageFile(source, examplePrivateKey()).bytes);
    await expect(call(core, 'package:import', { fileId: register(core, changed) })).rejects.toThrow(
      'Ett annat kriteriepaket med id ku-2026-exempel och revision 1 finns redan på datorn. Ett ändrat paket måste ha en högre revision; kontakta stadsledningskontoret.',
    );
  });
});

describe('trusting a key the user has checked', () => {
  it('asks about an unknown key, and imports once the user has added the matching public key', async () => {
    const core = testCore();
    const foreign = foreignPackage();
    const asked = await call(core, 'package:import', { fileId: register(core, foreign.packagePath) });
    expect(asked).toEqual({ status: 'untrusted-key', keyId: foreign.keyId });

    const keyFile = register(core, foreign.publicPath);
    expect(await call(core, 'trust:inspect-key', { fileId: keyFile })).toEqual({
      keyId: foreign.keyId,
      trusted: false,
      example: false,
      publicKeyPem: expect.stringMatching(/^-----BEGIN PUBLIC KEY-----\n[A-Za-z0-9+/=\n]+-----END PUBLIC KEY-----\n$/),
    });
    await expect(call(core, 'trust:add-key', { fileId: keyFile, keyId: EXAMPLE_KEY_ID, label: 'Kontoret' })).rejects.toThrow(
      /Nyckelfilen har fingeravtrycket .* inte det du bekräftade \(d03a d662 2c34 aeb4\). Ingen nyckel lades till./,
    );
    const added = await call(core, 'trust:add-key', { fileId: keyFile, keyId: foreign.keyId, label: 'Stadsledningskontoret' });
    expect(added).toMatchObject({ keyId: foreign.keyId, label: 'Stadsledningskontoret', source: 'user', example: false, addedAt: '2026-09-01T08:00:00.000Z' });

    const imported = await call(core, 'package:import', { fileId: register(core, foreign.packagePath) });
    expect(imported).toMatchObject({ status: 'imported', item: { id: 'ku-2027', exampleMaterial: false } });
    expect((await call(core, 'trust:list', {})).map((k) => [k.source, k.example])).toEqual([
      ['built-in', true],
      ['user', false],
    ]);
  });

  it('never takes a private key as the key to trust, and cannot remove built-in keys', async () => {
    const core = testCore();
    await expect(call(core, 'trust:inspect-key', { fileId: register(core, samplePath.privateKey) })).rejects.toThrow(/är en privat nyckel/);
    expect(await call(core, 'trust:inspect-key', { fileId: register(core, samplePath.publicKey) })).toEqual({
      keyId: EXAMPLE_KEY_ID,
      trusted: true,
      example: true,
      publicKeyPem: readFileSync(samplePath.publicKey, 'utf8'),
    });
    await expect(call(core, 'trust:remove-key', { keyId: EXAMPLE_KEY_ID })).rejects.toThrow(/inbyggda nycklar kan inte tas bort/);
  });

  it('removes a key the user added; its material then needs asking again', async () => {
    const core = testCore();
    const foreign = foreignPackage();
    await call(core, 'trust:add-key', { fileId: register(core, foreign.publicPath), keyId: foreign.keyId, label: 'K' });
    await call(core, 'trust:remove-key', { keyId: foreign.keyId });
    expect((await call(core, 'package:import', { fileId: register(core, foreign.packagePath) })).status).toBe('untrusted-key');
  });
});

describe('signing and saving (stadsledningskontoret)', () => {
  it('signs a package from the editor with the chosen key and saves it where the user says', async () => {
    const core = testCore();
    const saved = await call(core, 'package:sign-and-save', { source: packageSource(), keyFileId: register(core, samplePath.privateKey) });
    expect(saved).toMatchObject({ fileName: 'ku-2026-exempel-r1.kvpaket', keyId: EXAMPLE_KEY_ID, exampleMaterial: true, keyTrusted: true });
    const bytes = readFileSync(saved!.path);
    expect(bytes.equals(readFileSync(samplePath.package))).toBe(true);
    expect(verifyCriteriaPackageBytes(bytes, exampleTrust()).signer.example).toBe(true);
  });

  it('keeps a package signed here at hand for the round set-up, and knows the signing key as its own', async () => {
    const core = testCore();
    const own = foreignPackage();
    const source = packageSource();
    source.package.id = 'ku-2028';
    const saved = await call(core, 'package:sign-and-save', { source, keyFileId: register(core, own.privatePath) });
    expect(saved).toMatchObject({ fileName: 'ku-2028-r1.kvpaket', keyId: own.keyId, exampleMaterial: false, keyTrusted: true });
    const [listed] = await call(core, 'package:list', {});
    expect(listed).toMatchObject({ id: 'ku-2028', revision: 1, signerKeyId: own.keyId, exampleMaterial: false });
    expect(await call(core, 'trust:list', {})).toContainEqual(expect.objectContaining({ keyId: own.keyId, label: OWN_KEY_LABEL, source: 'user' }));

    // The same package signed again changes nothing; changed content under the same revision is refused before saving.
    expect(await call(core, 'package:sign-and-save', { source, keyFileId: register(core, own.privatePath) })).toMatchObject({ keyTrusted: true });
    const changed = packageSource();
    changed.package.id = 'ku-2028';
    changed.package.title = 'Ändrad titel';
    const before = readdirSync(join(core.context.paths.dataDir, 'saved')).length;
    await expect(call(core, 'package:sign-and-save', { source: changed, keyFileId: register(core, own.privatePath) })).rejects.toThrow(
      'Ett annat kriteriepaket med id ku-2028 och revision 1 finns redan på datorn. Höj revisionen för den ändrade versionen och signera igen. Ingenting sparades.',
    );
    expect(readdirSync(join(core.context.paths.dataDir, 'saved'))).toHaveLength(before);

    // The round set-up builds on it straight away, signed with the same key.
    const round = roundSource();
    round.criteriaPackage.id = 'ku-2028';
    const documents = round.contestants.flatMap((c) =>
      c.documents.map((d) => ({ path: d.path, fileId: register(core, join(samplePath.documents, d.path.slice('documents/'.length))) })),
    );
    const bundle = await call(core, 'round:sign-and-save', { source: round, packageSha256: listed!.sha256, documents, keyFileId: register(core, own.privatePath) });
    expect(bundle).toMatchObject({ keyId: own.keyId, keyTrusted: true });
  });

  it('deletes a private key that browser mode uploaded into the temp folder, once it is read', async () => {
    const core = testCore();
    const uploads = join(core.context.paths.tempDir, 'uppladdat', 'x');
    mkdirSync(uploads, { recursive: true });
    const uploaded = join(uploads, 'private.pem');
    copyFileSync(samplePath.privateKey, uploaded);
    await call(core, 'package:sign-and-save', { source: packageSource(), keyFileId: register(core, uploaded) });
    expect(existsSync(uploaded)).toBe(false);
  });

  it('refuses to sign an invalid package (the same rules as everywhere)', async () => {
    const core = testCore();
    const source = packageSource();
    source.package.totalPoints = 999;
    await expect(call(core, 'package:sign-and-save', { source, keyFileId: register(core, samplePath.privateKey) })).rejects.toThrow(
      /totalPoints är 999 men kriteriernas poäng är sammanlagt 1000/,
    );
  });

  it('builds a round bundle from the set-up with a stored package and picked documents', async () => {
    const core = testCore();
    const imported = await call(core, 'package:import', { fileId: register(core, samplePath.package) });
    if (imported.status === 'untrusted-key' || imported.status === 'confirm-replace') throw new Error('unexpected');
    const documents = roundSource().contestants.flatMap((c) =>
      c.documents.map((d) => ({ path: d.path, fileId: register(core, join(samplePath.documents, d.path.slice('documents/'.length))) })),
    );
    const args = { source: roundSource(), packageSha256: imported.item.packageSha256, documents, keyFileId: register(core, samplePath.privateKey) };
    const saved = await call(core, 'round:sign-and-save', args);
    expect(saved).toMatchObject({ fileName: 'ku-2026-ovning.kvomgang', exampleMaterial: true });
    const round = await readRoundBundle(saved!.path, exampleTrust());
    expect(round.manifestBytes.equals((await readRoundBundle(samplePath.round, exampleTrust())).manifestBytes)).toBe(true);

    await expect(
      call(core, 'round:sign-and-save', { ...args, documents: documents.slice(1), keyFileId: register(core, samplePath.privateKey) }),
    ).rejects.toThrow('Inget dokument är valt för documents/forskolan-solrosen.pdf. Välj filen igen.');
  });
});
