/** Getting to the examiner's desk in the e2e tests: the övningsomgång, "who am I", the first contestant. */
import { expect } from 'vitest';
import { expectAccessible } from './a11y';
import { launch, type Page, type RunningApp } from './harness';
import { isFocused, tabTo } from './keyboard';

/** From a fresh start, by keyboard only: open the övningsomgång, say "I am Anna Lind", open the desk for a contestant. */
export async function openDeskByKeyboard(page: Page, contestant = 'Förskolan Solrosen', options: { checkAccessibility?: boolean } = {}): Promise<void> {
  await page.getByRole('heading', { name: 'Välkommen till Examinator' }).waitFor();
  await tabTo(page, page.getByRole('button', { name: 'Öppna övningsomgången' }));
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'Vem är du i den här omgången?' }).waitFor();
  await tabTo(page, page.getByRole('button', { name: 'Välj vem du är…' }));
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Vem är du i den här omgången?' });
  await dialog.waitFor();
  if (options.checkAccessibility) await expectAccessible(page, 'who am I in the round (dialog)');
  // The focus starts on the first examiner; Space chooses her.
  expect(await isFocused(dialog.getByRole('radio', { name: /Anna Lind/ }))).toBe(true);
  await page.keyboard.press('Space');
  await tabTo(page, dialog.getByRole('button', { name: 'Det är jag' }));
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: /Du är Anna Lind/ }).waitFor();
  if (options.checkAccessibility) await expectAccessible(page, 'round screen with my contestants');
  await tabTo(page, page.getByRole('button', { name: `Bedöm: ${contestant}` }));
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: new RegExp(contestant) }).waitFor();
}

/** Waits until a new comment's text field has the focus (what the examiner sees before typing). */
export async function waitForTextFocus(page: Page): Promise<void> {
  await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('TEXTAREA');
}

/** A fresh app at 1366×768 with the desk open on Lindgården (30 pages), its first page's text drawn. */
export async function launchLindgardenDesk(): Promise<{ app: RunningApp; page: Page }> {
  const { app, page } = await launch({ goto: false });
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(app.url);
  await openDeskByKeyboard(page, 'Lindgårdens vård- och omsorgsboende');
  await page.locator('.pdf-page[data-unit="1"] .textLayer span').first().waitFor();
  return { app, page };
}
