/**
 * A damaged database (issue 13, item 11): browser mode starts on a data folder
 * whose examinator.sqlite is random bytes, the page shows the recovery screen
 * with the backups, one is restored, the damaged file is kept aside byte for
 * byte, and the app opens on the restored data.
 */
import { createHash, randomBytes } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { call, testCore } from '../helpers/core';
import { samplePath } from '../helpers/samples';
import { tempDir } from '../helpers/temp';
import { launch, screenshot } from './harness';

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

describe('recovering from a damaged database in Chromium (browser mode)', () => {
  it('lists the backups, restores one, keeps the damaged file and opens the app on the restored data', async () => {
    const dataDir = tempDir();
    const core = testCore({ dataDir });
    await call(core, 'round:import', { fileId: core.context.files.register(samplePath.round).id });
    await call(core, 'app:dismiss-welcome', {});
    await call(core, 'backup:create', {});
    await core.close();
    const damaged = randomBytes(256 * 1024);
    writeFileSync(join(dataDir, 'examinator.sqlite'), damaged);

    const { page } = await launch({ dataDir });
    await page.getByRole('heading', { name: 'Databasen behöver återställas', level: 1 }).waitFor();
    await page.getByText('Ingenting har raderats').waitFor();
    const rows = page.locator('table.backups tbody tr');
    await rows.first().waitFor();
    expect(await rows.count()).toBe(1); // no start-up backup of a damaged file
    await screenshot(page, 'recovery');

    await rows.first().getByRole('button', { name: 'Återställ…' }).click();
    await page.getByText('Återställa databasen från den här kopian?').waitFor();
    await page.getByRole('button', { name: 'Ja, återställ' }).click();
    const status = page.getByRole('status');
    await status.waitFor();
    expect(await status.textContent()).toMatch(/^Databasen är återställd från säkerhetskopian .+\. Den skadade filen är sparad som examinator-skadad-\d{8}T\d{9}Z\.sqlite i datamappen\.$/);
    await screenshot(page, 'recovery-done');

    const keptAside = readdirSync(dataDir).filter((name) => name.startsWith('examinator-skadad-'));
    expect(keptAside).toHaveLength(1);
    expect(sha256(readFileSync(join(dataDir, keptAside[0]!)))).toBe(sha256(damaged));

    await page.getByRole('button', { name: 'Öppna Examinator' }).click();
    await page.getByRole('heading', { name: 'Tävlingsomgångar', level: 1 }).waitFor();
    await page.getByText('Kvalitetsutmärkelsen 2026 – övningsomgång').first().waitFor();
  });
});
