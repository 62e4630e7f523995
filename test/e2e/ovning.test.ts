import { describe, expect, it } from 'vitest';
import { expectAccessible } from './a11y';
import { launch, screenshot } from './harness';

describe('the övningsomgång in Chromium', () => {
  it('opens from the welcome card, shows the round, and browses a criterion\'s bands — marked as övningsmaterial', async () => {
    const { page } = await launch();
    await page.getByRole('heading', { name: 'Välkommen till Examinator' }).waitFor();
    await screenshot(page, 'ovning-1-welcome');
    await page.getByRole('button', { name: 'Öppna övningsomgången' }).click();

    // The round overview: teams, members, contestants with class and document, deadlines.
    await page.getByRole('heading', { name: 'Kvalitetsutmärkelsen 2026 – övningsomgång', level: 1 }).waitFor();
    await page.getByRole('note').filter({ hasText: 'Övningsmaterial — signerat med exempelnyckeln' }).waitFor();
    await page.getByRole('heading', { name: 'Anna Linds team' }).waitFor();
    await page.getByRole('heading', { name: 'David Olssons team' }).waitFor();
    await page.getByRole('heading', { name: 'Förskolan Solrosen' }).waitFor();
    await page.getByRole('heading', { name: 'Förskolan Blåklinten' }).waitFor();
    // Two teams, each with its lead.
    expect(await page.getByText('Utvärderingsledare').count()).toBe(2);
    await page.getByText('Äldreomsorg (inklusive myndighetsutövning)').waitFor();
    await page.getByRole('heading', { name: 'Tidsplan' }).waitFor();
    await page.getByText('30 sidor').first().waitFor();
    await expectAccessible(page, 'round overview');
    await screenshot(page, 'ovning-2-round');

    // The contestant's document opens in the reader, and the round's documents can be searched.
    await page.getByRole('button', { name: 'Läs Verksamhetsbeskrivning från Lindgårdens vård- och omsorgsboende' }).click();
    await page.locator('.pdf-page canvas, canvas').first().waitFor();
    await page.goBack();
    await page.getByRole('button', { name: 'Sök i dokumenten' }).click();
    const search = page.getByRole('searchbox').first();
    await search.fill('klagomål');
    await search.press('Enter');
    await page.getByText('Förskolan Solrosen').first().waitFor();
    await page.getByText(/Lindgården/).first().waitFor();
    await page.goBack();
    await page.getByRole('heading', { name: 'Anna Linds team' }).waitFor();

    await page.getByRole('button', { name: 'Visa kriterierna' }).click();
    await page.getByRole('heading', { name: 'Kvalitetsutmärkelsen 2026 – exempelkriterier', level: 1 }).waitFor();
    await expectAccessible(page, 'criteria browser, package overview');
    await screenshot(page, 'ovning-3-criteria-overview');

    const nav = page.getByRole('navigation', { name: 'Områden och kriterier' });
    await nav.getByRole('button', { name: /^2\.3 / }).click();
    await page.getByRole('heading', { level: 1, name: /2\.3/ }).waitFor();
    const bands = page.getByRole('table', { name: 'Nivåer på skalan Bedömningsskala för arbetssätt' });
    const labels = await bands.getByRole('rowheader').allTextContents();
    expect(labels).toEqual(['Underlag saknas', 'Början', 'Delvis systematiskt', 'Systematiskt', 'Väl integrerat', 'Förebildligt']);
    await bands.getByRole('cell', { name: '10–20 %' }).waitFor();
    await page.getByRole('heading', { name: 'Frågor till den tävlande' }).waitFor();
    await page.getByRole('heading', { name: 'Vägledning för examinatorer' }).waitFor();
    await page.getByRole('note').filter({ hasText: 'Övningsmaterial — signerat med exempelnyckeln' }).waitFor();
    expect(await nav.getByRole('button', { name: /^2\.3 / }).getAttribute('aria-current')).toBe('page');
    await expectAccessible(page, 'criteria browser, a criterion with its bands');
    await screenshot(page, 'ovning-4-criterion-bands');

    // A reload keeps the criterion (the route lives in the URL); the breadcrumbs lead back to the round.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: /2\.3/ }).waitFor();
    await page.getByRole('navigation', { name: 'Du är här' }).getByRole('button', { name: 'Kvalitetsutmärkelsen 2026 – övningsomgång' }).click();
    await page.getByRole('heading', { name: 'Anna Linds team' }).waitFor();
    await page.getByRole('button', { name: 'Examinator – till startsidan' }).click();
    await page.getByRole('button', { name: 'Kvalitetsutmärkelsen 2026 – övningsomgång' }).waitFor();
    expect(await page.getByRole('heading', { name: 'Välkommen till Examinator' }).count()).toBe(0);
    await screenshot(page, 'ovning-5-start-with-round');

    // Radera omgången: confirmed deliberately, then nothing of it is left on the start screen.
    await page.getByRole('button', { name: 'Kvalitetsutmärkelsen 2026 – övningsomgång' }).click();
    await page.getByRole('button', { name: 'Radera omgången…' }).click();
    const dialog = page.getByRole('dialog');
    await expectAccessible(page, 'round deletion dialog');
    await screenshot(page, 'ovning-6-delete-dialog');
    await dialog.getByRole('checkbox', { name: 'Jag förstår att raderingen inte kan ångras' }).check();
    await dialog.getByRole('button', { name: 'Radera permanent' }).click();
    await page.getByRole('heading', { name: 'Inga tävlingsomgångar ännu' }).waitFor();
    await page.getByText(/är raderad från den här datorn, med 5 dokument/).waitFor();
  });
});
