import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/program';
import { newKey } from '../helpers/assessment-content';
import { bundleBytes } from '../helpers/bundles';
import { forgedCopy } from '../helpers/registered-keys';
import { tempDir } from '../helpers/temp';
import { expectAccessible } from './a11y';
import { invoke, scoreThroughBridge } from './bridge';
import { launch, screenshot, type Page } from './harness';

const ROUND = 'ku-2026-ovning';
const SOLROSEN = 'c-solrosen';

/**
 * The övningsomgång with each examiner's public key (as the installation's
 * Min signeringsnyckel gives it) registered in round.json.
 */
async function roundWithKeys(installations: Record<string, Page>): Promise<string> {
  const keys: Record<string, string> = {};
  for (const [id, page] of Object.entries(installations)) keys[id] = (await invoke(page, 'identity:get', {})).publicKeyPem;
  const path = join(tempDir(), 'omgang-med-nycklar.kvomgang');
  writeFileSync(path, await bundleBytes({ editRound: (round) => round.examiners.forEach((e) => keys[e.id] && (e.signingKey = keys[e.id])) }));
  return path;
}

/** Imports the round through the dialog and says who I am through the round screen. */
async function joinRound(page: Page, name: string, bundle: string): Promise<void> {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Importera fil…' }).click()]);
  await chooser.setFiles(bundle);
  await page.getByRole('heading', { name: 'Kvalitetsutmärkelsen 2026 – övningsomgång', level: 1 }).waitFor();
  await page.getByRole('button', { name: 'Välj vem du är…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Vem är du i den här omgången?' });
  await dialog.getByRole('radio', { name: new RegExp(name) }).check();
  await dialog.getByRole('button', { name: 'Det är jag' }).click();
  await page.getByRole('heading', { name: new RegExp(`Du är ${name}`) }).waitFor();
}

/**
 * Scores Solrosen through the bridge (every criterion a score, a strength and an
 * improvement area with evidence), then submits and exports on the desk, as the examiner would.
 */
