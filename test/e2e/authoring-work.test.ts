/**
 * Stadsledningskontoret's work that must not go wrong (issue 19): drafts that
 * survive a reload, renames that carry their references, deadlines in order,
 * a package signed here at hand at once, and removals that can be undone.
 */
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { launch, type Page, screenshot } from './harness';

const field = (page: Page, path: string) => page.locator(`#f-${path.replace(/\./g, '-')}`);
const errorAt = (page: Page, path: string) => page.locator(`#f-${path.replace(/\./g, '-')}-error`);

async function pick(page: Page, path: string, trigger: () => Promise<void>): Promise<void> {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), trigger()]);
  await chooser.setFiles(path);
}

/** Types an id as a person does: select all, type, leave the field. */
async function retype(page: Page, path: string, text: string): Promise<void> {
  await field(page, path).click();
  await page.keyboard.press('Control+A');
  await page.keyboard.type(text);
  await page.keyboard.press('Tab');
}

const saved = (page: Page) => page.getByRole('status').filter({ hasText: /Utkastet är sparat/ }).waitFor();

describe("stadsledningskontoret's work in Chromium", () => {
  it('round set-up: deadlines in order, renames carry references, removals undo, and the draft survives a reload until discarded', async () => {
    const { app, page } = await launch();
    await page.goto(`${app.url}#/kontoret/omgang`);
    await page.getByRole('heading', { name: 'Ny tävlingsomgång', level: 1 }).waitFor();
    await page.waitForURL(/#\/kontoret\/omgang\/[0-9a-f-]{36}$/);

    await field(page, 'round.id').pressSequentially('ku-2027');
    await field(page, 'round.title').pressSequentially('Kvalitetsutmärkelsen 2027');
    // Deadlines out of order are named at the later field, in Swedish, at once.
    await field(page, 'round.deadlines.individual').fill('2027-03-01');
    await field(page, 'round.deadlines.consensus').fill('2027-02-01');
    await expect.poll(() => errorAt(page, 'round.deadlines.consensus').textContent()).toContain('kan inte vara före sista dag för individuell bedömning (2027-03-01)');
    await field(page, 'round.deadlines.consensus').scrollIntoViewIfNeeded();
    await screenshot(page, 'work-1-deadlines-out-of-order');
    await field(page, 'round.deadlines.consensus').fill('2027-03-15');
    await field(page, 'round.deadlines.siteVisits').fill('2027-04-01');
    await field(page, 'round.deadlines.jury').fill('2027-05-01');
    await expect.poll(() => errorAt(page, 'round.deadlines.consensus').count()).toBe(0);

    // Renaming the default examiner and contestant: team lag-1 follows, nothing dangles.
    await field(page, 'examiners.0.name').pressSequentially('Anna Lind');
    await retype(page, 'examiners.0.id', 'anna');
    await retype(page, 'contestants.0.id', 'solrosen');
    const team = page.getByRole('group', { name: 'Medlemmar' });
    await expect.poll(() => team.getByRole('checkbox', { name: /Anna Lind/ }).isChecked()).toBe(true);
    expect(await page.getByText(/finns inte längre/).count()).toBe(0);
    expect(await page.getByText(/"e-1"|"c-1"/).count()).toBe(0);
    await expect.poll(() => field(page, 'teams.0.lead').inputValue()).toBe('anna');
    // An id another examiner already has is refused at the field.
    await page.getByRole('button', { name: 'Lägg till examinator' }).click();
    await retype(page, 'examiners.1.id', 'anna');
    await expect.poll(() => errorAt(page, 'examiners.1.id').textContent()).toContain('id:t "anna" används redan');
    await retype(page, 'examiners.1.id', 'bilal');

    // Removing an examiner who is in a team: the team shows the dangling reference, which can be taken away.
    await page.getByRole('checkbox', { name: /^bilal/ }).check();
    await page.getByRole('button', { name: 'Ta bort bilal' }).click();
    const dangling = page.getByRole('checkbox', { name: /bilal finns inte längre bland examinatorerna/ });
    await dangling.waitFor();
    await dangling.scrollIntoViewIfNeeded();
    await screenshot(page, 'work-2-dangling-member');
    await dangling.click();
    await expect.poll(() => page.getByText(/finns inte längre/).count()).toBe(0);

    // Removing the whole team is undone with Ångra (and Ctrl+Z), done again with Gör om.
    await page.getByRole('button', { name: 'Ta bort team lag-1' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Team lag-1' }).count()).toBe(0);
    await page.getByText('Tog bort team lag-1. Ångra (Ctrl+Z) tar tillbaka det.').waitFor();
    await page.getByRole('button', { name: 'Ångra' }).click();
    await page.getByRole('group', { name: 'Medlemmar' }).waitFor();
    expect(await page.getByRole('group', { name: 'Medlemmar' }).getByRole('checkbox', { name: /Anna Lind/ }).isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Gör om' }).click();
    await expect.poll(() => page.getByRole('group', { name: 'Medlemmar' }).count()).toBe(0);
    await page.locator('h1').click();
    await page.keyboard.press('Control+Z');
    await page.getByRole('group', { name: 'Medlemmar' }).waitFor();
    await page.getByRole('heading', { name: 'Team', exact: true }).scrollIntoViewIfNeeded();
    await screenshot(page, 'work-3-team-back-after-undo');

    // A reload (and a restart of the app) keeps all of it.
    await saved(page);
    const url = page.url();
    await page.reload();
    await page.getByRole('heading', { name: 'Ny tävlingsomgång', level: 1 }).waitFor();
    await expect.poll(() => field(page, 'round.title').inputValue()).toBe('Kvalitetsutmärkelsen 2027');
    expect(await field(page, 'round.deadlines.consensus').inputValue()).toBe('2027-03-15');
    expect(await field(page, 'examiners.0.id').inputValue()).toBe('anna');
    expect(await field(page, 'contestants.0.id').inputValue()).toBe('solrosen');
    expect(await field(page, 'teams.0.lead').inputValue()).toBe('anna');
    await app.stop();
    const { app: restarted, page: again } = await launch({ dataDir: app.dataDir, goto: false });
    await again.goto(`${restarted.url}${new URL(url).hash}`);
    await again.getByRole('heading', { name: 'Ny tävlingsomgång', level: 1 }).waitFor();
    await expect.poll(() => field(again, 'round.title').inputValue()).toBe('Kvalitetsutmärkelsen 2027');

    // The hub lists the draft; discarding asks first, and then it is gone.
    await again.getByRole('navigation', { name: 'Du är här' }).getByRole('button', { name: 'Stadsledningskontoret' }).click();
    await again.getByRole('heading', { name: 'Påbörjade utkast' }).waitFor();
    await screenshot(again, 'work-4-drafts-listed');
    await again.getByRole('button', { name: 'Kasta utkastet Kvalitetsutmärkelsen 2027' }).click();
    await again.getByRole('dialog', { name: 'Kasta utkastet?' }).waitFor();
    await screenshot(again, 'work-5-discard-confirm');
    await again.getByRole('button', { name: 'Behåll' }).click();
    expect(await again.getByRole('button', { name: 'Fortsätt med Kvalitetsutmärkelsen 2027' }).count()).toBe(1);
    await again.getByRole('button', { name: 'Kasta utkastet Kvalitetsutmärkelsen 2027' }).click();
    await again.getByRole('dialog').getByRole('button', { name: 'Kasta utkastet' }).click();
    await again.getByText('Utkastet ”Kvalitetsutmärkelsen 2027” är kastat.').waitFor();
    await expect.poll(() => again.getByRole('heading', { name: 'Påbörjade utkast' }).count()).toBe(0);
  });

  it('package editor: a renamed scale keeps its criteria, a removed area comes back with Ångra, the draft survives a reload, and the signed package is at hand in the round set-up with the key known as our own', async () => {
    const { app, page } = await launch();
    const keys = mkdtempSync(join(tmpdir(), 'examinator-office-key-'));
    const { privateKey } = generateKeyPairSync('ed25519');
    writeFileSync(join(keys, 'private.pem'), privateKey.export({ format: 'pem', type: 'pkcs8' }));

    await page.goto(`${app.url}#/kontoret/kriteriepaket`);
    await page.getByRole('heading', { name: 'Kriteriepaket', level: 1 }).waitFor();
    await page.waitForURL(/#\/kontoret\/kriteriepaket\/[0-9a-f-]{36}$/);
    await field(page, 'package.id').pressSequentially('ku-2028');
    await field(page, 'package.title').pressSequentially('Kriterier 2028');
    await field(page, 'package.classes.0.title').fill('Förskola');
    await page.getByText('Skala: skala-1').click();
    await field(page, 'package.scales.0.title').fill('Bedömningsskala');
    await field(page, 'package.scales.0.bands.0.label').fill('Hela skalan');
    await retype(page, 'package.scales.0.id', 'arbetssatt');
    await page.getByText('Område 1').click();
    await field(page, 'package.areas.0.title').fill('Stockholmarnas fokus');
    await page.getByText(/^Kriterium 1\.1/).click();
    await field(page, 'package.areas.0.criteria.0.title').fill('Målgruppernas behov');
    // The criterion follows the renamed scale: nothing to fix.
    await expect.poll(() => field(page, 'package.areas.0.criteria.0.scale').inputValue()).toBe('arbetssatt');
    await page.getByRole('status').filter({ hasText: 'Paketet följer formatet och kan signeras.' }).waitFor();

    // Removing the whole area, then Ångra: it is back with its criterion.
    await page.getByRole('button', { name: 'Ta bort området 1 Stockholmarnas fokus' }).click();
    await expect.poll(() => field(page, 'package.areas.0.title').count()).toBe(0);
    await page.getByRole('button', { name: 'Ångra' }).click();
    await expect.poll(() => field(page, 'package.areas.0.criteria.0.title').inputValue()).toBe('Målgruppernas behov');

    await saved(page);
    await page.reload();
    await page.getByRole('heading', { name: 'Kriteriepaket', level: 1 }).waitFor();
    await expect.poll(() => field(page, 'package.title').inputValue()).toBe('Kriterier 2028');
    expect(await field(page, 'package.scales.0.id').inputValue()).toBe('arbetssatt');
    await page.getByRole('status').filter({ hasText: 'Paketet följer formatet och kan signeras.' }).waitFor();
    await screenshot(page, 'work-6-package-after-reload');

    // Signed with the office's own (new) key: kept here and the key is ours.
    await pick(page, join(keys, 'private.pem'), () => page.getByRole('button', { name: 'Signera och spara' }).click());
    await page.getByText('Kriteriepaketet är signerat och sparat som ku-2028-r1.kvpaket.').waitFor();
    expect(await page.getByText(/Nyckeln är inte betrodd/).count()).toBe(0);
    await page.getByRole('navigation', { name: 'Du är här' }).getByRole('button', { name: 'Stadsledningskontoret' }).click();
    await page.getByRole('button', { name: 'Sätt upp en omgång' }).click();
    await page.getByRole('heading', { name: 'Ny tävlingsomgång', level: 1 }).waitFor();
    await field(page, 'criteriaPackage').selectOption({ label: 'Kriterier 2028 (revision 1)' });
    await page.getByRole('option', { name: 'Förskola' }).waitFor({ state: 'attached' });
    await field(page, 'criteriaPackage').evaluate((element) => element.scrollIntoView({ block: 'center' }));
    await screenshot(page, 'work-7-own-package-in-round-setup');
    await page.goto(`${app.url}#/installningar`);
    await page.getByRole('heading', { name: 'Betrodda nycklar' }).waitFor();
    await page.getByText('Egen nyckel – signerar här').waitFor();
  });
});
