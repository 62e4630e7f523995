/**
 * The round's feedback policy (round.feedback, formats.md "Feedback policy")
 * in the round set-up, as an office worker edits it: off by default; turned
 * on, each field is checked where it stands; filled in, the round can be signed.
 */
import { describe, expect, it } from 'vitest';
import { expectAccessible } from './a11y';
import { screenshot } from './harness';
import { field, openRoundSetup } from './round-setup-page';

describe('the feedback policy in the round set-up (Chromium)', () => {
  it('is turned on, checked field by field, and filled in by keyboard', async () => {
    const page = await openRoundSetup();
    const section = page.getByRole('region', { name: 'Återföring till de tävlande' });
    expect(await section.getByRole('combobox').count()).toBe(0);

    const toggle = section.getByRole('checkbox', { name: /Ange hur återföringen ser ut/ });
    await toggle.focus();
    await page.keyboard.press('Space');
    const scores = section.getByRole('combobox', { name: 'Poäng i återföringen' });
    await scores.waitFor();
    expect(await scores.inputValue()).toBe('none');
    await section.getByText('får inte vara tom').first().waitFor();

    await scores.selectOption('bands');
    await field(page, 'round.feedback.sender').fill('Stadsledningskontoret, Stockholms stad');
    await field(page, 'round.feedback.contact.name').fill('Maria Holm');
    await field(page, 'round.feedback.contact.email').fill('maria.holm');
    await section.getByText('är ingen e-postadress').waitFor();
    await field(page, 'round.feedback.contact.email').fill('maria.holm@stockholm.se');
    await field(page, 'round.feedback.contact.phone').fill('08-508 290 00');
    expect(await section.locator('.error').count()).toBe(0);

    // Turned off again, the policy is gone from the round (no scores, no names).
    await toggle.click();
    expect(await section.getByRole('combobox').count()).toBe(0);
    await toggle.click();
    expect(await scores.inputValue()).toBe('none');
    await scores.selectOption('points');
    await field(page, 'round.feedback.sender').fill('Stadsledningskontoret, Stockholms stad');
    await section.scrollIntoViewIfNeeded();
    await screenshot(page, 'round-setup-feedback-policy');
    await expectAccessible(page, 'round set-up, feedback policy');
  });
});
