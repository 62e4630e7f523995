/**
 * Jäv in the round set-up, performed as an office worker would (issue 19 item
 * 5, issue 13 item 5): a new round with nothing filled in shows no jäv; an
 * organisation typed with an invisible character is still the contestant's;
 * a declared conflict is named beside the contestant and blocks signing.
 */
import { describe, expect, it } from 'vitest';
import { expectAccessible } from './a11y';
import { screenshot } from './harness';
import { field, openRoundSetup } from './round-setup-page';

describe('jäv in the round set-up (Chromium)', () => {
  it('none on an empty round; seen through a zero-width space; declared by hand, named and blocking', async () => {
    const page = await openRoundSetup();
    const assessed = page.getByRole('group', { name: 'Bedömer' });
    await assessed.getByRole('checkbox', { name: /c-1/ }).waitFor();
    expect(await page.locator('main').textContent()).not.toMatch(/jäv:/i);

    await field(page, 'contestants.0.name').fill('Förskolan Solrosen');
    await field(page, 'contestants.0.organisation').fill('Norrby stadsdelsförvaltning');
    await field(page, 'examiners.0.name').fill('Anna Lind');
    await field(page, 'examiners.0.organisation').fill('Norrby stadsdelsförvaltning\u200b');
    await assessed.getByText('Jäv: Anna Lind och den tävlande tillhör båda Norrby stadsdelsförvaltning').waitFor();

    await field(page, 'examiners.0.organisation').fill('Södermalms stadsdelsförvaltning');
    expect(await assessed.textContent()).not.toMatch(/Jäv/);
    const declared = page.getByRole('region', { name: 'Anmält jäv' });
    await declared.getByRole('button', { name: 'Anmäl jäv' }).click();
    await declared.getByRole('combobox', { name: 'Examinator' }).selectOption('e-1');
    await declared.getByRole('combobox', { name: 'Tävlande' }).selectOption('c-1');
    await field(page, 'declaredConflicts.0.reason').fill('tidigare arbetsplats');
    const note = assessed.getByText('Jäv: Anna Lind har anmält jäv (tidigare arbetsplats)');
    await note.waitFor();
    expect(await page.getByRole('button', { name: 'Signera och spara' }).isDisabled()).toBe(true);
    await declared.scrollIntoViewIfNeeded();
    await screenshot(page, 'round-setup-declared-conflict');
    await expectAccessible(page, 'round set-up, a declared conflict');
  });
});
