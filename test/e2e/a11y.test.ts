import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectAccessible, runAxe } from './a11y';
import { launch, screenshot } from './harness';

describe('accessibility (axe, WCAG 2.1 A/AA) of the screens that exist', () => {
  it('start screen, settings and the restore confirmation have no serious or critical violation', async () => {
    const { page } = await launch();
    await page.getByRole('heading', { name: 'Välkommen till Examinator' }).waitFor();
    await expectAccessible(page, 'start screen, first start (welcome card)');

    await page.getByRole('button', { name: 'Inte nu' }).click();
    await page.getByRole('heading', { name: 'Välkommen till Examinator' }).waitFor({ state: 'detached' });
    await expectAccessible(page, 'start screen, no rounds');

    await page.getByRole('button', { name: 'Inställningar' }).click();
    await page.locator('table.backups tbody tr').first().waitFor();
    await expectAccessible(page, 'settings with backups');

    await page.getByRole('button', { name: 'Återställ…' }).first().click();
    await page.getByRole('group', { name: 'Bekräfta återställning' }).waitFor();
    await expectAccessible(page, 'settings, confirming a restore');
    await screenshot(page, 'settings-restore-confirm');
  });

  it('control: the check does fail a screen with a serious violation', async () => {
    const { page } = await launch();
    await page.getByRole('heading', { name: 'Välkommen till Examinator' }).waitFor();
    // A button without a name and grey-on-grey text, added to the real page.
    await page.evaluate(() => {
      const button = document.createElement('button');
      button.className = 'axe-control';
      const faint = document.createElement('p');
      faint.textContent = 'Knappt synlig text';
      faint.style.cssText = 'color:#eee;background:#fff';
      document.querySelector('main')!.append(button, faint);
    });
    const found = (await runAxe(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
    expect(found).toEqual(expect.arrayContaining(['button-name', 'color-contrast']));
  });

  it('the refusal of a damaged backup is announced accessibly', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'examinator-e2e-'));
    mkdirSync(join(dataDir, 'backups'), { recursive: true });
    writeFileSync(join(dataDir, 'backups', 'examinator-20200101T000000000Z.sqlite'), 'ingen databas');
    const { app, page } = await launch({ dataDir, goto: false });
    await page.goto(`${app.url}#/installningar`);
    const damaged = page.getByRole('row').filter({ hasText: 'examinator-20200101T000000000Z.sqlite' });
    await damaged.getByRole('button', { name: 'Återställ…' }).click();
    await damaged.getByRole('button', { name: 'Ja, återställ' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toMatch(/Säkerhetskopian är skadad/);
    await expectAccessible(page, 'settings, a refused restore (error notice)');
    await screenshot(page, 'settings-restore-refused');
  });
});
