/**
 * A round with Framsteget in Chromium: the round screen shows each
 * contestant's class and prizes (a prize-only contestant none of the scored
 * kind), and domarkommitténs arbetsyta lists the prize beside the class,
 * without points, and takes the jury's decision and citation for it.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FRAMSTEGET } from '../../shared/formats/prizes';
import { bundleFile } from '../helpers/bundles';
import { solrosenPrizeFile } from '../helpers/reports/framsteget';
import { tempDir } from '../helpers/temp';
import { withFramsteget } from '../helpers/prize-round';
import { expectAccessible } from './a11y';
import { openBrowser, screenshot, startApp, type BrowserSession, type RunningApp } from './harness';

let app: RunningApp | undefined;
let session: BrowserSession | undefined;
afterEach(async () => {
  await session?.close();
  await app?.stop();
  session = app = undefined;
});

describe('a prize without scores in Chromium', () => {
  it('is shown on the round screen and decided in the jury workspace beside the class', async () => {
    const bundle = await bundleFile({ editRound: withFramsteget }, 'framsteget.kvomgang');
    app = await startApp();
    session = await openBrowser();
    const { page } = session;
    await page.goto(app.url);
    const [roundChooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Importera fil…' }).click()]);
    await roundChooser.setFiles(bundle);
    await page.getByRole('heading', { name: 'Kvalitetsutmärkelsen 2026 – övningsomgång', level: 1 }).waitFor();
    const lindgarden = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Lindgårdens vård- och omsorgsboende' }) });
    expect(await lindgarden.locator('p > .badge').allTextContents()).toEqual([FRAMSTEGET.title]);
    const solrosen = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Förskolan Solrosen' }) });
    expect(await solrosen.locator('p > .badge').allTextContents()).toEqual(['Förskola', FRAMSTEGET.title]);
    await screenshot(page, 'round-prizes');

    await page.getByRole('button', { name: 'Välj vem du är…' }).click();
    const who = page.getByRole('dialog', { name: 'Vem är du i den här omgången?' });
    await who.getByRole('radio', { name: /Stadsledningskontoret/ }).check();
    await who.getByRole('button', { name: 'Det är jag' }).click();
    // Solrosen's team file with its written Framsteget assessment comes in, as from the team's lead.
    const teamFile = join(tempDir(), 'solrosen-framsteget.kvbedomning');
    writeFileSync(teamFile, solrosenPrizeFile().bytes);
    const [files] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Importera bedömningar…' }).click()]);
    await files.setFiles([teamFile]);
    await page.getByRole('dialog', { name: 'Importera bedömningsfiler' }).getByRole('button', { name: 'Importera 1 fil' }).click();
    await page.getByRole('dialog', { name: 'Importen är klar' }).getByRole('button', { name: 'Stäng' }).click();
    await page.goto(`${app.url}#/omgang/ku-2026-ovning/domarkommitten/slutmote`);
    await page.getByRole('heading', { name: 'Domarkommittén – Slutmötet – beslut', level: 1 }).waitFor();
    const prize = page.getByRole('region', { name: `Pris: ${FRAMSTEGET.title}`, exact: true });
    expect(await prize.getByRole('columnheader').allTextContents()).toEqual(['Tävlande', 'Teamets bedömning per aspekt', 'Domarkommitténs beslut']);
    // The team's words per aspect, no points; the entrant without a team file here says why.
    const solrosenRow = prize.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /Förskolan Solrosen/ }) });
    expect(await solrosenRow.getByRole('term').allTextContents()).toEqual(FRAMSTEGET.aspects.map((a) => a.title));
    await solrosenRow.getByText('Bildloggen är ett eget arbetssätt', { exact: false }).waitFor();
    const lindgardenRow = prize.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /Lindgårdens/ }) });
    await lindgardenRow.getByText('Teamets skriftliga prisbedömning finns inte här', { exact: false }).waitFor();
    await prize.getByRole('listitem').filter({ hasText: 'Lindgårdens vård- och omsorgsboende: Teamets skriftliga prisbedömning finns inte här' }).waitFor();
    await prize.getByText('Lindgårdens vård- och omsorgsboende: inget beslut.').waitFor();
    await prize.getByRole('combobox', { name: 'Beslut för Lindgårdens vård- och omsorgsboende' }).selectOption('winner');
    await prize.getByText('Lindgårdens vård- och omsorgsboende: motivering saknas.').waitFor();
    const citation = prize.getByRole('textbox', { name: /Motivering/ });
    await citation.fill('Digital fallprevention som används i hela boendet.');
    await page.keyboard.press('Tab');
    await prize.getByText('Lindgårdens vård- och omsorgsboende: motivering saknas.').waitFor({ state: 'detached' });
    expect(await prize.getByText('Förskolan Solrosen: inget beslut.').count()).toBe(1);
    // The class holds only Solrosen: the prize-only contestant is in no ranking.
    const forskola = page.getByRole('region', { name: 'Domarkommitténs beslut Förskola' });
    expect(await forskola.getByRole('row').count()).toBe(2);
    await page.reload();
    await prize.getByRole('combobox', { name: 'Beslut för Lindgårdens vård- och omsorgsboende' }).waitFor();
    expect(await prize.getByRole('combobox', { name: 'Beslut för Lindgårdens vård- och omsorgsboende' }).inputValue()).toBe('winner');
    await prize.scrollIntoViewIfNeeded();
    await screenshot(page, 'jury-prizes');
    await expectAccessible(page, 'jury workspace with a prize');

    // Rapporter: the prize entry's two reports beside the scored ones; the prize-only entrant has only these.
    await page.goto(`${app.url}#/omgang/ku-2026-ovning/rapporter`);
    const prizeReports = page.getByRole('region', { name: 'Per prisbidrag' });
    await prizeReports.getByText(`Prisbedömning – ${FRAMSTEGET.title} – Förskolan Solrosen`).waitFor();
    expect(await prizeReports.getByRole('button', { name: `Skapa Word-dokument: Återföring om priset – ${FRAMSTEGET.title} – Förskolan Solrosen` }).isEnabled()).toBe(true);
    expect(await page.getByRole('region', { name: 'Per tävlande' }).getByText('Lindgårdens', { exact: false }).count()).toBe(0);
    await prizeReports.getByRole('button', { name: `Förhandsgranska Prisbedömning – ${FRAMSTEGET.title} – Förskolan Solrosen` }).click();
    await page.locator('canvas[data-rendered="true"]').waitFor();
    await page.getByText(/· \d+ sidor/).waitFor();
    await prizeReports.scrollIntoViewIfNeeded();
    await screenshot(page, 'reports-prizes');
  });
});