async function scoreAndExport(page: Page, dataDir: string, scores: Record<string, number>, voice: string): Promise<string> {
  await scoreThroughBridge(page, ROUND, SOLROSEN, scores, voice);
  await page.getByRole('button', { name: 'Bedöm: Förskolan Solrosen' }).or(page.getByRole('button', { name: 'Fortsätt bedöma: Förskolan Solrosen' })).click();
  await page.getByRole('button', { name: 'Lämna in min bedömning…' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Lämna in' }).click();
  await page.getByRole('button', { name: 'Exportera…' }).click();
  const dialog = page.getByRole('dialog', { name: /Exportera din bedömning/ });
  await dialog.getByRole('button', { name: 'Exportera…' }).click();
  const saved = await page.getByText(/^Sparade (.+\.kvbedomning) \(revision 1\)/).textContent();
  const fileName = /Sparade (\S+\.kvbedomning)/.exec(saved ?? '')![1]!;
  const path = join(dataDir, 'exporter', fileName);
  expect(existsSync(path)).toBe(true);
  return path;
}

async function importAssessments(page: Page, files: string[], result = 'Importen är klar'): Promise<void> {
  await page.getByRole('button', { name: 'Tävlingsomgångar' }).first().click().catch(() => undefined);
  await page.getByRole('link', { name: 'Kvalitetsutmärkelsen 2026 – övningsomgång' }).or(page.getByRole('button', { name: 'Kvalitetsutmärkelsen 2026 – övningsomgång' })).first().click();
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Importera bedömningar…' }).click()]);
  await chooser.setFiles(files);
  await page.getByRole('dialog', { name: 'Importera bedömningsfiler' }).getByRole('button', { name: /^Importera \d+ fil/ }).click();
  await page.getByRole('dialog', { name: result }).getByRole('button', { name: 'Stäng' }).click();
}

describe('consensus between three installations in Chromium', () => {
  it('in a round with the examiners’ keys registered: three examiners score and export; the lead runs consensus and the site visit; a forged team file is refused everywhere', async () => {
    const anna = await launch();
    const bilal = await launch();
    const cecilia = await launch();
    const bundle = await roundWithKeys({ 'e-anna': anna.page, 'e-bilal': bilal.page, 'e-cecilia': cecilia.page });
    await joinRound(anna.page, 'Anna Lind', bundle);
    await joinRound(bilal.page, 'Bilal Haddad', bundle);
    await joinRound(cecilia.page, 'Cecilia Ek', bundle);
    await screenshot(anna.page, 'consensus-0-round-with-keys');
    const files = {
      anna: await scoreAndExport(anna.page, anna.app.dataDir, { '1.1': 50, '2.1': 60 }, 'Anna'),
      bilal: await scoreAndExport(bilal.page, bilal.app.dataDir, { '1.1': 20, '2.1': 60 }, 'Bilal'),
      cecilia: await scoreAndExport(cecilia.page, cecilia.app.dataDir, { '1.1': 60, '2.1': 70 }, 'Cecilia'),
    };
    expect(files.anna).toMatch(/2026-forskolan-solrosen-individuell-anna-lind-r1\.kvbedomning$/);

    // The lead takes in the two others' files and starts the consensus from the round.
    const { page } = anna;
    await importAssessments(page, [files.bilal, files.cecilia]);
    await page.getByText('Konsensus: 3 av 3 bedömningar här').waitFor();
    await page.getByRole('button', { name: 'Förbered konsensus: Förskolan Solrosen' }).click();
    await page.getByRole('heading', { name: 'Konsensus för Förskolan Solrosen' }).waitFor();
    await screenshot(page, 'consensus-1-start');
    await expectAccessible(page, 'consensus: before starting');
    await page.getByRole('button', { name: 'Starta konsensus' }).click();

    // The matrix: every score side by side; 1.1 (20–60) must be discussed and comes first on the agenda.
    const matrix = page.getByRole('table', { name: 'Poäng per examinator och teamets poäng' });
    await matrix.waitFor();
    const row11 = matrix.getByRole('row', { name: /^1\.1/ });
    expect((await row11.getByRole('cell').allTextContents()).slice(0, 4)).toEqual(['50', '20', '60', '43,3']);
    const agenda = page.getByRole('navigation', { name: 'Dagordning' });
    await expect.poll(() => agenda.getByRole('button').first().textContent()).toMatch(/^○1\.1.*⚠ Diskutera/);
    await screenshot(page, 'consensus-2-matrix');
    await expectAccessible(page, 'consensus workspace');

    // 1.1: merge Anna's and Bilal's strengths into one team strength, take Cecilia's improvement area.
    await agenda.getByRole('button', { name: /^1\.1 / }).click();
    await page.getByRole('heading', { name: /^1\.1 / }).waitFor();
    await page.getByRole('checkbox', { name: 'Välj för sammanslagning: Anna ser en styrka i 1.1.' }).check();
    await page.getByRole('checkbox', { name: 'Välj för sammanslagning: Bilal ser en styrka i 1.1.' }).check();
    await page.getByRole('button', { name: 'Slå ihop till teamets styrka' }).click();
    const teamStrength = page.getByRole('textbox', { name: 'Teamets styrka 1' });
    await expect.poll(() => teamStrength.inputValue()).toBe('Anna ser en styrka i 1.1. Bilal ser en styrka i 1.1.');
    await page.getByText('Från AL, BH').waitFor();
    await page.getByRole('button', { name: 'Ta med i teamets lista: Cecilia ser ett förbättringsområde i 1.1.' }).click();
    await page.getByRole('textbox', { name: 'Teamets förbättringsområde 1' }).waitFor();
    await teamStrength.fill('Målen för barnens lärande är tydliga och följs upp.');
    await teamStrength.blur();
    // The team agrees on 70, above everyone's score: a rationale is required.
    await page.getByRole('radiogroup', { name: 'Poäng för 1.1' }).getByRole('radio', { name: /^70/ }).click();
    await page.getByText('Konsensuspoängen 70 ligger utanför de individuella poängen (20–60): skriv teamets motivering.', { exact: false }).waitFor();
    await page.getByRole('textbox', { name: /Motivering till teamets poäng/ }).fill('Dokumentet visar en uppföljning som ingen av oss vägde in fullt ut.');
    await page.getByRole('textbox', { name: /Motivering till teamets poäng/ }).blur();
    await page.getByRole('checkbox', { name: /Teamet har diskuterat kriteriet/ }).check();
    await expect.poll(() => agenda.getByRole('button').first().textContent()).toMatch(/^●1\.1.*✓ Diskuterat/);
    await screenshot(page, 'consensus-3-criterion');
    await expectAccessible(page, 'consensus: one criterion with members\' comments');

    // The rest of the criteria as quickly as a practised lead would: each member's first comments taken in.
    const view = await invoke(page, 'consensus:open', { roundId: ROUND, contestantId: SOLROSEN });
    for (const criterion of view.sources[0]!.criteria.filter((c) => c.criterionId !== '1.1')) {
      for (const kind of ['strength', 'improvement'] as const) {
        const comment = (kind === 'strength' ? criterion.strengths : criterion.improvements)[0]!;
        await invoke(page, 'consensus:take', { assessmentId: view.editable!.id, criterionId: criterion.criterionId, kind, picks: [{ examinerId: 'e-anna', commentId: comment.id }] });
      }
    }
    // The team's overall part: summary, a next step, the recommendation.
    await agenda.getByRole('button', { name: /Teamets helhet/ }).click();
    await page.getByRole('textbox', { name: 'Sammanfattning av de viktigaste iakttagelserna' }).fill('Förskolan arbetar målmedvetet med barnens lärande.\n\nUppföljningen kan bli mer systematisk.');
    await page.getByRole('button', { name: 'Lägg till nästa steg' }).click();
    await page.getByRole('textbox', { name: 'Nästa steg 1' }).fill('Följ upp målen varje termin och sprid arbetssättet.');
    await page.getByRole('textbox', { name: 'Nästa steg 1' }).blur();
    await page.getByRole('radio', { name: 'Ja, föreslå platsbesök' }).check();
    await page.getByRole('radio', { name: 'Föreslå hedersomnämnande' }).check();
    await screenshot(page, 'consensus-4-team');
    await expectAccessible(page, 'consensus: the team\'s overall part');

    await page.getByRole('button', { name: 'Lämna in teamets bedömning…' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Lämna in' }).click();
    await page.getByRole('button', { name: 'Exportera…' }).click();
    await page.getByRole('dialog', { name: /Exportera teamets konsensusbedömning/ }).getByRole('button', { name: 'Exportera…' }).click();
    const saved = await page.getByText(/^Sparade \S+-konsensus-\S+\.kvbedomning/).textContent();
    const consensusFile = join(anna.app.dataDir, 'exporter', /Sparade (\S+\.kvbedomning)/.exec(saved ?? '')![1]!);
    expect(consensusFile).toMatch(/2026-forskolan-solrosen-konsensus-anna-lind-r1\.kvbedomning$/);
    await screenshot(page, 'consensus-5-submitted');

    // Bilal imports the team's file and reads the agreed scores (he has submitted his own).
    await importAssessments(bilal.page, [consensusFile]);
    await bilal.page.getByRole('button', { name: 'Visa teamets bedömning: Förskolan Solrosen' }).click();
    const memberMatrix = bilal.page.getByRole('table', { name: 'Poäng per examinator och teamets poäng' });
    const memberRow = memberMatrix.getByRole('row', { name: /^1\.1/ });
    await expect.poll(async () => (await memberRow.getByRole('cell').allTextContents()).at(-1)).toBe('70\u00a0%');
    await bilal.page.getByText('Från Anna Lind').waitFor();
    expect(await bilal.page.getByRole('button', { name: 'Lämna in teamets bedömning…' }).count()).toBe(0);
    await bilal.page.getByRole('navigation', { name: 'Dagordning' }).getByRole('button', { name: /Teamets helhet/ }).click();
    await expect.poll(() => bilal.page.getByRole('textbox', { name: 'Sammanfattning av de viktigaste iakttagelserna' }).inputValue()).toMatch(/^Förskolan arbetar målmedvetet/);
    await screenshot(bilal.page, 'consensus-6-member-view');
    await expectAccessible(bilal.page, 'consensus: a member reads the team\'s assessment');

    // The site visit: the lead records it beside the consensus; a changed score needs a note.
    await page.getByRole('button', { name: 'Registrera platsbesök' }).click();
    await page.getByRole('button', { name: 'Efter platsbesök', pressed: true }).waitFor();
    await agenda.getByRole('button', { name: /^1\.1 / }).click();
    await page.getByText('Före platsbesöket:').waitFor();
    await page.getByRole('radiogroup', { name: 'Poäng för 1.1' }).getByRole('radio', { name: /^60/ }).click();
    await page.getByText('Poängen ändrades efter platsbesöket (70 → 60): skriv vad besöket visade.', { exact: false }).waitFor();
    await page.getByRole('textbox', { name: /Vad platsbesöket visade/ }).fill('Uppföljningen fanns för en av tre avdelningar.');
    await page.getByRole('textbox', { name: /Vad platsbesöket visade/ }).blur();
    await expect.poll(() => agenda.getByRole('button').first().textContent()).toMatch(/^●/);
    await screenshot(page, 'consensus-7-site-visit');
    await expectAccessible(page, 'consensus: after the site visit');
    await page.getByRole('button', { name: 'Lämna in teamets bedömning…' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Lämna in' }).click();
    await page.getByRole('button', { name: 'Exportera…' }).click();
    await page.getByRole('dialog', { name: /Exportera teamets bedömning efter platsbesöket/ }).getByRole('button', { name: 'Exportera…' }).click();
    await page.getByText(/^Sparade 2026-forskolan-solrosen-platsbesok-anna-lind-r1\.kvbedomning/).waitFor();
    const siteVisitFile = join(anna.app.dataDir, 'exporter', '2026-forskolan-solrosen-platsbesok-anna-lind-r1.kvbedomning');
    // The consensus before the visit is still there, as it was.
    await page.getByRole('button', { name: 'Konsensus', pressed: false }).click();
    const before = page.getByRole('table', { name: 'Poäng per examinator och teamets poäng' }).getByRole('row', { name: /^1\.1/ });
    await expect.poll(async () => (await before.getByRole('cell').allTextContents()).at(-1)).toBe('70\u00a0%');

    // The attack: the lead's site-visit file re-signed with another key, every score 0, revision 99.
    const forged = join(tempDir(), '2026-forskolan-solrosen-platsbesok-anna-lind-r99.kvbedomning');
    writeFileSync(forged, forgedCopy(readFileSync(siteVisitFile), newKey()));
    await importAssessments(cecilia.page, [siteVisitFile]);
    const [chooser] = await Promise.all([cecilia.page.waitForEvent('filechooser'), cecilia.page.getByRole('button', { name: 'Importera bedömningar…' }).click()]);
    await chooser.setFiles([forged]);
    const preview = cecilia.page.getByRole('dialog', { name: 'Importera bedömningsfiler' });
    await preview.getByText(/^Filen från Anna Lind är signerad med nyckeln [0-9a-f ]{19}, men omgången anger nyckeln [0-9a-f ]{19} för Anna Lind\. Filen tas inte emot; den kan vara förfalskad\.$/).waitFor();
    expect(await preview.getByRole('button', { name: /^Importera \d+ fil/ }).count()).toBe(0);
    await screenshot(cecilia.page, 'consensus-8-forged-file-refused');
    await preview.getByRole('button', { name: /Avbryt|Stäng/ }).first().click();

    // The reports for the jury: from the genuine files, and never with the forged one beside them.
    const folder = join(tempDir(), 'teamfiler');
    mkdirSync(folder);
    writeFileSync(join(folder, 'platsbesok.kvbedomning'), readFileSync(siteVisitFile));
    const cli = async (...argv: string[]) => {
      const err: string[] = [];
      const code = await runCli(argv, { out: () => undefined, err: (t) => void err.push(t) });
      return { code, last: err.at(-1) ?? '' };
    };
    const out = join(tempDir(), 'sammanstallning.pdf');
    expect((await cli('report', 'sammanstallning', '--round', bundle, '--assessments', folder, '--class', 'forskola', '--out', out)).code).toBe(0);
    expect((await cli('report', 'bedomning', '--round', bundle, '--assessment', siteVisitFile, '--appendix', '--out', join(tempDir(), 'b.pdf'))).code).toBe(0);
    writeFileSync(join(folder, 'forfalskad.kvbedomning'), readFileSync(forged));
    for (const refused of [
      await cli('assessment', 'verify', '--round', bundle, forged),
      await cli('report', 'sammanstallning', '--round', bundle, '--assessments', folder, '--class', 'forskola', '--out', join(tempDir(), 'nej.pdf')),
      await cli('report', 'bedomning', '--round', bundle, '--assessment', forged, '--appendix', '--out', join(tempDir(), 'nej.pdf')),
    ]) {
      expect(refused.code).toBe(1);
      expect(refused.last).toMatch(/Filen från Anna Lind är signerad med nyckeln .* men omgången anger nyckeln .* för Anna Lind\. Filen tas inte emot; den kan vara förfalskad\./);
    }
  }, 360_000);
});
