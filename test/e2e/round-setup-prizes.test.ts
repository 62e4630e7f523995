/**
 * Prizes without scores in the round set-up (formats.md "Prizes without
 * scores"), as an office worker edits them: Framsteget offered with its three
 * aspects, a contestant in a prize only, a renamed prize followed by its
 * entrants, a removed prize taken back with Ångra.
 */
import { describe, expect, it } from 'vitest';
import { FRAMSTEGET } from '../../shared/formats/prizes';
import { expectAccessible } from './a11y';
import { screenshot } from './harness';
import { field, openRoundSetup } from './round-setup-page';

describe('prizes in the round set-up (Chromium)', () => {
  it('adds Framsteget, enters a prize-only contestant, renames and removes the prize', async () => {
    const page = await openRoundSetup();
    const prizes = page.getByRole('region', { name: 'Priser utan poäng' });
    const contestants = page.getByRole('region', { name: 'Tävlande', exact: true });
    expect(await contestants.getByRole('checkbox').count()).toBe(0);

    await prizes.getByRole('button', { name: 'Lägg till Framsteget' }).click();
    await field(page, 'round.prizes.0.title').waitFor();
    expect(await field(page, 'round.prizes.0.title').inputValue()).toBe(FRAMSTEGET.title);
    expect(await Promise.all([0, 1, 2].map((a) => field(page, `round.prizes.0.aspects.${a}.title`).inputValue()))).toEqual(['Nytt', 'Skapar värde', 'Används']);

    // Only in the prize: no class, and until the prize is ticked, neither — said beside the contestant.
    await field(page, 'contestants.0.name').fill('Förskolan Solrosen');
    await field(page, 'contestants.0.class').selectOption({ label: 'Ingen – bara priser' });
    await contestants.getByText('Förskolan Solrosen har varken en tävlingsklass eller ett pris').waitFor();
    const entered = contestants.getByRole('checkbox', { name: `Förskolan Solrosen deltar i ${FRAMSTEGET.title}` });
    await entered.focus();
    await page.keyboard.press('Space');
    expect(await entered.isChecked()).toBe(true);
    expect(await contestants.getByText('har varken en tävlingsklass').count()).toBe(0);

    // A new id: the entrant follows it.
    await field(page, 'round.prizes.0.id').fill('framsteget-2027');
    await page.keyboard.press('Enter');
    expect(await entered.isChecked()).toBe(true);
    expect(await page.getByText('som inte finns bland omgångens priser').count()).toBe(0);

    // Each field is checked where it stands; an aspect can be added and taken away.
    await field(page, 'round.prizes.0.aspects.1.title').fill('');
    await prizes.getByText('får inte vara tom').waitFor();
    await field(page, 'round.prizes.0.aspects.1.title').fill('Skapar värde');
    await prizes.getByRole('button', { name: 'Lägg till aspekt' }).click();
    await field(page, 'round.prizes.0.aspects.3.title').fill('Sprids');
    await field(page, 'round.prizes.0.aspects.3.description').fill('Andra verksamheter har börjat använda det nya.');
    expect(await prizes.locator('.error').count()).toBe(0);
    await prizes.scrollIntoViewIfNeeded();
    await screenshot(page, 'round-setup-prizes');
    await expectAccessible(page, 'round set-up, prizes');
    await prizes.getByRole('button', { name: /Ta bort aspekten Sprids/ }).click();
    expect(await field(page, 'round.prizes.0.aspects.3.title').count()).toBe(0);

    // Removing the prize takes the contestant out of it; Ångra brings both back.
    await prizes.getByRole('button', { name: `Ta bort ${FRAMSTEGET.title}` }).click();
    expect(await contestants.getByRole('checkbox').count()).toBe(0);
    await contestants.getByText('Förskolan Solrosen har varken en tävlingsklass eller ett pris').waitFor();
    await page.keyboard.press('Control+z');
    await entered.waitFor();
    expect(await entered.isChecked()).toBe(true);
    expect(await field(page, 'round.prizes.0.id').inputValue()).toBe('framsteget-2027');
    await field(page, 'contestants.0.class').scrollIntoViewIfNeeded();
    await screenshot(page, 'round-setup-prizes-contestant');
  });
});
