import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { launch, screenshot } from './harness';

describe('first screen in Chromium (browser mode)', () => {
  it('shows a styled Swedish start screen, keyboard-operable, with the settings behind the gear', async () => {
    const { app, page } = await launch();
    await page.getByRole('heading', { name: 'Tävlingsomgångar', level: 1 }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('sv');
    await page.getByRole('heading', { name: 'Välkommen till Examinator' }).waitFor();
    await page.getByRole('heading', { name: 'Inga tävlingsomgångar ännu' }).waitFor();

    // Styled: the stylesheet loaded under the CSP (the primary button has the accent colour).
    const background = await page.getByRole('button', { name: 'Importera fil…' }).evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(background).toBe('rgb(11, 92, 173)');
    const shot = await screenshot(page, 'start');
    expect(statSync(shot).size).toBeGreaterThan(10_000);

    // Keyboard: Tab reaches the skip link, then (past the wordmark and "Dokument") the gear opens the settings.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Hoppa till innehållet');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Inställningar', level: 1 }).waitFor();
    // The start-up backup was taken by the real core.
    await page.getByRole('heading', { name: 'Säkerhetskopior' }).waitFor();
    await page.locator('table.backups tbody tr').first().waitFor();
    await screenshot(page, 'settings');
    expect(existsSync(join(app.dataDir, 'examinator.sqlite'))).toBe(true);
  });

  it('keeps the screen across a reload (the route lives in the URL)', async () => {
    const { page } = await launch();
    await page.getByRole('button', { name: 'Inställningar' }).click();
    await page.getByRole('heading', { name: 'Inställningar', level: 1 }).waitFor();
    await page.reload();
    await page.getByRole('heading', { name: 'Inställningar', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Examinator – till startsidan' }).click();
    await page.getByRole('heading', { name: 'Tävlingsomgångar', level: 1 }).waitFor();
  });
});
