import { describe, expect, it } from 'vitest';
import { expectAccessible } from './a11y';
import { launchLindgardenDesk, openDeskByKeyboard, waitForTextFocus } from './desk';
import { launch, screenshot, type Page } from './harness';
import { isFocused, tabTo } from './keyboard';

const panelTitle = (page: Page) => page.locator('#criterion-title');
const row = (page: Page, id: string) => page.getByRole('navigation', { name: 'Kriterier' }).getByRole('button', { name: new RegExp(`^${id.replace('.', '\\.')} `) });

/** One criterion from the keyboard: a score, a strength with the shown page as evidence, an improvement area. */
async function scoreCriterion(page: Page, digit: string, strength: string, improvement: string) {
  await page.keyboard.press(digit);
  await page.keyboard.press('s');
  await waitForTextFocus(page);
  await page.keyboard.type(strength);
  await page.keyboard.press('Escape');
  expect(await isFocused(panelTitle(page))).toBe(true);
  await page.keyboard.press('b');
  await page.locator('.comments.strength .evidence-chip').last().waitFor();
  await page.keyboard.press('f');
  await waitForTextFocus(page);
  await page.keyboard.type(improvement);
  await page.keyboard.press('Escape');
}

describe('the examiner\'s desk in Chromium', () => {
  it('scores the övningsomgång\'s first contestant entirely from the keyboard, submits, and finds it all again after a reload', async () => {
    const { app, page } = await launch({ goto: false });
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(app.url);
    await openDeskByKeyboard(page, 'Förskolan Solrosen', { checkAccessibility: true });
    await page.locator('.pdf-page canvas').first().waitFor();
    await page.waitForTimeout(300);
    await screenshot(page, 'desk-1366-start');
    await expectAccessible(page, 'the examiner\'s desk (empty)');

    // 1.1 by keys: 6 → 60 %, S + text + Esc, B (the page shown as evidence), F + text + Esc.
    expect(await panelTitle(page).textContent()).toContain('1.1 Målgruppernas behov');
    await scoreCriterion(page, '6', 'Verksamheten kartlägger barnens behov varje termin.', 'Målen saknar mätbara nivåer.');
    await expect.poll(() => row(page, '1.1').textContent()).toContain('60');
    expect(await page.getByRole('radio', { name: '60 %, Systematiskt' }).getAttribute('aria-checked')).toBe('true');
    await page.locator('.band-list li.current', { hasText: 'Systematiskt' }).waitFor();
    const chip = page.locator('.comments.strength .evidence-chip').first();
    expect(await chip.textContent()).toContain('s. 1');

    // Arrows move within the scale; Ctrl+Z and Ctrl+Shift+Z undo and redo it.
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => row(page, '1.1').textContent()).toContain('70');
    await page.keyboard.press('Control+z');
    await expect.poll(() => row(page, '1.1').textContent()).toContain('60');
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => row(page, '1.1').textContent()).toContain('70');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => page.getByText(/^Sparat \d\d:\d\d$/).count()).toBe(1);

    // J to the next criterion: the document stays where it is.
    await page.locator('.viewer-scroll').focus();
    await page.keyboard.press('PageDown');
    await page.keyboard.press('PageDown');
    await expect.poll(() => page.getByLabel('Sida', { exact: true }).inputValue()).toBe('3');
    await page.keyboard.press('j');
    await expect.poll(() => panelTitle(page).textContent()).toContain('1.2');
    expect(await page.getByLabel('Sida', { exact: true }).inputValue()).toBe('3');
    await panelTitle(page).focus();
    await screenshot(page, 'desk-1366-first-criterion');

    // Asking to submit now lists what is missing first.
    await page.getByRole('button', { name: 'Lämna in min bedömning…' }).press('Enter');
    const missing = page.getByRole('dialog', { name: 'Det här saknas innan du kan lämna in' });
    await missing.getByText('13 av 14 kriterier är inte klara', { exact: false }).waitFor();
    await screenshot(page, 'desk-1366-missing');
    await expectAccessible(page, 'what is missing before submitting');
    await page.keyboard.press('Escape');
    await missing.waitFor({ state: 'detached' });

    // The rest, N taking us to each unfinished criterion.
    for (let i = 2; i <= 14; i++) {
      await scoreCriterion(page, String((i % 9) + 1), `Styrka nummer ${i}, med belägg på sidan.`, `Förbättringsområde nummer ${i}.`);
      await page.keyboard.press('n');
    }
    await page.getByText('14 av 14', { exact: true }).waitFor();

    // The shortcut overlay.
    await page.keyboard.press('?');
    const shortcuts = page.getByRole('dialog', { name: 'Kortkommandon' });
    await shortcuts.waitFor();
    await expectAccessible(page, 'the desk\'s shortcut overlay');
    await page.keyboard.press('Escape');
    await shortcuts.waitFor({ state: 'detached' });

    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.reload();
    await page.locator('.pdf-page canvas').first().waitFor();
    await page.waitForTimeout(300);
    await screenshot(page, 'desk-1920-all-scored');
    await expectAccessible(page, 'the examiner\'s desk (all scored)');
    await page.setViewportSize({ width: 1366, height: 768 });

    // Submit: the dialog asks, then the assessment is locked.
    await tabTo(page, page.getByRole('button', { name: 'Lämna in min bedömning…' }));
    await page.keyboard.press('Enter');
    const confirm = page.getByRole('dialog', { name: 'Lämna in din bedömning av Förskolan Solrosen?' });
    await confirm.waitFor();
    await expectAccessible(page, 'submitting an assessment');
    await tabTo(page, confirm.getByRole('button', { name: 'Lämna in' }));
    await page.keyboard.press('Enter');
    await page.getByText(/Inlämnad \d+ \w+ \d{4} \d\d:\d\d/).waitFor();
    await page.getByRole('button', { name: 'Öppna en ny revision…' }).waitFor();

    // Locked: a number key changes nothing.
    await panelTitle(page).focus();
    const before = await row(page, '1.2').textContent();
    await page.keyboard.press('1');
    await page.waitForTimeout(200);
    expect(await row(page, '1.2').textContent()).toBe(before);

    // Reload: everything is still there.
    await page.reload();
    await page.getByText(/Inlämnad \d/).waitFor();
    await page.getByText('14 av 14', { exact: true }).waitFor();
    await row(page, '1.1').click();
    await expect.poll(() => panelTitle(page).textContent()).toContain('1.1');
    expect(await page.getByRole('radio', { name: '60 %, Systematiskt' }).getAttribute('aria-checked')).toBe('true');
    expect(await page.getByLabel('Styrka 1', { exact: true }).inputValue()).toBe('Verksamheten kartlägger barnens behov varje termin.');
    expect(await page.getByLabel('Förbättringsområde 1', { exact: true }).inputValue()).toBe('Målen saknar mätbara nivåer.');
    expect(await page.locator('.comments.strength .evidence-chip').first().textContent()).toContain('s. 1');
    await page.locator('.pdf-page canvas').first().waitFor();
    await page.waitForTimeout(300);
    await screenshot(page, 'desk-1366-submitted');
    await expectAccessible(page, 'the examiner\'s desk (submitted, read-only)');
  });
});

