/**
 * End-to-end harness: the real built app in browser mode (a child process on
 * 127.0.0.1) driven in Debian's Chromium through playwright-core. Never
 * downloads a browser.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterEach } from 'vitest';

export { CHROMIUM, CHROMIUM_FLAGS, ROOT, SCREENSHOTS, startApp, type RunningApp } from './app-process';
import { CHROMIUM, CHROMIUM_FLAGS, SCREENSHOTS, startApp, type RunningApp } from './app-process';

export interface BrowserSession {
  readonly browser: BrowserContext;
  readonly page: Page;
  close(): Promise<void>;
}

/** Debian's Chromium with a fresh profile; fails clearly when it is not installed. */
export async function openBrowser(): Promise<BrowserSession> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium was not found at ${CHROMIUM}. Install Debian's package: "sudo apt-get install chromium" ` +
        '(or set CHROMIUM_PATH to a Chromium binary). The e2e tests never download a browser.',
    );
  }
  const profile = mkdtempSync(join(tmpdir(), 'examinator-chromium-'));
  const browser = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    args: CHROMIUM_FLAGS,
    headless: true,
    viewport: { width: 1440, height: 900 },
    locale: 'sv-SE',
    timezoneId: 'Europe/Stockholm',
    acceptDownloads: true,
  });
  const page = browser.pages()[0] ?? (await browser.newPage());
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return {
    browser,
    page,
    async close() {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
      // A page error or CSP violation during the test is a failure.
      if (errors.length > 0) throw new Error(`Errors in the page:\n${errors.join('\n')}`);
    },
  };
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path, fullPage: false });
  return path;
}

const launched: { app: RunningApp; session: BrowserSession }[] = [];

/**
 * The usual start of an e2e test: the app in browser mode on a fresh (or given)
 * data folder, Chromium on a fresh profile, the page at the app's URL. Both are
 * closed after the test; page errors then fail it.
 */
export async function launch(options: { dataDir?: string; goto?: boolean } = {}): Promise<{ app: RunningApp; session: BrowserSession; page: Page }> {
  const app = await startApp(options.dataDir === undefined ? {} : { dataDir: options.dataDir });
  const session = await openBrowser();
  launched.push({ app, session });
  if (options.goto !== false) await session.page.goto(app.url);
  return { app, session, page: session.page };
}

afterEach(async () => {
  for (const { app, session } of launched.splice(0).reverse()) {
    try {
      await session.close();
    } finally {
      await app.stop();
    }
  }
});

export type { Browser, Page };
