/**
 * Domarkommitténs work in Chromium, from the teams' files to the teams again.
 * Stadsledningskontoret imports the consensus files and holds the first
 * meeting (site visits chosen, the export refused until every contestant has a
 * choice); the site-visit files then arrive; the final meeting decides a
 * winner with a citation in Förskola, an honourable mention there too, and no
 * winner in Äldreomsorg. Both decisions are exported signed and their
 * protokoll made from the jury screen (read back with pdftotext: each
 * decision, citation and basis line). A team lead, on a computer of her own,
 * imports both files and sees the result on the round and in the consensus.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { verifyDecisionBytes } from '../../electron/core/jury/decision-file';
import { keyIdOf } from '../../electron/core/packages/keys';
import { fingerprint } from '../../shared/fingerprint';
import { exampleTrust } from '../helpers/bundles';
import { EKBACKEN, exchangeCore, LINDGARDEN, newKey, ROUND, roundVariantFile, SOLROSEN } from '../helpers/exchange';
import { pdfText } from '../helpers/pdf';
import { EXAMPLE_KEY_ID, samplePath } from '../helpers/samples';
import { consensusBytes, siteVisitBytes } from '../helpers/team-files';
import { tempDir } from '../helpers/temp';
import { expectAccessible } from './a11y';
import { launch, screenshot, type Page } from './harness';
import { chooseFiles, chooseWho, importAssessments, importRound } from './round-session';

const WINNER = 'För ett förbättringsarbete som når varje barn.';
const MENTION = 'För ett lärande som bygger på barnens egna frågor.';
const SOLROSEN_NAME = 'Förskolan Solrosen';
const EKBACKEN_NAME = 'Förskolan Ekbacken';
const LINDGARDEN_NAME = 'Lindgårdens vård- och omsorgsboende';

async function teamFiles(dir: string) {
  const { facts } = await exchangeCore({ round: 'jury' });
  const anna = newKey();
  const david = newKey();
  const files = {
    solrosen: consensusBytes(facts, SOLROSEN, 'e-anna', { 'e-anna': 0, 'e-bilal': 1 }, true, anna),
    ekbacken: consensusBytes(facts, EKBACKEN, 'e-anna', { 'e-anna': 3, 'e-cecilia': 2 }, true, anna),
    lindgarden: consensusBytes(facts, LINDGARDEN, 'e-david', { 'e-david': 5, 'e-erik': 2 }, false, david),
    solrosenVisit: siteVisitBytes(facts, SOLROSEN, 'e-anna', { 'e-anna': 0, 'e-bilal': 1 }, 10, 'winner', anna),
    ekbackenVisit: siteVisitBytes(facts, EKBACKEN, 'e-anna', { 'e-anna': 3, 'e-cecilia': 2 }, 0, 'honourable-mention', anna),
  };
  const paths = Object.fromEntries(Object.keys(files).map((name) => [name, join(dir, `${name}.kvbedomning`)])) as Record<keyof typeof files, string>;
  for (const [name, bytes] of Object.entries(files)) writeFileSync(paths[name as keyof typeof files], bytes);
  const sha = (name: keyof typeof files) => createHash('sha256').update(files[name]).digest('hex');
  return { paths, sha, annaPrint: fingerprint(keyIdOf(anna)), davidPrint: fingerprint(keyIdOf(david)) };
}

/** Exports the meeting's decision signed with the example key (the chooser answered as a person would). */
async function exportDecision(page: Page) {
  await chooseFiles(page, () => page.getByRole('button', { name: 'Signera och exportera beslutet…' }).click(), samplePath.privateKey);
}

/** The jury screen shows one class at a time: the class picker's button for `name`. */
async function openClass(page: Page, name: RegExp) {
  await page.getByRole('navigation', { name: 'Tävlingsklasser' }).getByRole('button', { name }).click();
  await page.getByRole('button', { name, pressed: true }).waitFor();
}

async function holdMeeting(page: Page, date: string) {
  await page.getByLabel('Mötesdatum').fill(date);
  await page.getByLabel('Ledamöter (en per rad)').fill('Karin Ek\nPer Berg');
  await page.getByRole('button', { name: 'Spara mötet' }).click();
}

