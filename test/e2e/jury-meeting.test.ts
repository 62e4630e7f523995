/**
 * Domarkommitténs arbetsyta in Chromium: stadsledningskontoret imports the
 * team's consensus files, holds the first meeting (site visits chosen, the
 * export refused until every contestant has a choice), then the final meeting
 * (a winner with a citation in one class, no winner in the other), and exports
 * both decisions signed; each file verifies as a receiver checks it.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { verifyDecisionBytes } from '../../electron/core/jury/decision-file';
import { exampleTrust } from '../helpers/bundles';
import { exchangeCore, LINDGARDEN, newKey, SOLROSEN } from '../helpers/exchange';
import { samplePath } from '../helpers/samples';
import { consensusBytes } from '../helpers/team-files';
import { expectAccessible } from './a11y';
import { openBrowser, screenshot, startApp, type BrowserSession, type RunningApp } from './harness';

let app: RunningApp | undefined;
let session: BrowserSession | undefined;
let fileDir: string | undefined;
afterEach(async () => {
  await session?.close();
  await app?.stop();
  if (fileDir) rmSync(fileDir, { recursive: true, force: true });
  session = app = fileDir = undefined;
});

describe('the jury workspace in Chromium', () => {
  it('first meeting chooses site visits, final meeting decides with citations; both exported signed', async () => {
    const { facts } = await exchangeCore();
    const dir = (fileDir = mkdtempSync(join(tmpdir(), 'examinator-e2e-jury-')));
    const teamFiles = [join(dir, 'solrosen-konsensus.kvbedomning'), join(dir, 'lindgarden-konsensus.kvbedomning')];
    const annaKey = newKey();
    writeFileSync(teamFiles[0]!, consensusBytes(facts, SOLROSEN, 'e-anna', { 'e-anna': 0, 'e-bilal': 1 }, true, annaKey));
    writeFileSync(teamFiles[1]!, consensusBytes(facts, LINDGARDEN, 'e-anna', { 'e-anna': 5, 'e-cecilia': 2 }, false, annaKey));

    app = await startApp();
    session = await openBrowser();
    const { page } = session;
    await page.goto(app.url);
    const [roundChooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Importera fil…' }).click()]);
    await roundChooser.setFiles(samplePath.round);
    await page.getByRole('heading', { name: 'Kvalitetsutmärkelsen 2026 – övningsomgång', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Välj vem du är…' }).click();
    const who = page.getByRole('dialog', { name: 'Vem är du i den här omgången?' });
    await who.getByRole('radio', { name: /Stadsledningskontoret/ }).check();
    await who.getByRole('button', { name: 'Det är jag' }).click();
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Importera bedömningar…' }).click()]);
    await chooser.setFiles(teamFiles);
    await page.getByRole('dialog', { name: 'Importera bedömningsfiler' }).getByRole('button', { name: /^Importera \d+ fil/ }).click();
    await page.getByRole('dialog', { name: 'Importen är klar' }).getByRole('button', { name: 'Stäng' }).click();

    await page.getByRole('button', { name: 'Översikt för domarkommittén' }).click();
    await page.getByRole('button', { name: 'Domarkommitténs arbetsyta' }).click();
    await page.getByRole('heading', { name: 'Domarkommittén – Första mötet – platsbesök', level: 1 }).waitFor();
    await page.getByText('Förskolan Solrosen: inget val om platsbesök.').waitFor();
    await page.getByLabel('Mötesdatum').fill('2027-02-10');
    await page.getByLabel('Ledamöter (en per rad)').fill('Karin Ek\nPer Berg');
    await page.getByRole('button', { name: 'Spara mötet' }).click();
    await page.getByRole('group', { name: 'Platsbesök för Förskolan Solrosen' }).getByRole('radio', { name: 'Platsbesök', exact: true }).click();
    await page.getByText('Förskolan Solrosen: inget val om platsbesök.').waitFor({ state: 'detached' });
    await screenshot(page, 'jury-1-first-meeting');
    await expectAccessible(page, 'jury workspace, first meeting');

    // Lindgården still has no choice: the export says so and saves nothing.
    const exportDecision = async () => {
      const [keyChooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Signera och exportera beslutet…' }).click()]);
      await keyChooser.setFiles(samplePath.privateKey);
    };
    await exportDecision();
    await page.getByText(/Beslutet kan exporteras först när varje tävlande i klassen har val om platsbesök\. Saknas: Äldreomsorg .*\(Lindgårdens vård- och omsorgsboende\)\./).waitFor();
    await page.getByRole('group', { name: 'Platsbesök för Lindgårdens vård- och omsorgsboende' }).getByRole('radio', { name: 'Inget platsbesök' }).click();
    await page.getByText('Lindgårdens vård- och omsorgsboende: inget val om platsbesök.').waitFor({ state: 'detached' });
    await exportDecision();
    await page.getByText(/^Beslutet \(revision 1\) är signerat och sparat i "ku-2026-ovning-beslut-forsta-motet-r1\.kvbeslut"/).waitFor();
    const firstFile = join(app.dataDir, 'exporter', 'ku-2026-ovning-beslut-forsta-motet-r1.kvbeslut');
    expect(verifyDecisionBytes(readFileSync(firstFile), exampleTrust()).file.classes.map((c) => c.contestants)).toEqual([
      [{ contestant: SOLROSEN, siteVisit: true }],
      [{ contestant: LINDGARDEN, siteVisit: false }],
    ]);

    // The final meeting: a winner with a citation in Förskola, no winner in Äldreomsorg.
    await page.getByRole('button', { name: 'Till slutmötet' }).click();
    await page.getByRole('heading', { name: 'Domarkommittén – Slutmötet – beslut', level: 1 }).waitFor();
    await page.getByLabel('Mötesdatum').fill('2027-03-15');
    await page.getByLabel('Ledamöter (en per rad)').fill('Karin Ek\nPer Berg');
    await page.getByRole('button', { name: 'Spara mötet' }).click();
    await page.getByLabel('Beslut för Förskolan Solrosen').selectOption('winner');
    await page.getByText('Förskolan Solrosen: motivering saknas.').waitFor();
    await page.getByLabel('Motivering').fill('För ett förbättringsarbete som når varje barn.');
    await page.getByLabel('Motivering').press('Tab');
    await page.getByLabel('Beslut för Lindgårdens vård- och omsorgsboende').selectOption('none');
    await page.getByText('Förskolan Solrosen: motivering saknas.').waitFor({ state: 'detached' });
    await screenshot(page, 'jury-2-final-meeting');
    await expectAccessible(page, 'jury workspace, final meeting');
    await exportDecision();
    await page.getByText(/^Beslutet \(revision 1\) är signerat och sparat i "ku-2026-ovning-beslut-slutmotet-r1\.kvbeslut"/).waitFor();
    const finalFile = join(app.dataDir, 'exporter', 'ku-2026-ovning-beslut-slutmotet-r1.kvbeslut');
    expect(existsSync(finalFile)).toBe(true);
    const final = verifyDecisionBytes(readFileSync(finalFile), exampleTrust()).file;
    expect(final).toMatchObject({ meeting: 'final', meetingDate: '2027-03-15', jury: [{ name: 'Karin Ek' }, { name: 'Per Berg' }] });
    expect(final.classes.map((c) => c.contestants)).toEqual([
      [{ contestant: SOLROSEN, decision: 'winner', citation: 'För ett förbättringsarbete som når varje barn.' }],
      [{ contestant: LINDGARDEN, decision: 'none' }],
    ]);
    expect(final.basis.map((b) => b.contestant).sort()).toEqual([LINDGARDEN, SOLROSEN]);
  });
});
