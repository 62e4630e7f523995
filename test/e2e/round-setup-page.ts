/** The office's round set-up opened in a fresh app, and its fields by form path ("contestants.0.name"). */
import { launch, type Page } from './harness';

export const field = (page: Page, path: string) => page.locator(`#f-${path.replace(/\./g, '-')}`);

export async function openRoundSetup(): Promise<Page> {
  const { page } = await launch();
  await page.getByRole('button', { name: 'Inte nu' }).click();
  await page.goto(`${page.url().split('#')[0]}#/kontoret/omgang`);
  await page.getByRole('heading', { name: 'Ny tävlingsomgång', level: 1 }).waitFor();
  return page;
}
