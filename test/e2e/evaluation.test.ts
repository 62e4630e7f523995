/**
 * Utvärdering av omgången in Chromium: stadsledningskontoret opens it before
 * any file has come (said so), after one examiner's file (too few raters,
 * said so), then after every examiner's and team's file: the numbers on the
 * screen are the CLI's JSON for the same files, in the same order as in the
 * PDF made with "Skapa PDF…" and read back with pdftotext.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/program';
import { agreementText, alphaText, numberText } from '../../shared/evaluation/labels';
import { byAgreement, type EvaluationModel } from '../../shared/evaluation/model';
import { evaluationFiles } from '../helpers/evaluation-files';
import { samplePath } from '../helpers/samples';
import { expectAccessible } from './a11y';
import { launch, screenshot, type Page } from './harness';

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

async function importAssessments(page: Page, paths: readonly string[]): Promise<void> {
  await page.getByRole('navigation', { name: 'Du är här' }).getByRole('button', { name: 'Kvalitetsutmärkelsen 2026 – övningsomgång' }).click();
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Importera bedömningar…' }).click()]);
  await chooser.setFiles([...paths]);
  await page.getByRole('dialog', { name: 'Importera bedömningsfiler' }).getByRole('button', { name: /^Importera \d+ fil/ }).click();
  await page.getByRole('dialog', { name: 'Importen är klar' }).getByRole('button', { name: 'Stäng' }).click();
  await page.getByRole('button', { name: 'Utvärdering av omgången' }).click();
  await page.getByRole('heading', { name: 'Utvärdering av omgången', level: 1 }).waitFor();
}

/** The criteria table's rows as read on the screen: id, alpha, agreement, max spread. */
async function criteriaRows(page: Page): Promise<string[][]> {
  const rows = page.getByRole('region', { name: 'Tabell: samstämmighet per kriterium' }).locator('tbody tr');
  return rows.evaluateAll((trs) => trs.map((tr) => [tr.getAttribute('data-criterion')!, ...[...tr.querySelectorAll('td')].map((td) => td.firstChild?.textContent?.trim() ?? '')]));
}

describe('the evaluation of a round in Chromium', () => {
  it('says what is missing, then shows the CLI’s numbers in the PDF’s order, and saves the PDF', async () => {
    dir = mkdtempSync(join(tmpdir(), 'examinator-e2e-utvardering-'));
    const { files } = evaluationFiles();
    for (const [name, bytes] of Object.entries(files)) writeFileSync(join(dir, name), bytes);
    const out: string[] = [];
    const code = await runCli(['report', 'utvardering', '--round', samplePath.round, '--assessments', dir, '--out', join(dir, 'cli.pdf'), '--json'], { out: (t) => void out.push(t), err: () => undefined });
    expect(code).toBe(0);
    const json = JSON.parse(out.join('\n')) as EvaluationModel;

    const { app, page } = await launch();
    const [roundChooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Importera fil…' }).click()]);
    await roundChooser.setFiles(samplePath.round);
    await page.getByRole('heading', { name: 'Kvalitetsutmärkelsen 2026 – övningsomgång', level: 1 }).waitFor();
    await expect(page.getByRole('button', { name: 'Utvärdering av omgången' }).count()).resolves.toBe(0);
    await page.getByRole('button', { name: 'Välj vem du är…' }).click();
    const who = page.getByRole('dialog', { name: 'Vem är du i den här omgången?' });
    await who.getByRole('radio', { name: /Stadsledningskontoret/ }).check();
    await who.getByRole('button', { name: 'Det är jag' }).click();

    // No file yet: said, and nothing to save.
    await page.getByRole('button', { name: 'Utvärdering av omgången' }).click();
    await page.getByRole('heading', { name: 'Inga bedömningar har kommit hit ännu', level: 2 }).waitFor();
    expect(await page.getByRole('button', { name: 'Skapa PDF…' }).isDisabled()).toBe(true);
    await screenshot(page, 'evaluation-1-empty');
    await expectAccessible(page, 'evaluation, no files');

    // One examiner's file: too few raters for any alpha.
    await importAssessments(page, [join(dir, 'lindgarden-AL.kvbedomning')]);
    await page.getByText('För få examinatorer för samstämmigheten.').waitFor();
    expect((await criteriaRows(page)).every((row) => row[1] === '–' && row[2] === agreementText(null))).toBe(true);
    await screenshot(page, 'evaluation-2-too-few');

    // Every file: the CLI's numbers, lowest agreement first.
    await importAssessments(page, Object.keys(files).filter((name) => name !== 'lindgarden-AL.kvbedomning').map((name) => join(dir!, name)));
    await page.getByText('Underlag: 6 individuella bedömningar, 2 konsensus, 1 efter platsbesök.').waitFor();
    const expected = byAgreement(json.criteria).map((c) => [c.id, alphaText(c.alpha), agreementText(c.agreement), String(c.raters), String(c.units), numberText(c.meanSpread), numberText(c.maxSpread)]);
    expect((await criteriaRows(page)).map((row) => row.slice(0, 7))).toEqual(expected);
    const examiners = page.getByRole('region', { name: 'Tabell: examinatorerna' }).locator('tbody tr');
    expect(await examiners.allTextContents()).toHaveLength(3);
    expect(await examiners.nth(2).locator('th').textContent()).toBe('E3');
    await screenshot(page, 'evaluation-3-criteria');
    await expectAccessible(page, 'evaluation with files');
    await page.getByRole('heading', { name: 'Att se över till nästa år' }).scrollIntoViewIfNeeded();
    await screenshot(page, 'evaluation-4-review');
    await page.getByRole('heading', { name: 'Totalpoäng per tävlingsklass' }).scrollIntoViewIfNeeded();
    await screenshot(page, 'evaluation-5-examiners-classes');

    // Names on request; a reload keeps the screen.
    await page.getByLabel(/Visa examinatorernas namn/).check();
    await page.getByRole('region', { name: 'Tabell: examinatorerna' }).getByText('Cecilia Ek').waitFor();
    await page.reload();
    await page.getByRole('heading', { name: 'Utvärdering av omgången', level: 1 }).waitFor();
    await page.getByText('Underlag: 6 individuella bedömningar, 2 konsensus, 1 efter platsbesök.').waitFor();

    // The PDF: the same alphas, in the same order.
    await page.getByRole('button', { name: 'Skapa PDF…' }).click();
    await page.getByText(/^Sparade utvardering-ku-2026-ovning\.pdf/).waitFor({ timeout: 30_000 });
    const text = execFileSync('pdftotext', ['-layout', join(app.dataDir, 'exporter', 'utvardering-ku-2026-ovning.pdf'), '-'], { encoding: 'utf8' });
    expect(text).toContain('Utvärdering av omgången');
    // The agreement table's rows: id, raters, units, alpha, agreement, mean and largest spread, as on the screen.
    const pdfRows = [...text.matchAll(/^ (\d+\.\d+) .+?\s{2,}(\d+)\s+(\d+)\s+(-?\d+,\d{3}|–)\s+(\S+)\s+(\S+)\s+(\S+)\s/gm)].map((m) => [m[1], m[4], m[5], m[2], m[3], m[6], m[7]]);
    expect(pdfRows).toEqual(expected);
  });
});
