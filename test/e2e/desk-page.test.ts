import { describe, expect, it } from 'vitest';
import { launchLindgardenDesk, waitForTextFocus } from './desk';
import { screenshot, type Page } from './harness';
import { isFocused } from './keyboard';
import { finishConsensus, finishMyAssessment, importCoExaminers, reportText, ROUND } from './team-report';

const LINDGARDEN = 'c-lindgarden';
const pageBox = (page: Page) => page.getByLabel('Sida', { exact: true });
const chips = (page: Page) => page.locator('.comments.strength .evidence-chip');

/** B on the focused strength: the newest chip must name the page the viewer shows. */
async function citeShownPage(page: Page, expected: number): Promise<void> {
  const before = await chips(page).count();
  await page.keyboard.press('b');
  await expect.poll(() => chips(page).count()).toBe(before + 1);
  expect(await chips(page).last().textContent()).toContain(`s. ${expected}`);
}

describe('the page on screen is the one the desk cites', () => {
  it('B cites the page shown after the page box, ›, PageDown and a search hit; the jury\'s PDF prints those pages', { timeout: 240_000 }, async () => {
    const { app, page } = await launchLindgardenDesk();

    // 1.1: S, a sentence, Esc; 12 in the page box, Enter, Esc; B.
    await page.keyboard.press('6');
    await page.keyboard.press('s');
    await waitForTextFocus(page);
    await page.keyboard.type('Personalens kompetens följs upp systematiskt.');
    await page.keyboard.press('Escape');
    await pageBox(page).click();
    await page.keyboard.press('Control+a');
    await page.keyboard.type('12');
    await page.keyboard.press('Enter');
    await page.locator('.pdf-page[data-unit="12"] .textLayer span').first().waitFor();
    await page.keyboard.press('Escape');
    expect(await isFocused(page.locator('#criterion-title'))).toBe(true);
    await citeShownPage(page, 12);

    // The › button three times: page 15 in the box and the coverage strip (the thumbnails are hidden in a column this narrow), and B cites it.
    for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Nästa sida' }).click();
    await expect.poll(() => pageBox(page).inputValue()).toBe('15');
    await expect.poll(() => page.locator('.coverage-cell.current').getAttribute('aria-label')).toMatch(/^Sida 15:/);
    await citeShownPage(page, 15);

    // PageDown twice in the document: 17.
    await page.locator('.viewer-scroll').focus();
    await page.keyboard.press('PageDown');
    await page.keyboard.press('PageDown');
    await expect.poll(() => pageBox(page).inputValue()).toBe('17');
    await citeShownPage(page, 17);

    // A search hit near the top of page 21: the box, the coverage strip and B all say 21.
    await page.getByRole('button', { name: /Sök/ }).click();
    await page.getByRole('searchbox', { name: 'Sök i dokumentet' }).fill('rikshawcyklarna');
    await page.getByRole('button', { name: /^Sida 21 · 1 träff/ }).click();
    await page.locator('.pdf-page[data-unit="21"] .hl-search').first().waitFor();
    await page.waitForTimeout(300);
    await expect.poll(() => pageBox(page).inputValue()).toBe('21');
    expect(await page.locator('.coverage-cell.current').getAttribute('aria-label')).toMatch(/^Sida 21:/);
    await citeShownPage(page, 21);
    await screenshot(page, 'desk-page-search-hit');
    await page.keyboard.press('f');
    await waitForTextFocus(page);
    await page.keyboard.type('Målen saknar mätbara nivåer.');
    await page.keyboard.press('Escape');

    // The jury's bedömning carries exactly those pages for the team's strength taken from it.
    await finishMyAssessment(page, LINDGARDEN, ['1.1']);
    await page.goto(`${app.url}#/omgang/${ROUND}`);
    await importCoExaminers(page, LINDGARDEN);
    await page.getByRole('button', { name: 'Förbered konsensus: Lindgårdens vård- och omsorgsboende' }).click();
    await page.getByRole('button', { name: 'Starta konsensus' }).click();
    await page.getByRole('button', { name: 'Ta med i teamets lista: Personalens kompetens följs upp systematiskt.' }).click();
    await page.getByRole('textbox', { name: 'Teamets styrka 1' }).waitFor();
    await finishConsensus(page, LINDGARDEN);
    const text = await reportText(page, app.url, app.dataDir, 'Bedömning – Lindgårdens vård- och omsorgsboende');
    const strength = text.slice(text.indexOf('Personalens kompetens följs upp systematiskt.'));
    const cited = strength.slice(0, 400).replace(/\s+/g, ' ');
    expect(cited).toMatch(/s\. 12\b.*s\. 15\b.*s\. 17\b.*s\. 21\b/);
    expect(cited).not.toMatch(/s\. 1\b/);
  });
});


describe('searching the document on the desk', () => {
  it('Ctrl+F from anywhere on the desk opens the search (typing goes there), keeps the zoom, and a reload keeps the page', async () => {
    const { page } = await launchLindgardenDesk();
    const zoom = page.locator('.zoom-level');
    const fitted = await zoom.textContent();

    // Page 9, then the focus on the criteria list: Ctrl+F, and the word typed lands in the search box.
    await pageBox(page).fill('9');
    await pageBox(page).press('Enter');
    await page.getByRole('navigation', { name: 'Kriterier' }).getByRole('button', { name: /^1\.2 / }).click();
    await page.keyboard.press('Control+f');
    const box = page.getByRole('searchbox', { name: 'Sök i dokumentet' });
    await expect.poll(() => isFocused(box)).toBe(true);
    await page.keyboard.type('besökshundar');
    expect(await box.inputValue()).toBe('besökshundar');
    await page.getByText('1 träff på 1 sida').waitFor();
    expect(await page.locator('.comments.strength .comment').count()).toBe(0);
    // The panel takes room beside the page; the page keeps its size.
    expect(await zoom.textContent()).toBe(fitted);
    expect(await pageBox(page).inputValue()).toBe('9');
    await screenshot(page, 'desk-search-zoom-kept');

    // Closing the search fits the page to the width again; a reload comes back to page 9.
    await page.getByRole('button', { name: /Sök/, pressed: true }).click();
    expect(await zoom.textContent()).toBe(fitted);
    await page.reload();
    await page.locator('.pdf-page[data-unit="9"] .textLayer span').first().waitFor();
    await expect.poll(() => pageBox(page).inputValue()).toBe('9');
    expect(await zoom.textContent()).toBe(fitted);
    expect(await page.locator('.pdf-page[data-unit="9"]').evaluate((element) => {
      const view = element.closest('.viewer-scroll')!.getBoundingClientRect();
      const box = element.getBoundingClientRect();
      return box.top <= view.top + 20 && box.bottom >= view.bottom;
    })).toBe(true);
  });
});
