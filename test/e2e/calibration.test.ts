/**
 * Jämförelse med facit in Chromium: a trainee in a training round (the
 * övningsomgång with a reference for Solrosen) is told why the comparison is
 * not open before submitting — on the round screen and at its address —
 * submits on the desk, opens the comparison from there, sees the core's
 * numbers, follows a reference's evidence chip to the page in the reader,
 * reloads and still sees it, and saves the kalibreringsrapport.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { percentText } from '../../shared/calibration/labels';
import { rangeText } from '../../shared/scoring/scale-text';
import { SOLROSEN } from '../helpers/assessment-content';
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