/** "Skapa beslutsprotokoll…" on the jury screen; the PDF's text as pdftotext reads it. */
async function protokollText(page: Page, dataDir: string, fileName: string) {
  const button = page.getByRole('button', { name: 'Skapa beslutsprotokoll…' });
  await expect.poll(() => button.isEnabled()).toBe(true);
  await button.click();
  await page.getByText(new RegExp(`^Sparade ${fileName.replace(/\./g, '\\.')} \\(\\d+ sid`)).waitFor({ timeout: 30_000 });
  return pdfText(join(dataDir, 'exporter', fileName));
}

describe('the jury in Chromium, and back to the teams', () => {
  it('first meeting, site-visit files, final meeting, both exported with their protokoll; a team lead imports them and sees the result', async () => {
    const dir = tempDir('examinator-e2e-jury-');
    const bundle = await roundVariantFile('jury', dir);
    const team = await teamFiles(dir);

    const office = await launch();
    const { page } = office;
    await importRound(page, bundle);
    await chooseWho(page, /Stadsledningskontoret/);
    await importAssessments(page, [team.paths.solrosen, team.paths.ekbacken, team.paths.lindgarden]);
    await page.getByRole('button', { name: 'Översikt för domarkommittén' }).click();
    await page.getByRole('button', { name: 'Domarkommitténs arbetsyta' }).click();
    await page.getByRole('heading', { name: 'Domarkommittén – Första mötet – platsbesök', level: 1 }).waitFor();
    const protokoll = page.getByRole('button', { name: 'Skapa beslutsprotokoll…' });
    expect(await protokoll.isDisabled()).toBe(true);
    await page.getByText('Beslutsprotokollet kan skapas när beslutet är komplett och exporterat.').waitFor();
    await holdMeeting(page, '2027-02-10');

    // Site visits: Solrosen clicked twice (still chosen), Ekbacken by keyboard, Lindgården none.
    const visit = (name: string) => page.getByRole('group', { name: `Platsbesök för ${name}` });
    await visit(SOLROSEN_NAME).getByRole('radio', { name: 'Platsbesök', exact: true }).click();
    await visit(SOLROSEN_NAME).getByRole('radio', { name: 'Platsbesök', exact: true }).click();
    await visit(EKBACKEN_NAME).getByRole('radio', { name: 'Platsbesök', exact: true }).focus();
    await page.keyboard.press('Space');
    await page.getByText(`${EKBACKEN_NAME}: inget val om platsbesök.`).waitFor({ state: 'detached' });
    await exportDecision(page);
    await page.getByText(/Beslutet kan exporteras först när varje tävlande i klassen har val om platsbesök\. Saknas: Äldreomsorg .*\(Lindgårdens vård- och omsorgsboende\)\./).waitFor();
    await openClass(page, /^Äldreomsorg/);
    await visit(LINDGARDEN_NAME).getByRole('radio', { name: 'Inget platsbesök' }).click();
    await page.getByText(`${LINDGARDEN_NAME}: inget val om platsbesök.`).waitFor({ state: 'detached' });
    await page.getByText('Exportera beslutet först: protokollet återger den signerade beslutsfilen.').waitFor();
    await exportDecision(page);
    await page.getByText(/^Beslutet \(revision 1\) är signerat och sparat i "ku-2026-ovning-beslut-forsta-motet-r1\.kvbeslut"/).waitFor();
    const firstFile = join(office.app.dataDir, 'exporter', 'ku-2026-ovning-beslut-forsta-motet-r1.kvbeslut');
    expect(verifyDecisionBytes(readFileSync(firstFile), exampleTrust()).file.classes.map((c) => c.contestants.map((e) => 'siteVisit' in e && e.siteVisit))).toEqual([[true, true], [false]]);
    const first = await protokollText(page, office.app.dataDir, '2026-beslutsprotokoll-forsta-motet-r1.pdf');
    await screenshot(page, 'jury-1-first-meeting');
    await expectAccessible(page, 'jury workspace, first meeting');
    expect(first).toContain('Första mötet: val av platsbesök');
    expect(first).toContain('Ledamöter Karin Ek och Per Berg');
    expect(first).toContain(`${SOLROSEN_NAME} Platsbesök`);
    expect(first).toContain(`${EKBACKEN_NAME} Platsbesök`);
    expect(first).toContain(`${LINDGARDEN_NAME} Inget platsbesök`);
    expect(first).toContain(`${SOLROSEN_NAME}: Teamets konsensus, revision 1, av Anna Lind SHA-256 ${team.sha('solrosen').slice(0, 16)}`);
    expect(first).toContain(`${LINDGARDEN_NAME}: Teamets konsensus, revision 1, av David Berg SHA-256 ${team.sha('lindgarden').slice(0, 16)}`);
    expect(first).toContain(`· nyckel ${team.davidPrint}`);

    // The site-visit files arrive after the first meeting.
    await page.getByRole('navigation', { name: 'Du är här' }).getByRole('button', { name: 'Kvalitetsutmärkelsen 2026 – övningsomgång' }).click();
    await importAssessments(page, [team.paths.solrosenVisit, team.paths.ekbackenVisit]);
    await page.getByRole('button', { name: 'Översikt för domarkommittén' }).click();
    await page.getByRole('button', { name: 'Domarkommitténs arbetsyta' }).click();
    await page.getByRole('button', { name: 'Till slutmötet' }).click();
    await page.getByRole('heading', { name: 'Domarkommittén – Slutmötet – beslut', level: 1 }).waitFor();
    await holdMeeting(page, '2027-03-15');
    await page.getByLabel(`Beslut för ${SOLROSEN_NAME}`).selectOption('winner');
    await page.getByLabel(`Motivering för ${SOLROSEN_NAME}`).fill(WINNER);
    await page.keyboard.press('Tab');
    await page.getByLabel(`Beslut för ${EKBACKEN_NAME}`).selectOption('honourable-mention');
    await page.getByLabel(`Motivering för ${EKBACKEN_NAME}`).fill(MENTION);
    await page.keyboard.press('Tab');
    await page.getByText(`${EKBACKEN_NAME}: motivering saknas.`).waitFor({ state: 'detached' });
    await openClass(page, /^Äldreomsorg/);
    await page.getByLabel(`Beslut för ${LINDGARDEN_NAME}`).selectOption('none');
    await page.getByRole('button', { name: /^Äldreomsorg.*\(1 tävlande, klar\)/ }).waitFor();
    await exportDecision(page);
    await page.getByText(/^Beslutet \(revision 1\) är signerat och sparat i "ku-2026-ovning-beslut-slutmotet-r1\.kvbeslut"/).waitFor();
    const finalFile = join(office.app.dataDir, 'exporter', 'ku-2026-ovning-beslut-slutmotet-r1.kvbeslut');
    const byId = (a: { contestant: string }, b: { contestant: string }) => a.contestant.localeCompare(b.contestant);
    expect(verifyDecisionBytes(readFileSync(finalFile), exampleTrust()).file.classes.map((c) => [...c.contestants].sort(byId))).toEqual([
      [{ contestant: EKBACKEN, decision: 'honourable-mention', citation: MENTION }, { contestant: SOLROSEN, decision: 'winner', citation: WINNER }],
      [{ contestant: LINDGARDEN, decision: 'none' }],
    ]);
    const final = await protokollText(page, office.app.dataDir, '2026-beslutsprotokoll-slutmotet-r1.pdf');
    await screenshot(page, 'jury-2-final-meeting');
    await expectAccessible(page, 'jury workspace, final meeting');
    expect(final).toContain('Beslutsprotokoll Slutmötet:');
    expect(final).toContain('Mötesdatum 15 mars 2027');
    expect(final).toContain(`${SOLROSEN_NAME} Vinnare ${WINNER}`);
    expect(final).toContain(`${EKBACKEN_NAME} Hedersomnämnande ${MENTION}`);
    expect(final).toMatch(/Äldreomsorg .*Domarkommittén utsåg ingen vinnare i klassen/);
    expect(final).toContain(`${LINDGARDEN_NAME} Inget pris`);
    expect(final).toContain(`${SOLROSEN_NAME}: Konsensus efter platsbesök, revision 2, av Anna Lind SHA-256 ${team.sha('solrosenVisit').slice(0, 16)}`);
    expect(final).toContain(`${EKBACKEN_NAME}: Konsensus efter platsbesök, revision 2, av Anna Lind SHA-256 ${team.sha('ekbackenVisit').slice(0, 16)}`);
    expect(final).toContain(`· nyckel ${team.annaPrint}`);
    expect(final).toContain(`${LINDGARDEN_NAME}: Teamets konsensus, revision 1, av David Berg SHA-256 ${team.sha('lindgarden').slice(0, 16)}`);

    // The team lead, on her own computer: both decisions imported, the same file again changes nothing.
    const lead = await launch();
    await importRound(lead.page, bundle);
    await chooseWho(lead.page, /Anna Lind/);
    const card = lead.page.getByRole('region', { name: 'Domarkommitténs beslut' });
    await card.getByText('Inget beslut har kommit ännu.', { exact: false }).waitFor();
    const importDecision = async (file: string, click: () => Promise<void>) => {
      await chooseFiles(lead.page, click, file);
      const dialog = lead.page.getByRole('dialog', { name: 'Importera domarkommitténs beslut' });
      await dialog.waitFor();
      return dialog;
    };
    const firstDialog = await importDecision(firstFile, () => card.getByRole('button', { name: 'Importera beslut…' }).click());
    await firstDialog.getByText(`${EKBACKEN_NAME}`).waitFor();
    await firstDialog.getByRole('button', { name: 'Importera beslutet' }).click();
    await lead.page.getByText('Domarkommitténs beslut (revision 1) är importerat.').first().waitFor();
    // The import ends by showing the round with the decision; leave only after that, or the app's navigation races the click.
    await card.getByRole('heading', { name: 'Första mötet – platsbesök' }).waitFor();
    await lead.page.getByRole('navigation', { name: 'Du är här' }).getByRole('button', { name: 'Tävlingsomgångar' }).click();
    const finalDialog = await importDecision(finalFile, () => lead.page.getByRole('button', { name: 'Importera fil…' }).click());
    await finalDialog.getByText(fingerprint(EXAMPLE_KEY_ID)).waitFor();
    await screenshot(lead.page, 'jury-3-team-lead-import');
    await expectAccessible(lead.page, 'decision import preview');
    await finalDialog.getByRole('button', { name: 'Importera beslutet' }).click();
    await lead.page.getByRole('heading', { name: 'Kvalitetsutmärkelsen 2026 – övningsomgång', level: 1 }).waitFor();
    const again = await importDecision(finalFile, () => card.getByRole('button', { name: 'Importera beslut…' }).click());
    await again.getByText('Den här revisionen av beslutet finns redan här; ingenting ändras.').waitFor();
    await again.getByRole('button', { name: 'Stäng' }).click();

    const solrosen = lead.page.getByRole('listitem').filter({ has: lead.page.getByRole('heading', { name: SOLROSEN_NAME }) });
    await solrosen.getByRole('group', { name: 'Domarkommitténs beslut' }).getByText(WINNER).waitFor();
    expect(await solrosen.getByRole('group', { name: 'Domarkommitténs beslut' }).textContent()).toBe(`Domarkommittén: Platsbesök (första mötet 2027-02-10) · Vinnare (slutmötet 2027-03-15)${WINNER}`);
    const ekbacken = lead.page.getByRole('listitem').filter({ has: lead.page.getByRole('heading', { name: EKBACKEN_NAME }) });
    expect(await ekbacken.getByRole('group', { name: 'Domarkommitténs beslut' }).textContent()).toContain(`Hedersomnämnande (slutmötet 2027-03-15)${MENTION}`);
    await card.getByText(fingerprint(EXAMPLE_KEY_ID)).first().waitFor();
    await card.getByRole('heading', { name: 'Slutmötet – beslut' }).scrollIntoViewIfNeeded();
    await screenshot(lead.page, 'jury-4-team-lead-round');
    await expectAccessible(lead.page, 'round overview with the jury decision');

    // The consensus screen of Solrosen says the jury's word too (opened by its address: her own consensus is on another computer).
    await lead.page.goto(`${lead.app.url}#/omgang/${ROUND}/konsensus/${SOLROSEN}`);
    const strip = lead.page.getByRole('group', { name: 'Domarkommitténs beslut' });
    await strip.getByText(WINNER).waitFor();
    await screenshot(lead.page, 'jury-5-team-lead-consensus');
  });
});
