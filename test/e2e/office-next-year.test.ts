import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateKeyPair } from '../../electron/core/packages/keys';
import { fingerprint } from '../../shared/fingerprint';
import { expectAccessible } from './a11y';
import { field, pick } from './authoring-helpers';
import { launch, type Page, ROOT, screenshot } from './harness';

const OVNING = join(ROOT, 'resources/ovning');
/** The övningsomgång's own documents, in the order of its contestants. */
const DOCUMENTS = join(ROOT, 'scripts/ovning/documents');
const OVNING_DOCUMENTS = ['forskolan-solrosen.pdf', 'forskolan-ekorren.pdf', 'forskolan-blaklinten.pdf', 'lindgarden.pdf', 'framsteget-sprakvaskan.pdf'];


/** Opens every folded section around a field, as a person clicking the summaries would see it. */
async function unfold(page: Page, path: string): Promise<void> {
  await field(page, path).evaluate((element) => {
    for (let d = element.closest('details'); d; d = d.parentElement?.closest('details') ?? null) d.open = true;
  });
}

/** The office's own key pair, as `examinator keygen` makes it. */
function officeKey(): { dir: string; privateKey: string; keyId: string } {
  const dir = mkdtempSync(join(tmpdir(), 'examinator-office-key-'));
  const pair = generateKeyPair();
  writeFileSync(join(dir, 'private.pem'), pair.privatePem, { mode: 0o600 });
  return { dir, privateKey: join(dir, 'private.pem'), keyId: pair.keyId };
}

/** Trusting a key in the dialog an import raises: the public key the office saved, fingerprints compared. */
async function trustWith(page: Page, publicKey: string): Promise<void> {
  const dialog = page.getByRole('dialog', { name: 'Nyckeln är inte betrodd' });
  await dialog.waitFor();
  await pick(page, publicKey, () => dialog.getByRole('button', { name: 'Välj nyckelfil…' }).click());
  await dialog.getByText('Fingeravtrycken stämmer.', { exact: false }).waitFor();
  await dialog.getByRole('button', { name: 'Lita på nyckeln och importera' }).click();
}

