import { fingerprint } from '../../shared/fingerprint';
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildCriteriaPackageFile } from '../../electron/core/packages/criteria-file';
import { keyIdOf } from '../../electron/core/packages/keys';
import { launch, ROOT, screenshot } from './harness';

let keyDir: string | undefined;
afterEach(() => {
  if (keyDir) rmSync(keyDir, { recursive: true, force: true });
  keyDir = undefined;
});

describe('an unknown signing key in Chromium', () => {
  it('shows the fingerprint, compares it with the key the user picks, and imports once trusted', async () => {
    const dir = (keyDir = mkdtempSync(join(tmpdir(), 'examinator-e2e-key-')));
    const { privateKey, publicKey } = generateKeyPairSync('ed25519');
    const keyId = keyIdOf(publicKey);
    const source = JSON.parse(readFileSync(join(ROOT, 'test/fixtures/samples/ku-2026-exempel.package-source.json'), 'utf8'));
    source.package.id = 'ku-2027';
    source.package.title = 'Kvalitetsutmärkelsen 2027';
    writeFileSync(join(dir, 'ku-2027.kvpaket'), buildCriteriaPackageFile(source, privateKey).bytes);
    writeFileSync(join(dir, 'public.pem'), publicKey.export({ format: 'pem', type: 'spki' }));

    const { app, page } = await launch({ goto: false });
    await page.goto(app.url);
    const [packageChooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Importera fil…' }).click()]);
    await packageChooser.setFiles(join(dir, 'ku-2027.kvpaket'));

    const dialog = page.getByRole('dialog', { name: 'Nyckeln är inte betrodd' });
    await dialog.waitFor();
    await dialog.getByText(`fingeravtryck ${fingerprint(keyId)}`).waitFor();
    await screenshot(page, 'trust-1-unknown-key');

    const [keyChooser] = await Promise.all([page.waitForEvent('filechooser'), dialog.getByRole('button', { name: 'Välj nyckelfil…' }).click()]);
    await keyChooser.setFiles(join(dir, 'public.pem'));
    await dialog.getByText('Fingeravtrycken stämmer.', { exact: false }).waitFor();
    await screenshot(page, 'trust-2-fingerprints-match');
    await dialog.getByRole('button', { name: 'Lita på nyckeln och importera' }).click();

    await page.getByRole('heading', { name: 'Kvalitetsutmärkelsen 2027', level: 1 }).waitFor();
    expect(await page.getByRole('note').filter({ hasText: 'Övningsmaterial' }).count()).toBe(0);

    await page.getByRole('button', { name: 'Inställningar' }).click();
    await page.getByRole('heading', { name: 'Betrodda nycklar' }).waitFor();
    await page.getByText('Stadsledningskontoret', { exact: true }).waitFor();
    await page.getByText('Exempelnyckel – bara övningsmaterial').waitFor();
    await page.getByRole('heading', { name: 'Betrodda nycklar' }).scrollIntoViewIfNeeded();
    await screenshot(page, 'trust-3-settings');
  });
});
