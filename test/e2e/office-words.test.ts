import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectAccessible } from './a11y';
import { field, pick } from './authoring-helpers';
import { launch, type Page, ROOT, screenshot } from './harness';

const summaryItem = (page: Page, text: string) =>
  page.getByRole('status').filter({ hasText: 'innan det kan signeras' }).getByRole('button', { name: text, exact: true });

function sheet(name: string, rows: readonly string[]): string {
  const path = join(mkdtempSync(join(tmpdir(), 'examinator-sheet-')), name);
  writeFileSync(path, `\uFEFF${rows.join('\r\n')}\r\n`);
  return path;
}

const HEADER = 'Område;Områdets rubrik;Kriterium;Rubrik;Slag;Skala;Poäng;Frågor;Klasser';

describe('stadsledningskontoret’s words and layout', () => {
  it('imports criteria from a spreadsheet only when every row is right, and keeps the edited field above the signing bar', async () => {
    const { app, page } = await launch();
    await page.goto(`${app.url}#/kontoret/kriteriepaket`);
    await pick(page, join(ROOT, 'resources/ovning/ku-2026-exempel.kvpaket'), () => page.getByRole('button', { name: 'Öppna en paketfil…' }).click());
    await page.getByText('Totalt 1 000 poäng').waitFor();

    await page.getByRole('button', { name: 'Spara mallen…' }).click();
    await page.getByText(/Mallen är sparad i .*kriterier-mall\.xlsx/).waitFor();
    expect(existsSync(join(app.dataDir, 'exporter', 'kriterier-mall.xlsx'))).toBe(true);

    // Every row's problems, by row number and column header; nothing changes.
    const bad = sheet('kriterier.csv', [HEADER, '1;Ledning;1.1;Mål;Arbetssätt;arbetssatt;60;;', '1;Ledning;1.2;;Metod;okand;;;', '2;Resultat;1.1;Utfall;Resultat;resultat;40;;vuxen']);
    await pick(page, bad, () => page.getByRole('button', { name: 'Välj kalkylblad…' }).click());
    const alert = page.getByRole('alert').filter({ hasText: 'kriterier.csv: 6 fel. Ingenting har ändrats.' });
    await alert.waitFor();
    for (const line of [
      'Rad 3: Slag: "Metod" ska vara Arbetssätt eller Resultat',
      'Rad 3: Poäng: "" ska vara ett tal, till exempel 50 eller 12,5',
      'Rad 3: Skala: skalan "okand" finns inte i paketet (arbetssatt, resultat)',
      'Rad 3: Rubrik: får inte vara tom',
      'Rad 4: Klasser: tävlingsklassen "vuxen" finns inte i paketet',
      'Rad 4: Kriterium: "1.1" finns redan på rad 2',
    ]) await alert.getByText(line, { exact: true }).waitFor();
    await alert.scrollIntoViewIfNeeded();
    await screenshot(page, 'office-words-1-sheet-problems');
    await expectAccessible(page, 'criteria from a spreadsheet, problems by row');
    await page.getByText('Totalt 1 000 poäng').waitFor();

    // A right sheet is previewed, then replaces the areas in one step.
    const good = sheet('kriterier.csv', [HEADER, '1;Ledning;1.1;Mål;Arbetssätt;arbetssatt;60;"Hur?\nVarför?";', '2;Resultat;2.1;Utfall;Resultat;resultat;40;;skola']);
    await pick(page, good, () => page.getByRole('button', { name: 'Välj kalkylblad…' }).click());
    await page.getByText('kriterier.csv har 2 kriterier i 2 områden. De ersätter paketets 14 kriterier i 6 områden; skalor, klasser och grunduppgifter ändras inte.').waitFor();
    await page.getByText('Totalt 1 000 poäng').waitFor();
    await page.getByRole('button', { name: 'Ersätt områden och kriterier' }).click();
    await page.getByText('Totalt 100 poäng').waitFor();
    await page.getByRole('table', { name: /Poäng per tävlingsklass/ }).getByRole('row', { name: 'Förskola 1 60 p' }).waitFor();
    await page.getByText('Område 2 Resultat').waitFor();
    expect(await page.getByText('Område 3', { exact: false }).count()).toBe(0);

    // Tab into a field hidden behind the sticky bar: it is scrolled into view above the bar.
    await page.getByText('Område 1 Ledning').click();
    await page.getByText('Kriterium 1.1 Mål (60 p)').click();
    const bar = page.locator('.sign-and-save');
    const from = field(page, 'package.areas.0.criteria.0.points');
    const next = field(page, 'package.areas.0.criteria.0.description');
    // Scroll so that "Poäng" sits just above the bar and "Beskrivning" lies under it.
    await page.evaluate(
      ([fromId, barSelector]) => {
        const main = document.querySelector('.main')!;
        const fromBox = document.getElementById(fromId!)!.getBoundingClientRect();
        const barTop = document.querySelector(barSelector!)!.getBoundingClientRect().top;
        main.scrollTop += fromBox.bottom - barTop + 4;
        document.getElementById(fromId!)!.focus({ preventScroll: true });
      },
      ['f-package-areas-0-criteria-0-points', '.sign-and-save'],
    );
    const hidden = (await next.boundingBox())!;
    expect(hidden.y + hidden.height).toBeGreaterThan((await bar.boundingBox())!.y);
    await page.keyboard.press('Tab');
    expect(await next.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.keyboard.type('Hur verksamheten');
    const shown = (await next.boundingBox())!;
    expect(shown.y + shown.height).toBeLessThanOrEqual((await bar.boundingBox())!.y);
    expect(await from.isVisible()).toBe(true);
    await screenshot(page, 'office-words-2-field-above-bar');
  });

  it('names the round set-up’s fields as the form does and says which team assesses a contestant', async () => {
    const { app, page } = await launch({ goto: false });
    await page.goto(`${app.url}#/kontoret/omgang`);
    await page.getByRole('heading', { name: 'Ny tävlingsomgång', level: 1 }).waitFor();
    await summaryItem(page, 'Omgångens id: får inte vara tomt').waitFor();
    await summaryItem(page, 'Sista dag för individuell bedömning: ska vara ett datum som ÅÅÅÅ-MM-DD').waitFor();
    await summaryItem(page, 'examinatorn e-1, Namn: får inte vara tomt').waitFor();
    await summaryItem(page, 'den tävlande c-1, Namn: får inte vara tomt').waitFor();
    await summaryItem(page, 'den tävlande c-1, Organisation: får inte vara tom').waitFor();
    // Under the field itself, the same agreement.
    await page.locator('#f-examiners-0-name-error').getByText('får inte vara tomt').waitFor();
    expect(await page.getByText(/fältet "/).allTextContents()).toEqual([]);
    await screenshot(page, 'office-words-3-round-messages');

    // A second team: the contestant is lag-1's, said plainly; ticked in both, the extra one is named.
    await page.getByRole('button', { name: 'Lägg till team' }).click();
    const lag2 = page.locator('#f-teams-1-contestants');
    await lag2.getByText('bedöms av team lag-1').waitFor();
    await lag2.getByRole('checkbox').first().check();
    await page.locator('#f-teams-0-contestants').getByText('bedöms redan av team lag-2; varje tävlande bedöms av ett enda team').waitFor();
    await page.locator('#f-teams-0-contestants').getByRole('checkbox').first().uncheck();
    await page.locator('#f-teams-0-contestants').getByText('bedöms av team lag-2').waitFor();
    await lag2.scrollIntoViewIfNeeded();
    await screenshot(page, 'office-words-4-teams');
    await expectAccessible(page, 'round set-up, two teams');
  });
});
