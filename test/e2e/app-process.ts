/**
 * The built app in browser mode as a child process on 127.0.0.1, and where
 * Debian's Chromium is. Plain Node (no vitest), so the benchmarks use it too.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

export const ROOT = join(__dirname, '../..');
export const SCREENSHOTS = join(ROOT, 'test-results', 'screenshots');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
  '--lang=sv-SE',
];

export interface RunningApp {
  readonly url: string;
  readonly dataDir: string;
  stop(): Promise<void>;
}

/** Starts `out/main/browser.js` on a data directory (fresh unless given). */
export async function startApp(options: { dataDir?: string } = {}): Promise<RunningApp> {
  const entry = join(ROOT, 'out/main/browser.js');
  if (!existsSync(entry)) throw new Error('The app is not built: run "npm run build" before the e2e tests.');
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'examinator-e2e-'));
  const child = spawn(process.execPath, [entry, '--data-dir', dataDir], { stdio: ['ignore', 'pipe', 'pipe'] });
  const stderr: string[] = [];
  child.stderr!.on('data', (chunk: Buffer) => stderr.push(chunk.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    const timer = setTimeout(() => reject(new Error(`browser mode did not start: ${stderr.join('')}`)), 20_000);
    lines.once('line', (line) => {
      clearTimeout(timer);
      const match = /(http:\/\/127\.0\.0\.1:\d+\/\?t=\S+)/.exec(line);
      if (match) resolve(match[1]!);
      else reject(new Error(`unexpected first line: ${line}`));
    });
    child.once('exit', (code) => reject(new Error(`browser mode exited with ${code}: ${stderr.join('')}`)));
  });
  return { url, dataDir, stop: () => stopChild(child) };
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

