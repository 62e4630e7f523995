import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectAccessible } from './a11y';
import { launch, type Page, screenshot } from './harness';

const fixtures = join(__dirname, '../fixtures/documents');

async function openDocument(page: Page, url: string, file: string) {
  await page.goto(url);
  await page.getByRole('button', { name: 'Dokument', exact: true }).click();
  await page.getByRole('heading', { name: 'Dokument', level: 1 }).waitFor();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Öppna dokument…' }).click();
  await (await chooser).setFiles(join(fixtures, file));
}

/** True when the page's canvas has been painted (not blank white). */
async function painted(page: Page, unit: number): Promise<boolean> {
  return page.locator(`.pdf-page[data-unit="${unit}"] canvas`).evaluate((canvas: HTMLCanvasElement) => {
    if (canvas.width === 0) return false;
    const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
    for (let i = 0; i < data.length; i += 4 * 97) if (data[i]! < 128) return true;
    return false;
  });
}

describe('reading a document in Chromium (browser mode)', () => {
  it('opens a PDF, searches, turns a selection into evidence and jumps back to it from the chip', async () => {
    const { app, page } = await launch({ goto: false });
    await openDocument(page, app.url, 'lindgarden.pdf');

    // A real PDF reader: toolbar, thumbnails, crisp rendered pages with a text layer.
    await page.getByRole('toolbar', { name: 'Dokumentvisning' }).waitFor();
    await page.locator('.pdf-page[data-unit="1"] .textLayer span').first().waitFor();
    await expect.poll(() => painted(page, 1)).toBe(true);
    expect(await page.getByRole('navigation', { name: 'Sidor' }).getByRole('button').count()).toBe(30);
    expect(await page.getByLabel('Sida', { exact: true }).inputValue()).toBe('1');
    await page.waitForTimeout(300);
    await screenshot(page, 'viewer-pdf');
    await expectAccessible(page, 'document reader, a PDF');

    // Keyboard: PgDn moves a page; Ctrl+F opens the search.
    await page.locator('.viewer-scroll').focus();
    await page.keyboard.press('PageDown');
    await expect.poll(() => page.getByLabel('Sida', { exact: true }).inputValue()).toBe('2');
    await page.keyboard.press('Control+f');
    const search = page.getByRole('searchbox', { name: 'Sök i dokumentet' });
    await expect.poll(() => search.evaluate((el) => el === document.activeElement)).toBe(true);
    await search.fill('KLAGOMÅL');
    const hits = page.locator('.search-hits li');
    await expect.poll(() => hits.count()).toBe(10);
    await page.getByRole('button', { name: /^Sida 12 ·/ }).click();
    await expect.poll(() => page.getByLabel('Sida', { exact: true }).inputValue()).toBe('12');
    await page.locator('.pdf-page[data-unit="12"] .hl-search').first().waitFor();
    await page.waitForTimeout(300);
    await screenshot(page, 'viewer-search');
    await expectAccessible(page, 'document reader, search hits');

    // Select a passage on page 12 with the mouse: "Lägg till som belägg" is offered.
    const span = page.locator('.pdf-page[data-unit="12"] .textLayer span', { hasText: 'Kostnaden för bemanningssjuksköterskor' }).first();
    await span.scrollIntoViewIfNeeded();
    const box = (await span.boundingBox())!;
    await page.mouse.move(box.x + 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width - 2, box.y + box.height / 2, { steps: 8 });
    await page.mouse.up();
    const menu = page.getByRole('group', { name: 'Lägg till som belägg' });
    await menu.waitFor();
    await screenshot(page, 'viewer-selection');
    await expectAccessible(page, 'document reader, adding a selection as evidence');
    await menu.getByRole('button', { name: 'som styrka' }).click();

    // The evidence chip names page 12 and the quote; the passage is highlighted with its label in the margin.
    const chip = page.locator('.evidence-chip').first();
    await chip.waitFor();
    expect(await chip.textContent()).toContain('s. 12');
    expect(await chip.textContent()).toContain('Kostnaden för bemanningssjuksköterskor');
    await page.locator('.pdf-page[data-unit="12"] .hl-evidence .hl-label', { hasText: 'S1' }).waitFor();

    // Away to page 1, then back from the chip: page 12, the passage flashes.
    await page.locator('.viewer-scroll').focus();
    await page.keyboard.press('Home');
    await expect.poll(() => page.getByLabel('Sida', { exact: true }).inputValue()).toBe('1');
    await chip.click();
    await expect.poll(() => page.getByLabel('Sida', { exact: true }).inputValue()).toBe('12');
    await page.locator('.pdf-page[data-unit="12"] .hl-evidence.flash .hl-box').first().waitFor();
    await screenshot(page, 'viewer-evidence');
  });

  it('shows a DOCX as clean text with paragraph numbers in the margin', async () => {
    const { app, page } = await launch({ goto: false });
    await openDocument(page, app.url, 'lindgarden.docx');
    await page.locator('.docx-view').waitFor();
    await page.getByRole('heading', { name: '1.1 Lindgården i korthet' }).waitFor();
    expect(await page.locator('[data-unit="28"] .docx-number').textContent()).toBe('§ 28');
    expect(await page.locator('.docx-view table').count()).toBeGreaterThan(5);
    await screenshot(page, 'viewer-docx');
    await expectAccessible(page, 'document reader, a DOCX');

    // Evidence in a DOCX is anchored by paragraph number.
    const heading = page.locator('[data-unit="28"] .docx-text span').first();
    await heading.scrollIntoViewIfNeeded();
    const box = (await heading.boundingBox())!;
    await page.mouse.move(box.x + 1, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width - 1, box.y + box.height / 2, { steps: 6 });
    await page.mouse.up();
    await page.getByRole('group', { name: 'Lägg till som belägg' }).getByRole('button', { name: 'som förbättringsområde' }).click();
    const chip = page.locator('.evidence-chip').first();
    await chip.waitFor();
    expect(await chip.textContent()).toContain('§ 28');
    await page.locator('[data-unit="28"] .hl-evidence.improvement .hl-box').first().waitFor();

    // The documents on this computer.
    await page.getByRole('navigation', { name: 'Du är här' }).getByRole('button', { name: 'Dokument' }).click();
    await page.getByRole('button', { name: 'Lindgårdens vård- och omsorgsboende' }).waitFor();
    await screenshot(page, 'documents-list');
    await expectAccessible(page, 'documents on this computer');
  });
});
