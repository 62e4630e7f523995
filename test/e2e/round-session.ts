/**
 * The usual first steps of an e2e session on a round, as a person takes them:
 * import the round bundle through "Importera fil…", say who one is, import
 * team files through the round's "Importera bedömningar…".
 */
import type { Page } from 'playwright-core';
import { samplePath } from '../helpers/samples';

export const SAMPLE_TITLE = 'Kvalitetsutmärkelsen 2026 – övningsomgång';

/** Hands `paths` to the file chooser the click opens. */
export async function chooseFiles(page: Page, click: () => Promise<void>, paths: string | readonly string[]): Promise<void> {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), click()]);
  await chooser.setFiles(typeof paths === 'string' ? paths : [...paths]);
}

/** From the start screen: the round bundle imported, its overview open. */
export async function importRound(page: Page, bundle: string = samplePath.round, title = SAMPLE_TITLE): Promise<void> {
  await chooseFiles(page, () => page.getByRole('button', { name: 'Importera fil…' }).click(), bundle);
  await page.getByRole('heading', { name: title, level: 1 }).waitFor();
}

/** On the round overview: "Vem är du i den här omgången?" answered with the radio named `who`. */
export async function chooseWho(page: Page, who: RegExp): Promise<void> {
  await page.getByRole('button', { name: 'Välj vem du är…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Vem är du i den här omgången?' });
  await dialog.getByRole('radio', { name: who }).check();
  await dialog.getByRole('button', { name: 'Det är jag' }).click();
}

/** On the round overview: team files previewed, imported and the result closed. */
export async function importAssessments(page: Page, files: readonly string[]): Promise<void> {
  await chooseFiles(page, () => page.getByRole('button', { name: 'Importera bedömningar…' }).click(), files);
  await page.getByRole('dialog', { name: 'Importera bedömningsfiler' }).getByRole('button', { name: /^Importera \d+ fil/ }).click();
  await page.getByRole('dialog', { name: 'Importen är klar' }).getByRole('button', { name: 'Stäng' }).click();
}
