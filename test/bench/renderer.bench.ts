/**
 * The renderer as a user meets it: time to the first screen in Chromium (browser
 * mode, cold cache each load) and the size of what the production build ships.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_FLAGS, ROOT, startApp } from '../e2e/app-process';
import { median } from './measure';
import type { BenchResult } from './types';

const LOADS = 10;
const FIRST_SCREEN_TARGET_MS = 1000;
const RENDERER_JS_TARGET_KB = 1500;
const PDF_WORKER_TARGET_KB = 2500;
const ASSETS = join(ROOT, 'out', 'renderer', 'assets');
const isPdfWorker = (name: string) => /pdf\.worker/.test(name);

export async function run(): Promise<BenchResult[]> {
  return [await firstScreen(), ...bundleSizes()];
}

async function firstScreen(): Promise<BenchResult> {
  const app = await startApp();
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS, headless: true });
  try {
    const samples: number[] = [];
    // One unmeasured load warms the server, not the browser: every measured load gets a fresh context (empty cache).
    for (let i = 0; i <= LOADS; i++) {
      const context = await browser.newContext({ locale: 'sv-SE' });
      const page = await context.newPage();
      await page.goto(app.url, { waitUntil: 'commit' });
      // Read in the page's own clock (0 = navigation start), checked every frame.
      const visibleAt = await page.waitForFunction(
        () => {
          const h1 = document.querySelector('h1');
          return h1?.textContent === 'Tävlingsomgångar' && h1.checkVisibility() ? performance.now() : 0;
        },
        undefined,
        { polling: 'raf', timeout: 15_000 },
      );
      if (i > 0) samples.push((await visibleAt.jsonValue()) as number);
      await context.close();
    }
    return {
      what: `first screen in Chromium (cold load to the h1, ${LOADS} loads)`,
      samplesMs: samples,
      target: `median ≤ ${FIRST_SCREEN_TARGET_MS} ms`,
      pass: median(samples) <= FIRST_SCREEN_TARGET_MS,
    };
  } finally {
    await browser.close();
    await app.stop();
  }
}

function bundleSizes(): BenchResult[] {
  if (!existsSync(ASSETS)) throw new Error('out/renderer/assets is missing: the build did not run');
  const scripts = readdirSync(ASSETS).filter((name) => /\.m?js$/.test(name));
  const kB = (names: string[]) => names.reduce((sum, name) => sum + statSync(join(ASSETS, name)).size, 0) / 1024;
  const rendererKb = kB(scripts.filter((name) => !isPdfWorker(name)));
  const results: BenchResult[] = [
    {
      what: 'renderer JS, production build (all chunks)',
      samplesMs: [rendererKb],
      unit: 'kB',
      target: `≤ ${RENDERER_JS_TARGET_KB} kB`,
      pass: rendererKb <= RENDERER_JS_TARGET_KB,
    },
  ];
  const workers = scripts.filter(isPdfWorker);
  if (workers.length > 0) {
    const workerKb = kB(workers);
    results.push({
      what: 'PDF.js worker, production build',
      samplesMs: [workerKb],
      unit: 'kB',
      target: `≤ ${PDF_WORKER_TARGET_KB} kB`,
      pass: workerKb <= PDF_WORKER_TARGET_KB,
    });
  }
  return results;
}
