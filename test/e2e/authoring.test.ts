import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectAccessible } from './a11y';
import { field, pick } from './authoring-helpers';
import { launch, ROOT, screenshot } from './harness';

const SAMPLES = join(ROOT, 'test/fixtures/samples');
const PRIVATE_KEY = join(SAMPLES, 'keys/private.pem');


describe('stadsledningskontoret in Chromium', () => {
  it('builds a criteria package in the editor with live validation, signs it, and imports it again', async () => {
    const { app, page } = await launch();
    await page.getByRole('button', { name: 'Inte nu' }).click();
    await page.getByRole('button', { name: 'För stadsledningskontoret: skapa kriteriepaket och omgångar' }).click();
    await page.getByRole('heading', { name: 'Stadsledningskontoret', level: 1 }).waitFor();
    await screenshot(page, 'authoring-0-hub');
    await expectAccessible(page, 'authoring hub (Stadsledningskontoret)');
    await page.getByRole('button', { name: 'Redigera kriteriepaket' }).click();
    await page.getByRole('heading', { name: 'Kriteriepaket', level: 1 }).waitFor();

    // A new package lists what is missing; signing waits until it is right.
    await page.getByRole('heading', { name: /saker att rätta innan det kan signeras/ }).waitFor();
    expect(await page.getByRole('button', { name: 'Signera och spara' }).isDisabled()).toBe(true);
    await screenshot(page, 'editor-1-new-package');
    await expectAccessible(page, 'criteria-package editor, a new package with problems');

    await field(page, 'package.id').fill('e2e-paket');
    await field(page, 'package.title').fill('Kriterier skapade i redigeraren');
    await field(page, 'package.classes.0.title').fill('Förskola');
    await page.getByText('Skala: skala-1').click();
    await field(page, 'package.scales.0.title').fill('Bedömningsskala');
    await field(page, 'package.scales.0.bands.0.label').fill('Hela skalan');
    // Live validation: a band that stops short of max is named at once.
    await field(page, 'package.scales.0.bands.0.to').fill('90');
    await page.getByText('sista bandet måste sluta på skalans max (100), inte 90').first().waitFor();
    await field(page, 'package.scales.0.bands.0.to').fill('100');
    await page.getByText('Område 1').click();
    await field(page, 'package.areas.0.title').fill('Stockholmarnas fokus');
    await page.getByText('Kriterium 1.1 (50 p)').click();
    await field(page, 'package.areas.0.criteria.0.title').fill('Målgruppernas behov');
    await field(page, 'package.areas.0.criteria.0.points').fill('80');
    await field(page, 'package.areas.0.criteria.0.questions').fill('Hur tar ni reda på behoven?\nHur följer ni upp dem?');
    await page.getByText('Totalt 80 poäng').waitFor();
    await page.getByRole('status').filter({ hasText: 'Paketet följer formatet och kan signeras.' }).waitFor();

    await pick(page, PRIVATE_KEY, () => page.getByRole('button', { name: 'Signera och spara' }).click());
    await page.getByText('Kriteriepaketet är signerat och sparat som e2e-paket-r1.kvpaket.').waitFor();
    await page.getByText(/exempelnyckeln, så filen är övningsmaterial/).waitFor();
    await screenshot(page, 'editor-2-signed');
    await expectAccessible(page, 'criteria-package editor, signed');
    const saved = join(app.dataDir, 'exporter', 'e2e-paket-r1.kvpaket');
    expect(existsSync(saved)).toBe(true);

    // Import what was saved: it opens in the criteria browser, as övningsmaterial.
    await page.getByRole('button', { name: 'Examinator – till startsidan' }).click();
    await pick(page, saved, () => page.getByRole('button', { name: 'Importera fil…' }).click());
    await page.getByRole('heading', { name: 'Kriterier skapade i redigeraren', level: 1 }).waitFor();
    await page.getByRole('note').filter({ hasText: 'Övningsmaterial — signerat med exempelnyckeln' }).waitFor();
    await page.getByRole('navigation', { name: 'Områden och kriterier' }).getByRole('button', { name: /^1\.1 Målgruppernas behov/ }).click();
    await page.getByRole('table', { name: 'Nivåer på skalan Bedömningsskala' }).getByRole('rowheader', { name: 'Hela skalan' }).waitFor();
    await page.getByText('Hur följer ni upp dem?').waitFor();
    await screenshot(page, 'editor-3-reimported');

    // The same file again changes nothing, and says so.
    await pick(page, saved, () => page.getByRole('button', { name: 'Examinator – till startsidan' }).click().then(() => page.getByRole('button', { name: 'Importera fil…' }).click()));
    await page.getByText(/fanns redan på datorn; ingenting ändrades/).waitFor();
  });

  it('sets up a round with the jäv check shown as teams are assigned, signs it, and imports it', async () => {
    const { app, page } = await launch();
    await page.getByRole('button', { name: 'Öppna övningsomgången' }).click();
    await page.getByRole('heading', { name: 'Anna Linds team' }).waitFor();
    await page.goto(`${app.url}#/kontoret/omgang`);
    await page.getByRole('heading', { name: 'Ny tävlingsomgång', level: 1 }).waitFor();

    await field(page, 'round.id').fill('ku-2027-prov');
    await field(page, 'round.title').fill('Provomgång 2027');
    await field(page, 'round.deadlines.individual').fill('2027-09-15');
    await field(page, 'round.deadlines.consensus').fill('2027-09-29');
    await field(page, 'round.deadlines.siteVisits').fill('2027-10-15');
    await field(page, 'round.deadlines.jury').fill('2027-11-05');
    await field(page, 'criteriaPackage').selectOption({ label: 'Kvalitetsutmärkelsen 2026 – exempelkriterier (revision 1) – övningsmaterial' });
    await field(page, 'contestants.0.name').fill('Förskolan Solrosen');
    await field(page, 'contestants.0.organisation').fill('Norrby stadsdelsförvaltning');
    await field(page, 'contestants.0.class').selectOption('forskola');
    await pick(page, join(SAMPLES, 'documents/forskolan-solrosen.pdf'), () => page.getByRole('button', { name: 'Välj dokument…' }).click());
    await page.getByText('documents/forskolan-solrosen.pdf').waitFor();
    await field(page, 'examiners.0.name').fill('Anna Lind');
    await field(page, 'examiners.0.email').fill('anna.lind@norrby.example.se');
    await field(page, 'examiners.0.organisation').fill('Norrby stadsdelsförvaltning');

    // Jäv is shown beside the assignment, and blocks signing.
    const jav = page.getByText('Jäv: Anna Lind och den tävlande tillhör båda Norrby stadsdelsförvaltning');
    await jav.waitFor();
    await jav.scrollIntoViewIfNeeded();
    expect(await page.getByRole('button', { name: 'Signera och spara' }).isDisabled()).toBe(true);
    await screenshot(page, 'round-setup-1-jav');
    await expectAccessible(page, 'round set-up, jäv shown');
    await field(page, 'examiners.0.organisation').fill('Södermalms stadsdelsförvaltning');
    await page.getByRole('status').filter({ hasText: 'Omgången följer formatet, utan jäv, och kan signeras.' }).waitFor();

    await pick(page, PRIVATE_KEY, () => page.getByRole('button', { name: 'Signera och spara' }).click());
    await page.getByText('Omgången är signerad och sparad som ku-2027-prov.kvomgang.').waitFor();
    await screenshot(page, 'round-setup-2-signed');
    await expectAccessible(page, 'round set-up, signed');

    await page.getByRole('button', { name: 'Examinator – till startsidan' }).click();
    await pick(page, join(app.dataDir, 'exporter', 'ku-2027-prov.kvomgang'), () => page.getByRole('button', { name: 'Importera fil…' }).click());
    await page.getByRole('heading', { name: 'Provomgång 2027', level: 1 }).waitFor();
    await page.getByRole('heading', { name: 'Förskolan Solrosen' }).waitFor();
    await page.getByText('15 sep 2027').waitFor();
  });
});
