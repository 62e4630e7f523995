/**
 * Issue 15's renderer row: in Chromium (browser mode on a data folder holding
 * the synthetic round of 1,000 contestants and its 1,000 consensus files, as
 * stadsledningskontoret), the time from the click on "Domarkommitténs
 * arbetsyta" to the first meeting's view with a class of 100 rendered.
 * Every sample is a fresh page load, so nothing is read from the store of the
 * previous one. Run alone: node scripts/bench.mjs jury-meeting
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { dataPaths } from '../../electron/core/paths';
import { CHROMIUM, CHROMIUM_FLAGS, startApp } from '../e2e/app-process';
import { standaloneCore } from '../helpers/standalone-core';
import { SYNTHETIC, SYNTHETIC_ROUND_ID, syntheticRound } from '../helpers/synthetic-round';
import { median } from './measure';
import { importAll, templateDatabase } from './scale.bench';
import type { BenchResult } from './types';

const RUNS = 5;
const TARGET_MS = 1000;
const CLASS_SIZE = SYNTHETIC.contestants / SYNTHETIC.classes;

/** The office's data folder: the round, every contestant's consensus file, the office as the viewer. */
async function officeFolder(dir: string): Promise<string> {
  const round = await syntheticRound();
  const dataDir = join(dir, 'office');
  mkdirSync(dataDir);
  copyFileSync(await templateDatabase(round, dir), dataPaths(dataDir).databaseFile);
  const core = standaloneCore(dataDir);
  await importAll(core, round.teamFiles.filter((path) => path.endsWith('-consensus.kvbedomning')));
  const chosen = await core.dispatch('round:choose-office', { roundId: SYNTHETIC_ROUND_ID, change: false });
  if (!chosen.ok) throw new Error(chosen.error.message);
  await core.close();
  return dataDir;
}

export async function run(): Promise<BenchResult[]> {
  const dir = mkdtempSync(join(tmpdir(), 'examinator-bench-jury-'));
  const app = await startApp({ dataDir: await officeFolder(dir) });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS, headless: true });
  try {
    const samples: number[] = [];
    const coreMs: number[] = [];
    for (let i = 0; i <= RUNS; i++) {
      const page = await browser.newPage({ locale: 'sv-SE', viewport: { width: 1440, height: 900 } });
      // How much of it is the core's answer (the request to rendered is the renderer's).
      page.on('requestfinished', (request) => {
        if (i > 0 && request.url().includes(encodeURIComponent('decision:workspace'))) coreMs.push(request.timing().responseEnd);
      });
      await page.goto(`${app.url}#/omgang/${SYNTHETIC_ROUND_ID}/jury`);
      const open = page.getByRole('button', { name: 'Domarkommitténs arbetsyta' });
      await open.waitFor({ timeout: 60_000 });
      // Clicked and timed in the page's own clock; rendered = the heading and a whole class of rows on screen.
      const clickedAt = await open.evaluate((button: HTMLButtonElement) => {
        const at = performance.now();
        button.click();
        return at;
      });
      const renderedAt = await page.waitForFunction(
        (rows) => {
          const h1 = document.querySelector('h1');
          const table = document.querySelector('table.jury tbody');
          return h1?.textContent?.startsWith('Domarkommittén – Första mötet') && table && table.children.length >= rows && table.checkVisibility() ? performance.now() : 0;
        },
        CLASS_SIZE,
        { polling: 'raf', timeout: 60_000 },
      );
      if (i > 0) samples.push(((await renderedAt.jsonValue()) as number) - clickedAt); // the first run warms the core
      await page.close();
    }
    return [
      {
        what: `1 000 tävlande: första mötets vy för en klass med ${CLASS_SIZE} tävlande i Chromium (klick till renderad; kärnans svar ${Math.round(median(coreMs))} ms)`,
        samplesMs: samples,
        target: `median ≤ ${TARGET_MS} ms`,
        pass: median(samples) <= TARGET_MS,
      },
    ];
  } finally {
    await browser.close();
    await app.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