describe('stadsledningskontoret starts from last year', () => {
  it('opens last year’s package and round, makes revision 2 and next year’s round, signs both; an examiner imports them', async () => {
    const key = officeKey();
    const office = await launch();
    const page = office.page;
    const exports = join(office.app.dataDir, 'exporter');

    // Last year's package, from its file, as revision 2.
    await page.goto(`${office.app.url}#/kontoret/kriteriepaket`);
    await page.getByRole('heading', { name: 'Kriteriepaket', level: 1 }).waitFor();
    await pick(page, join(OVNING, 'ku-2026-exempel.kvpaket'), () => page.getByRole('button', { name: 'Öppna en paketfil…' }).click());
    await page.getByText('Utgår från ku-2026-exempel revision 1 (revisionen är höjd med ett).').waitFor();
    expect(await field(page, 'package.revision').inputValue()).toBe('2');
    await screenshot(page, 'office-0-package-opened');
    await field(page, 'package.title').fill('Kvalitetsutmärkelsen 2027 – kriterier');
    await field(page, 'package.year').fill('2027');

    // 6.3 for Skola only: each class's total is shown.
    await unfold(page, 'package.areas.5.criteria.2.classes');
    await field(page, 'package.areas.5.criteria.2.classes').getByRole('checkbox', { name: 'Skola', exact: true }).check();
    const totals = page.getByRole('table', { name: /Poäng per tävlingsklass/ });
    await totals.getByRole('row', { name: 'Skola 14 1 000 p' }).waitFor();
    await totals.getByRole('row', { name: 'Förskola 13 900 p' }).waitFor();
    await totals.scrollIntoViewIfNeeded();
    await screenshot(page, 'office-1-class-totals');

    // A message names the field as the form labels it, and agrees with it.
    await field(page, 'package.id').fill('');
    const summary = page.getByRole('status').filter({ hasText: 'innan det kan signeras' });
    await summary.getByRole('button', { name: 'Paketets id: får inte vara tomt' }).waitFor();
    await field(page, 'package.id').fill('ku-2027');

    // The package as a PDF, before signing.
    await page.getByRole('status').filter({ hasText: 'Paketet följer formatet och kan signeras.' }).waitFor();
    await page.getByRole('button', { name: 'Skriv ut som PDF…' }).click();
    await page.getByText(/Kriteriepaketet är sparat som PDF: ku-2027-r2\.pdf/).waitFor();
    const pdf = execFileSync('pdftotext', ['-layout', join(exports, 'ku-2027-r2.pdf'), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(pdf).toContain('Kvalitetsutmärkelsen 2027 – kriterier');
    expect(pdf).toContain('Osignerat utkast');
    expect(pdf).toMatch(/Skola 14 1 000 p/);

    // Signed with the office's key: the whole fingerprint, and the public key to send along.
    await pick(page, key.privateKey, () => page.getByRole('button', { name: 'Signera och spara' }).click());
    const result = page.locator('.sign-and-save').getByRole('status');
    await result.getByText('Kriteriepaketet är signerat och sparat som ku-2027-r2.kvpaket.').waitFor();
    await result.getByText(fingerprint(key.keyId)).waitFor();
    await result.getByRole('button', { name: 'Spara den publika nyckeln…' }).click();
    await result.getByText(/Den publika nyckeln är sparad/).waitFor();
    const publicKey = join(exports, readdirSync(exports).find((name) => name.startsWith('publik-nyckel-'))!);
    // A notice (the PDF again) stacks above the bar, never over its text.
    await page.getByRole('button', { name: 'Skriv ut som PDF…' }).click();
    const notice = page.locator('.notice').last();
    await notice.waitFor();
    const [noticeBox, barBox] = [await notice.boundingBox(), await page.locator('.sign-and-save').boundingBox()];
    expect(noticeBox!.y + noticeBox!.height).toBeLessThanOrEqual(barBox!.y);
    await screenshot(page, 'office-2-package-signed');
    await expectAccessible(page, 'criteria-package editor, revision 2 signed, fingerprint shown');

    // Next year's round from last year's file: contestants kept, documents to choose again; the
    // package just signed is at hand (the office's key is its own).
    await page.goto(`${office.app.url}#/kontoret/omgang`);
    await page.getByRole('heading', { name: 'Ny tävlingsomgång', level: 1 }).waitFor();
    await pick(page, join(OVNING, 'ovningsomgang-2026.kvomgang'), () => page.getByRole('button', { name: 'Öppna en omgångsfil…' }).click());
    await page.getByText(/Utgår från Kvalitetsutmärkelsen 2026 – övningsomgång \(ku-2026-ovning\)/).waitFor();
    expect(await field(page, 'round.id').inputValue()).toBe('ku-2027-ovning');
    expect(await field(page, 'round.title').inputValue()).toBe('Kvalitetsutmärkelsen 2027 – övningsomgång');
    expect(await field(page, 'round.year').inputValue()).toBe('2027');
    expect(await field(page, 'round.deadlines.individual').inputValue()).toBe('2027-09-15');
    expect(await field(page, 'round.deadlines.jury').inputValue()).toBe('2027-11-06');
    expect(await field(page, 'contestants.0.name').inputValue()).toBe('Förskolan Solrosen');
    expect(await field(page, 'examiners.2.name').inputValue()).toBe('Cecilia Ek');
    await field(page, 'criteriaPackage').selectOption({ label: 'Kvalitetsutmärkelsen 2027 – kriterier (revision 2)' });
    for (const [n, document] of OVNING_DOCUMENTS.entries()) {
      await pick(page, join(DOCUMENTS, document), () => page.getByRole('button', { name: 'Välj dokument…' }).nth(n).click());
    }
    await page.getByRole('status').filter({ hasText: 'Omgången följer formatet, utan jäv, och kan signeras.' }).waitFor();
    await screenshot(page, 'office-3-next-year-round');
    await expectAccessible(page, 'round set-up, next year from last year');
    await pick(page, key.privateKey, () => page.getByRole('button', { name: 'Signera och spara' }).click());
    await page.locator('.sign-and-save').getByText('Omgången är signerad och sparad som ku-2027-ovning.kvomgang.').waitFor();
    await page.locator('.sign-and-save').getByText(fingerprint(key.keyId)).waitFor();
    await screenshot(page, 'office-4-round-signed');

    // An examiner's installation imports both, trusting the office's key by its fingerprint.
    const examiner = await launch();
    const e = examiner.page;
    await pick(e, join(exports, 'ku-2027-r2.kvpaket'), () => e.getByRole('button', { name: 'Importera fil…' }).click());
    await trustWith(e, publicKey);
    await e.getByText('Kriteriepaketet "Kvalitetsutmärkelsen 2027 – kriterier" är importerat.').waitFor();
    await e.getByRole('heading', { name: 'Kvalitetsutmärkelsen 2027 – kriterier', level: 1 }).waitFor();
    await e.getByRole('button', { name: 'Examinator – till startsidan' }).click();
    await pick(e, join(exports, 'ku-2027-ovning.kvomgang'), () => e.getByRole('button', { name: 'Importera fil…' }).click());
    await e.getByRole('heading', { name: 'Kvalitetsutmärkelsen 2027 – övningsomgång', level: 1 }).waitFor();
    await e.getByRole('heading', { name: 'Lindgårdens vård- och omsorgsboende' }).waitFor();
    await e.getByText('15 sep 2027').waitFor();
    expect(await e.getByText('Övningsmaterial').count()).toBe(0);
    await screenshot(e, 'office-5-examiner-imported');
    expect(existsSync(join(exports, 'ku-2027-ovning.kvomgang'))).toBe(true);
  });
});
