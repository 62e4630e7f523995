/** What the authoring e2e tests share: file pickers answered from disk and the editors' fields by path. */
import type { Page } from './harness';

/** Browser mode's file picker is an <input type=file>: answer it with a file from disk. */
export async function pick(page: Page, path: string, trigger: () => Promise<void>): Promise<void> {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), trigger()]);
  await chooser.setFiles(path);
}

/** The editors' field at a dotted path ("package.areas.0.title"), by the id the form gives it. */
export const field = (page: Page, path: string) => page.locator(`#f-${path.replace(/\./g, '-')}`);
