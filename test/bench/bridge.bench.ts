/**
 * What the one door costs: a core call through dispatch (zod validation and
 * envelope) against calling the handler directly, and through browser mode's
 * HTTP bridge against a bare Node HTTP server answering the same request.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startBrowserServer } from '../../electron/browser/server';
import { ROOT } from '../e2e/app-process';
import { standaloneCore } from '../helpers/standalone-core';
import { median, sampleMs } from './measure';
import type { BenchResult } from './types';

const CALLS_PER_SAMPLE = 1000;
const DISPATCH_TARGET_MS = 50;
const HTTP_TARGET_MS = 5;

export async function run(): Promise<BenchResult[]> {
  const dataDir = mkdtempSync(join(tmpdir(), 'examinator-bench-'));
  const core = standaloneCore(dataDir);
  try {
    const direct = () => core.handlers['app:info']({});
    const dispatched = () => core.dispatch('app:info', {});
    const thousand = (call: () => unknown) => async () => {
      for (let i = 0; i < CALLS_PER_SAMPLE; i++) await call();
    };
    const dispatchMs = await sampleMs(20, thousand(dispatched));
    const directMs = await sampleMs(20, thousand(direct));
    const http = await httpBridge(core);
    return [
      {
        what: `${CALLS_PER_SAMPLE} core calls through dispatch (app:info)`,
        samplesMs: dispatchMs,
        referenceMs: directMs,
        reference: 'handler called directly',
        target: `median ≤ ${DISPATCH_TARGET_MS} ms`,
        pass: median(dispatchMs) <= DISPATCH_TARGET_MS,
      },
      http,
    ];
  } finally {
    await core.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function httpBridge(core: ReturnType<typeof standaloneCore>): Promise<BenchResult> {
  const server = await startBrowserServer({
    core,
    rendererDir: join(ROOT, 'out', 'renderer'),
    bridgeScript: join(ROOT, 'out', 'preload', 'browser-bridge.js'),
  });
  const bare = createServer((request, response) => {
    request.resume();
    request.on('end', () => {
      response.writeHead(200, { 'Content-Type': 'application/json' });
      response.end('{"ok":true,"value":{}}');
    });
  });
  await new Promise<void>((resolve) => bare.listen(0, '127.0.0.1', resolve));
  const post = (url: string, token = '') => async () => {
    const response = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Examinator-Token': token }, body: '{}' });
    const envelope = (await response.json()) as { ok: boolean };
    if (!envelope.ok) throw new Error(`bridge refused the call: ${JSON.stringify(envelope)}`);
  };
  try {
    const origin = new URL(server.url).origin;
    const bridgeMs = await sampleMs(200, post(`${origin}/api/app:info`, server.token), 20);
    const bareMs = await sampleMs(200, post(`http://127.0.0.1:${(bare.address() as AddressInfo).port}/`), 20);
    return {
      what: 'one core call through the HTTP bridge (app:info)',
      samplesMs: bridgeMs,
      referenceMs: bareMs,
      reference: 'bare node:http on loopback',
      target: `median ≤ ${HTTP_TARGET_MS} ms`,
      pass: median(bridgeMs) <= HTTP_TARGET_MS,
    };
  } finally {
    await server.close();
    await new Promise<void>((resolve) => bare.close(() => resolve()));
  }
}
