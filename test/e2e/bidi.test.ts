/**
 * Issue 13 item 14: text from files is isolated in the UI. A round title with
 * an unterminated RIGHT-TO-LEFT OVERRIDE (U+202E) must not reorder what stands
 * beside it: the breadcrumbs after it, the rest of its table row, the round
 * screen's links and headings. Checked by where things are drawn, not by the DOM.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { bundleBytes } from '../helpers/bundles';
import { call } from '../helpers/core';
import { standaloneCore } from '../helpers/standalone-core';
import { launch, screenshot } from './harness';

const RLO = '\u202e';
const ROUND_TITLE = `Omgång ${RLO}titel`; // short: each check compares positions on one line
const PACKAGE_TITLE = `Paket ${RLO}titel`;
const CONTESTANT = `Förskolan ${RLO}namn`;

/** A data folder holding the övningsomgång with hostile texts, imported through the real core. */
async function dataDirWithHostileTexts(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'examinator-bidi-'));
  const bundle = join(dir, 'omgang.kvomgang');
  writeFileSync(
    bundle,
    await bundleBytes({
      editRound: (round) => {
        round.round.title = ROUND_TITLE;
        round.contestants[0]!.name = CONTESTANT;
      },
      editPackage: (pkg) => (pkg.package.title = PACKAGE_TITLE),
    }),
  );
  const core = standaloneCore(join(dir, 'data'));
  await call(core, 'round:import', { fileId: core.context.files.register(bundle).id });
  await core.close();
  return join(dir, 'data');
}

/** Where the first text node holding `text` (inside `scope`) is drawn: a Range, so a bare text node counts too. */
function textBox(page: Page, scope: string, text: string): Promise<{ left: number; right: number; top: number }> {
  return page.evaluate(
    ([selector, wanted]) => {
      const root = document.querySelector(selector!)!;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent!.indexOf(wanted!);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + wanted!.length);
        const rect = range.getBoundingClientRect();
        return { left: rect.left, right: rect.right, top: rect.top };
      }
      throw new Error(`no text "${wanted}" in ${selector}`);
    },
    [scope, text],
  );
}

/** `later` is drawn on the same line as `earlier`, and to its right: the order it has in the DOM. */
async function expectDrawnAfter(page: Page, scope: string, earlier: string, later: string | Locator): Promise<void> {
  const first = await textBox(page, scope, earlier);
  const second = typeof later === 'string' ? await textBox(page, scope, later) : await later.boundingBox().then((b) => ({ left: b!.x, top: b!.y, right: b!.x + b!.width }));
  expect(Math.abs(second.top - first.top), `"${earlier}" and ${String(later)} on one line`).toBeLessThan(12);
  expect(second.left, `${String(later)} after "${earlier}"`).toBeGreaterThan(first.right - 1);
}

describe('text from files is isolated (bidi)', () => {
  it('an unterminated U+202E in a round title, a package title or a contestant name reorders nothing beside it', async () => {
    const { page } = await launch({ dataDir: await dataDirWithHostileTexts() });
    const row = page.getByRole('row').filter({ hasText: ROUND_TITLE });
    await row.waitFor();
    await screenshot(page, 'bidi-1-start');

    // The round screen: "(revision 1)" still follows the package title, on its right.
    await row.getByRole('button').first().click();
    await page.getByRole('heading', { name: 'Anna Linds team' }).waitFor();
    await screenshot(page, 'bidi-2-round');
    // The text after each override ("titel", "namn") is what an unterminated U+202E would carry past its element.
    await expectDrawnAfter(page, '.page-header p', 'titel', '(revision');

    // The breadcrumbs: the crumb after the round's title stays after it.
    await page.getByRole('button', { name: 'Sök i dokumenten' }).click();
    const crumbs = page.getByRole('navigation', { name: 'Du är här' });
    await crumbs.getByText('Sök i dokumenten').waitFor();
    await screenshot(page, 'bidi-3-search');
    await expectDrawnAfter(page, '.breadcrumbs', 'titel', 'Sök i dokumenten');

    // The documents list: the round's title and the link stay on the right of the contestant's name.
    await page.getByRole('button', { name: 'Dokument', exact: true }).click();
    const link = page.getByRole('button', { name: 'Sök i omgångens dokument' }).first();
    await link.waitFor();
    await screenshot(page, 'bidi-4-documents');
    await expectDrawnAfter(page, 'main', 'namn', 'Omgång ');
    await expectDrawnAfter(page, 'main', 'titel', link);
  });
});