/** Selects the text of `span` with the mouse, as a reader does. */
async function selectWithMouse(page: Page, span: ReturnType<Page['locator']>) {
  await span.scrollIntoViewIfNeeded();
  const box = (await span.boundingBox())!;
  await page.mouse.move(box.x + 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width - 2, box.y + box.height / 2, { steps: 8 });
  await page.mouse.up();
}

describe('evidence from the document on the desk', () => {
  it('selects a passage, adds it as evidence to a new strength, and jumps back to it from the chip', async () => {
    const { page } = await launchLindgardenDesk();

    // Page 12, select a passage: the menu offers it as evidence for the criterion in focus.
    await page.getByLabel('Sida', { exact: true }).fill('12');
    await page.getByLabel('Sida', { exact: true }).press('Enter');
    const span = page.locator('.pdf-page[data-unit="12"] .textLayer span', { hasText: 'Kostnaden för bemanningssjuksköterskor' }).first();
    await span.waitFor();
    await selectWithMouse(page, span);
    const menu = page.getByRole('group', { name: 'Lägg till som belägg' });
    await menu.waitFor();
    expect(await menu.textContent()).toContain('till 1.1');
    await menu.getByRole('button', { name: 'som styrka' }).click();

    // A new strength carries the passage; its text field has the focus.
    const chip = page.locator('.comments.strength .evidence-chip').first();
    await chip.waitFor();
    expect(await chip.textContent()).toContain('s. 12');
    expect(await chip.textContent()).toContain('Kostnaden för bemanningssjuksköterskor');
    await waitForTextFocus(page);
    await page.keyboard.type('Kostnaderna för inhyrd personal följs upp och har minskat.');
    await page.locator('.pdf-page[data-unit="12"] .hl-evidence.strength .hl-label', { hasText: '1.1' }).waitFor();

    // A second passage goes onto the same (focused) strength.
    const second = page.locator('.pdf-page[data-unit="12"] .textLayer span').nth(3);
    await selectWithMouse(page, second);
    await menu.waitFor();
    await menu.getByRole('button', { name: 'som styrka' }).click();
    await expect.poll(() => page.locator('.comments.strength .evidence-chip').count()).toBe(2);
    expect(await page.locator('.comments.strength .comment').count()).toBe(1);

    // Away to page 1; the chip brings the passage back and flashes it.
    await page.locator('.viewer-scroll').focus();
    await page.keyboard.press('Home');
    await expect.poll(() => page.getByLabel('Sida', { exact: true }).inputValue()).toBe('1');
    await chip.click();
    await expect.poll(() => page.getByLabel('Sida', { exact: true }).inputValue()).toBe('12');
    await page.locator('.pdf-page[data-unit="12"] .hl-evidence.flash .hl-box').first().waitFor();
    await screenshot(page, 'desk-1366-evidence');
    await expectAccessible(page, 'the desk with evidence highlighted');

    // The coverage strip counts page 12 as cited for 1.1.
    await page.getByRole('button', { name: 'Sida 12: 1 med belägg, 1.1' }).waitFor();
  });
});
