/**
 * The team's result as the lead sees it, reproduced the way a new user found
 * the defects (issue 14, items 5–9 and 12): one answer to "the team's latest
 * submitted assessment" for the overview and the reports, a reopened revision
 * that leaves the submitted one in use, a member who never submitted named
 * wherever the result is shown, one message per problem, notices that belong
 * to their screen, and saved files that say where they went.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assessmentBytes, exchangeCore, individualCriteria, SOLROSEN } from '../helpers/exchange';
import { samplePath } from '../helpers/samples';
import { tempDir } from '../helpers/temp';
import { agreeThroughBridge, invoke, scoreThroughBridge } from './bridge';
import { launch, screenshot, type Page } from './harness';

const ROUND = 'ku-2026-ovning';
const CECILIA_MISSING = 'Cecilia Ek har inte lämnat in sin individuella bedömning; teamets bedömning bygger inte på den.';
const notices = (page: Page) => page.locator('.notices .notice p');

/** Anna (the lead) has submitted her own assessment, taken in Bilal's file and agreed every criterion; Cecilia never sent hers. */
async function leadWithConsensusDraft(): Promise<{ page: Page; dataDir: string; url: string }> {
  const { facts } = await exchangeCore();
  const bilal = join(tempDir(), 'bilal.kvbedomning');
  writeFileSync(bilal, assessmentBytes(facts, { author: { examinerId: 'e-bilal', name: 'Bilal Haddad' }, criteria: individualCriteria(facts, SOLROSEN, 2) }));

  const { app, page } = await launch();
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Importera fil…' }).click()]);
  await chooser.setFiles(samplePath.round);
  await page.getByRole('heading', { name: 'Kvalitetsutmärkelsen 2026 – övningsomgång', level: 1 }).waitFor();
  await invoke(page, 'round:choose-examiner', { roundId: ROUND, examinerId: 'e-anna', change: false });
  await invoke(page, 'assessment:submit', { assessmentId: await scoreThroughBridge(page, ROUND, SOLROSEN, {}, 'Anna') });
  await page.goto(`${app.url}#/omgang/${ROUND}`);
  const [files] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Importera bedömningar…' }).click()]);
  await files.setFiles([bilal]);
  await page.getByRole('dialog', { name: 'Importera bedömningsfiler' }).getByRole('button', { name: 'Importera 1 fil' }).click();
  await page.getByRole('dialog', { name: 'Importen är klar' }).getByRole('button', { name: 'Stäng' }).click();

  // The agreeing itself is not what this test is about: through the bridge, as the consensus test's lead does it by hand.
  const id = await agreeThroughBridge(page, ROUND, SOLROSEN);
  await invoke(page, 'consensus:set-team', { assessmentId: id, change: { field: 'summary', value: 'Förskolan har ett lärande arbetssätt.' } });
  await invoke(page, 'consensus:set-team', { assessmentId: id, change: { field: 'nomination', value: 'winner' } });
  return { page, dataDir: app.dataDir, url: app.url };
}

async function openRound(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Kvalitetsutmärkelsen 2026 – övningsomgång' }).or(page.getByRole('button', { name: 'Kvalitetsutmärkelsen 2026 – övningsomgång' })).first().click();
  await page.getByRole('heading', { name: 'Kvalitetsutmärkelsen 2026 – övningsomgång', level: 1 }).waitFor();
}

async function juryRow(page: Page) {
  await page.getByRole('button', { name: 'Översikt för domarkommittén' }).click();
  await page.getByRole('heading', { name: 'Översikt för domarkommittén', level: 1 }).waitFor();
  return page.getByRole('row', { name: /Förskolan Solrosen/ });
}

