import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCriteriaPackageFile } from '../../../../../electron/core/packages/criteria-file';
import { generateKeyPair, readPrivateKeyPem } from '../../../../../electron/core/packages/keys';
import { call, testCore } from '../../../../helpers/core';
import { EXAMPLE_KEY_ID, packageSource, samplePath } from '../../../../helpers/samples';
import { tempDir } from '../../../../helpers/temp';

const RESOURCES = join(__dirname, '../../../../../resources');

describe('authoring handlers', () => {
  it('opens a signed package file (trusted key) without importing it, and refuses one signed with an unknown key', async () => {
    const core = testCore();
    const opened = await call(core, 'authoring:open-package-file', { fileId: core.context.files.register(samplePath.package).id });
    expect(opened).toMatchObject({ keyId: EXAMPLE_KEY_ID, exampleMaterial: true, content: { id: 'ku-2026-exempel', revision: 1 } });
    expect(await call(core, 'package:list', {})).toEqual([]);

    const pair = generateKeyPair();
    const path = join(tempDir(), 'okand.kvpaket');
    writeFileSync(path, buildCriteriaPackageFile(packageSource(), readPrivateKeyPem(Buffer.from(pair.privatePem), 'k.pem')).bytes);
    await expect(call(core, 'authoring:open-package-file', { fileId: core.context.files.register(path).id })).rejects.toThrow(/inte är betrodd|inte betrodd/);
  });

  it('opens a signed round file with its package, and nothing is stored', async () => {
    const core = testCore();
    const opened = await call(core, 'authoring:open-round-file', { fileId: core.context.files.register(join(RESOURCES, 'ovning/ovningsomgang-2026.kvomgang')).id });
    expect(opened.manifest.round).toMatchObject({ id: 'ku-2026-ovning', year: 2026 });
    expect(opened.criteria.id).toBe('ku-2026-exempel');
    expect(await call(core, 'round:list', {})).toEqual([]);
  });

  it('prints the editor’s package as an unsigned PDF, and saves only a well-formed public key', async () => {
    const core = testCore();
    const saved = await call(core, 'authoring:print-package', { source: packageSource() });
    expect(saved?.fileName).toBe('ku-2026-exempel-r1.pdf');
    const text = execFileSync('pdftotext', [saved!.path, '-'], { encoding: 'utf8' });
    expect(text).toContain('Osignerat utkast');
    expect(text).not.toContain('Övningsmaterial');

    const pem = readFileSync(samplePath.publicKey, 'utf8');
    const key = await call(core, 'authoring:save-public-key', { publicKeyPem: pem });
    expect(key?.fileName).toBe(`publik-nyckel-${EXAMPLE_KEY_ID.slice(0, 16)}.pem`);
    expect(readFileSync(key!.path, 'utf8')).toBe(pem);
    await expect(call(core, 'authoring:save-public-key', { publicKeyPem: readFileSync(samplePath.privateKey, 'utf8') })).rejects.toThrow(/publik/);
  });

  it('saves the shipped spreadsheet template', async () => {
    const core = testCore();
    const saved = await call(core, 'authoring:save-criteria-template', {});
    expect(readFileSync(saved!.path)).toEqual(readFileSync(join(RESOURCES, 'templates/kriterier-mall.xlsx')));
  });
});
