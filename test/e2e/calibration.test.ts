/**
 * Jämförelse med facit in Chromium: a trainee in a training round (the
 * övningsomgång with a reference for Solrosen) is told why the comparison is
 * not open before submitting — on the round screen and at its address —
 * submits on the desk, opens the comparison from there, sees the core's
 * numbers, follows a reference's evidence chip to the page in the reader,
 * reloads and still sees it, and saves the kalibreringsrapport.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/program';
import { roundFactsFromManifest } from '../../electron/core/rounds/model';
import { readRoundBundle } from '../../electron/core/rounds/round-bundle-read';
import { percentText } from '../../shared/calibration/labels';
import type { CalibrationOverview } from '../../shared/contract/calibration';
import { rangeText } from '../../shared/scoring/scale-text';
import { assessmentBytes, individualCriteria, SOLROSEN } from '../helpers/assessment-content';
import { exampleTrust } from '../helpers/bundle-bytes';
import { tempDir } from '../helpers/temp';
import { trainingBundleBytes } from '../helpers/training';
import { expectAccessible } from './a11y';
import { invoke, scoreThroughBridge } from './bridge';
import { launch, screenshot } from './harness';

const ROUND = 'ku-2026-ovning';
const NOT_YET = 'Jämförelsen med referensbedömningen visas först när du har lämnat in din individuella bedömning av Förskolan Solrosen.';

describe('the comparison with the reference in a training round', () => {
  it('is closed with a reason before submitting, then shows the trainee beside the reference, across a reload', async () => {
    const bundle = join(tempDir(), 'ovning-med-facit.kvomgang');
    writeFileSync(bundle, await trainingBundleBytes());
    const { app, page } = await launch();
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Importera fil…' }).click()]);
    await chooser.setFiles(bundle);
    await page.getByRole('heading', { name: 'Kvalitetsutmärkelsen 2026 – övningsomgång', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Välj vem du är…' }).click();
    const who = page.getByRole('dialog', { name: 'Vem är du i den här omgången?' });
    await who.getByRole('radio', { name: /Anna Lind/ }).check();
    await who.getByRole('button', { name: 'Det är jag' }).click();

    // Before submitting: the card says why, and the address says the same.
    const card = page.getByRole('region', { name: 'Övningsomgång: jämför med facit' });
    await card.getByText(NOT_YET, { exact: false }).waitFor();
    expect(await card.getByRole('button').count()).toBe(0);
    await screenshot(page, 'calibration-0-card');
    await page.goto(`${app.url}#/omgang/${ROUND}/kalibrering/${SOLROSEN}`);
    await page.getByText(NOT_YET).waitFor();

    // Anna scores and submits on the desk; the desk then offers the comparison.
    await page.goto(`${app.url}#/omgang/${ROUND}`);
    await scoreThroughBridge(page, ROUND, SOLROSEN, {}, 'Anna');
    await page.getByRole('button', { name: /^(Bedöm|Fortsätt bedöma): Förskolan Solrosen$/ }).click();
    await page.getByRole('button', { name: 'Lämna in min bedömning…' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Lämna in' }).click();
    await page.getByRole('button', { name: 'Jämför med facit' }).click();
    await page.getByRole('heading', { name: 'Jämförelse med facit: Förskolan Solrosen', level: 1 }).waitFor();

    // The screen shows the core's comparison: each criterion's two scores, and the summary.
    const comparison = await invoke(page, 'calibration:comparison', { roundId: ROUND, contestantId: SOLROSEN });
    for (const c of comparison.criteria) {
      const section = page.locator(`section[data-criterion="${c.criterionId}"]`);
      const rows = await section.locator('tbody tr').allTextContents();
      expect(rows[0]).toContain(rangeText(c.trainee.score!, c.trainee.score!, c.scale.unit));
      expect(rows[1]).toContain(rangeText(c.reference.score!, c.reference.score!, c.scale.unit));
    }
    const summary = page.getByRole('region', { name: 'Sammanfattning' });
    expect(await summary.textContent()).toContain(percentText(comparison.summary.meanAbsoluteDeviation));
    await screenshot(page, 'calibration-1-comparison');
    await expectAccessible(page, 'comparison with the reference');
    await summary.scrollIntoViewIfNeeded();
    await screenshot(page, 'calibration-2-summary');

    // A reference's evidence opens the reader at its page.
    const first = comparison.criteria[0]!;
    const evidence = first.strengths[0]!.reference.evidence[0]!;
    await page.locator(`section[data-criterion="${first.criterionId}"]`).getByRole('list', { name: 'Facits belägg' }).first().getByRole('button').first().click();
    await expect.poll(() => page.evaluate(() => window.location.hash)).toBe(`#/dokument/${evidence.documentSha256}`);
    await page.locator(`.pdf-page[data-unit="${evidence.page}"]`).waitFor();
    await page.goBack();
    await page.getByRole('heading', { name: 'Jämförelse med facit: Förskolan Solrosen', level: 1 }).waitFor();

    // A reload keeps it; the kalibreringsrapport is saved and reads the trainee's name.
    await page.reload();
    await page.getByRole('heading', { name: 'Jämförelse med facit: Förskolan Solrosen', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Skapa kalibreringsrapport…' }).click();
    const saved = await page.getByText(/^Sparade kalibrering-.+\.pdf/).textContent();
    const fileName = /Sparade (\S+\.pdf)/.exec(saved ?? '')![1]!;
    const text = execFileSync('pdftotext', [join(app.dataDir, 'exporter', fileName), '-'], { encoding: 'utf8' });
    expect(text).toContain('Anna Lind');
  });
});

describe('the office’s calibration overview', () => {
  it('pools every trainee’s received file beside the references, as the CLI does', async () => {
    const dir = tempDir();
    const bundle = join(dir, 'ovning-med-facit.kvomgang');
    writeFileSync(bundle, await trainingBundleBytes());
    const verified = await readRoundBundle(bundle, exampleTrust());
    const facts = roundFactsFromManifest(verified.manifest, verified.criteria, true);
    const files = join(dir, 'filer');
    mkdirSync(files);
    const trainees = [['e-bilal', 'Bilal Haddad', 2], ['e-cecilia', 'Cecilia Ek', 7]] as const;
    const paths = trainees.map(([examinerId, name, seed]) => {
      const path = join(files, `${examinerId}.kvbedomning`);
      writeFileSync(path, assessmentBytes(facts, { contestantId: SOLROSEN, author: { examinerId, name }, criteria: individualCriteria(facts, SOLROSEN, seed) }));
      return path;
    });
    const out: string[] = [];
    const code = await runCli(['report', 'kalibrering', '--round', bundle, '--assessments', files, '--out', join(dir, 'oversikt.pdf'), '--json'], { out: (t) => void out.push(t), err: () => undefined });
    expect(code).toBe(0);
    const json = JSON.parse(out.join('\n')) as CalibrationOverview;

    const { page } = await launch();
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Importera fil…' }).click()]);
    await chooser.setFiles(bundle);
    await page.getByRole('heading', { name: 'Kvalitetsutmärkelsen 2026 – övningsomgång', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Välj vem du är…' }).click();
    const who = page.getByRole('dialog', { name: 'Vem är du i den här omgången?' });
    await who.getByRole('radio', { name: /Stadsledningskontoret/ }).check();
    await who.getByRole('button', { name: 'Det är jag' }).click();
    const [assessments] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Importera bedömningar…' }).click()]);
    await assessments.setFiles(paths);
    await page.getByRole('dialog', { name: 'Importera bedömningsfiler' }).getByRole('button', { name: /^Importera \d+ fil/ }).click();
    await page.getByRole('dialog', { name: 'Importen är klar' }).getByRole('button', { name: 'Stäng' }).click();
    await page.getByRole('button', { name: 'Kalibreringsöversikt' }).click();
    await page.getByRole('heading', { name: 'Kalibreringsöversikt', level: 1 }).waitFor();

    const rows = page.getByRole('region', { name: 'Tabell: de övande' }).locator('tbody tr');
    const shown = await rows.evaluateAll((trs) => trs.map((tr) => [tr.querySelector('th')!.firstChild!.textContent, tr.querySelector('td')!.textContent]));
    expect(shown).toEqual(json.trainees.map((t) => [t.code, percentText(t.summary.meanAbsoluteDeviation)]));
    const criteria = await page.getByRole('region', { name: 'Tabell: kriterierna' }).locator('tbody tr').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-criterion')));
    expect(criteria).toEqual(json.criteria.map((c) => c.criterionId));
    await screenshot(page, 'calibration-3-overview');
    await expectAccessible(page, 'calibration overview');
    await page.getByRole('button', { name: 'Skapa PDF…' }).click();
    await page.getByText(/^Sparade kalibrering-oversikt-ku-2026-ovning\.pdf/).waitFor();
  });
});