describe('the team\'s result in Chromium', () => {
  it('names who never submitted, is the same team result in the overview and the reports, and stays usable while revision 2 is open', async () => {
    const { page, dataDir, url } = await leadWithConsensusDraft();

    // Item 7: the submit dialog says Cecilia's assessment is not in the team's.
    await page.reload();
    await page.getByRole('button', { name: 'Öppna konsensus: Förskolan Solrosen' }).click();
    await page.getByRole('button', { name: 'Lämna in teamets bedömning…' }).click();
    const submit = page.getByRole('dialog', { name: 'Lämna in teamets konsensusbedömning av Förskolan Solrosen?' });
    await submit.getByText(CECILIA_MISSING).waitFor();
    await screenshot(page, 'team-result-1-submit-names-missing');
    await submit.getByRole('button', { name: 'Lämna in' }).click();
    await page.getByRole('button', { name: 'Exportera…' }).waitFor();

    // Item 6: the overview shows the lead's own submitted consensus (it said "Ingen konsensusfil har kommit in").
    await openRound(page);
    const row = await juryRow(page);
    await expect.poll(() => row.textContent()).toContain(CECILIA_MISSING);
    expect(await row.textContent()).toContain('Anna Linds team');
    expect(await row.textContent()).not.toMatch(/Ingen konsensusfil|inte inlämnad/);
    expect(await row.textContent()).toContain('Vinnare');
    await screenshot(page, 'team-result-2-overview');

    // The reports build on the very same file; the bedömning names Cecilia too. Item 12: the notice says the folder.
    await openRound(page);
    await page.getByRole('button', { name: 'Rapporter' }).click();
    await page.getByText('Av teamets konsensusbedömning, revision 1, från Anna Lind').first().waitFor();
    await page.getByRole('button', { name: 'Skapa PDF: Bedömning – Förskolan Solrosen' }).click();
    const exportDir = join(dataDir, 'exporter');
    const saved = notices(page).filter({ hasText: /^Sparade 2026-bedomning-forskolan-solrosen\.pdf/ });
    await expect.poll(() => saved.textContent()).toMatch(new RegExp(`^Sparade 2026-bedomning-forskolan-solrosen\\.pdf \\(\\d+ sidor\\) i mappen ${exportDir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.`));
    await screenshot(page, 'team-result-3-reports-saved');
    const pdf = execFileSync('pdftotext', [join(exportDir, '2026-bedomning-forskolan-solrosen.pdf'), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(pdf).toContain(CECILIA_MISSING);
    expect(pdf).toContain('Teamets förslag vinnare');
    expect(pdf).toMatch(/Datum \d{1,2} (januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december) \d{4}/);

    // Item 9: a notice belongs to its screen — the next screen starts clean; a notice can be closed.
    await page.getByRole('link', { name: 'Kvalitetsutmärkelsen 2026 – övningsomgång' }).or(page.getByRole('button', { name: 'Kvalitetsutmärkelsen 2026 – övningsomgång' })).first().click();
    await page.getByRole('heading', { name: 'Kvalitetsutmärkelsen 2026 – övningsomgång', level: 1 }).waitFor();
    expect(await notices(page).count()).toBe(0);

    // Item 5: opening revision 2 says what stays in use, and revision 1 still makes the reports and the overview.
    await page.getByRole('button', { name: 'Öppna konsensus: Förskolan Solrosen' }).click();
    await page.getByRole('button', { name: 'Öppna en ny revision…' }).click();
    const reopen = page.getByRole('dialog', { name: 'Öppna en ny revision?' });
    await reopen.getByText('Tills revision 2 är inlämnad bygger rapporterna och översikten för domarkommittén på den inlämnade revision 1.').waitFor();
    await screenshot(page, 'team-result-4-reopen');
    await reopen.getByRole('button', { name: 'Öppna revision 2' }).click();
    await page.getByText('Utkast', { exact: true }).waitFor();
    await notices(page).filter({ hasText: 'En ny revision är öppnad.' }).getByRole('button', { name: 'Stäng' }).click().catch(() => undefined);
    await openRound(page);
    await page.getByRole('button', { name: 'Rapporter' }).click();
    await page.getByText('Av teamets konsensusbedömning, revision 1, från Anna Lind').first().waitFor();
    expect(await page.getByText('Teamets bedömning är inte inlämnad ännu.').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Skapa PDF: Bedömning – Förskolan Solrosen' }).isDisabled()).toBe(false);
    await screenshot(page, 'team-result-5-reports-during-revision-2');
    await openRound(page);
    const during = await juryRow(page);
    await expect.poll(() => during.textContent()).toContain('Vinnare');

    // Item 12: the settings say where browser mode puts saved files.
    await page.goto(`${url}#/installningar`);
    const where = page.getByRole('region', { name: 'Var dina uppgifter finns' });
    await where.getByText(exportDir, { exact: true }).waitFor();
    await screenshot(page, 'team-result-6-settings');
  });

  it('choosing a score says each missing thing once (it showed three boxes, the first repeating the other two)', async () => {
    const { page } = await launch();
    await page.getByRole('button', { name: 'Öppna övningsomgången' }).click();
    await page.getByRole('button', { name: 'Välj vem du är…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Vem är du i den här omgången?' });
    await dialog.getByRole('radio', { name: /Anna Lind/ }).check();
    await dialog.getByRole('button', { name: 'Det är jag' }).click();
    await page.getByRole('button', { name: 'Bedöm: Förskolan Solrosen' }).click();
    await page.getByRole('radio', { name: '60 %, Systematiskt' }).click();
    const warnings = page.getByRole('list', { name: 'Att se över' }).getByRole('listitem');
    await expect.poll(() => warnings.allTextContents()).toEqual([
      '⊘Måste åtgärdas: Kriteriepaketet kräver minst 1 styrka per kriterium (nu 0).',
      '⊘Måste åtgärdas: Kriteriepaketet kräver minst 1 förbättringsområde per kriterium (nu 0).',
    ]);
    await screenshot(page, 'team-result-7-score-warnings');
  });
});
