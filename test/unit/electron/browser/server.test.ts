import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startBrowserServer, type BrowserServer } from '../../../../electron/browser/server';
import { testCore } from '../../../helpers/core';
import { tempDir } from '../../../helpers/temp';

let server: BrowserServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function start() {
  const dir = tempDir();
  mkdirSync(join(dir, 'renderer', 'assets'), { recursive: true });
  writeFileSync(join(dir, 'renderer', 'index.html'), '<html><head><script type="module" src="./assets/app.js"></script></head></html>');
  writeFileSync(join(dir, 'renderer', 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(dir, 'bridge.js'), '/* bridge */');
  writeFileSync(join(dir, 'secret.txt'), 'outside the renderer');
  const core = testCore();
  server = await startBrowserServer({ core, rendererDir: join(dir, 'renderer'), bridgeScript: join(dir, 'bridge.js'), token: 'tok123' });
  const port = new URL(server.url).port;
  return { core, port, base: `http://127.0.0.1:${port}` };
}

function send(url: string, init: { method?: string; headers?: Record<string, string>; body?: string | Buffer } = {}) {
  return new Promise<{ status: number; body: string; headers: Record<string, unknown> }>((resolve, reject) => {
    const req = request(url, { method: init.method ?? 'GET', headers: init.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8'), headers: res.headers }));
    });
    req.on('error', reject);
    req.end(init.body);
  });
}

describe('browser mode server', () => {
  it('listens on 127.0.0.1 only and prints a tokenised URL', async () => {
    await start();
    expect(server!.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?t=tok123$/);
    expect((server!.server.address() as { address: string }).address).toBe('127.0.0.1');
  });

  it('serves the page only with the token, with the bridge and token injected and a strict CSP', async () => {
    const { base } = await start();
    expect((await send(`${base}/`)).status).toBe(403);
    expect((await send(`${base}/?t=wrong`)).status).toBe(403);
    const page = await send(`${base}/?t=tok123`);
    expect(page.status).toBe(200);
    expect(page.body).toContain('<meta name="examinator-token" content="tok123">');
    expect(page.body.indexOf('/browser-bridge.js')).toBeLessThan(page.body.indexOf('./assets/app.js'));
    expect(page.headers['content-security-policy']).toMatch(/^default-src 'none'/);
  });

  it('refuses other Host headers (DNS rebinding)', async () => {
    const { base } = await start();
    const res = await send(`${base}/?t=tok123`, { headers: { Host: 'evil.example' } });
    expect(res.status).toBe(421);
  });

  it('answers the contract over HTTP with the same validation and envelope', async () => {
    const { base } = await start();
    const headers = { 'X-Examinator-Token': 'tok123', 'Content-Type': 'application/json' };
    const info = JSON.parse((await send(`${base}/api/app:info`, { method: 'POST', headers, body: '{}' })).body);
    expect(info).toMatchObject({ ok: true, value: { version: '0.0.0-test' } });
    const bad = JSON.parse((await send(`${base}/api/app:info`, { method: 'POST', headers, body: '{"x":1}' })).body);
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-arguments' } });
    const unknown = JSON.parse((await send(`${base}/api/fs:read`, { method: 'POST', headers, body: '{}' })).body);
    expect(unknown).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
    const junk = JSON.parse((await send(`${base}/api/app:info`, { method: 'POST', headers, body: '{not json' })).body);
    expect(junk).toMatchObject({ ok: false, error: { code: 'invalid-json' } });
  });

  it('refuses API calls without the token', async () => {
    const { base } = await start();
    const res = await send(`${base}/api/app:info`, { method: 'POST', body: '{}' });
    expect(res.status).toBe(403);
    expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'bad-token' } });
  });

  it('receives uploads as file references the core can resolve', async () => {
    const { base, core } = await start();
    const res = await send(`${base}/upload?name=${encodeURIComponent('../../ärende.kvomgang')}`, {
      method: 'POST',
      headers: { 'X-Examinator-Token': 'tok123' },
      body: Buffer.from('hello'),
    });
    const envelope = JSON.parse(res.body);
    expect(envelope).toMatchObject({ ok: true, value: { name: 'ärende.kvomgang', bytes: 5 } });
    expect(core.context.files.resolve(envelope.value.id).startsWith(core.context.paths.tempDir)).toBe(true);
  });

  it("removes earlier runs' uploads when it starts", async () => {
    const dataDir = tempDir();
    const leftover = join(dataDir, 'tmp', 'uppladdat', 'old-run');
    mkdirSync(leftover, { recursive: true });
    writeFileSync(join(leftover, 'verksamhetsbeskrivning.pdf'), 'confidential');
    const dir = tempDir();
    mkdirSync(join(dir, 'renderer'), { recursive: true });
    writeFileSync(join(dir, 'renderer', 'index.html'), '<html></html>');
    writeFileSync(join(dir, 'bridge.js'), '');
    server = await startBrowserServer({ core: testCore({ dataDir }), rendererDir: join(dir, 'renderer'), bridgeScript: join(dir, 'bridge.js') });
    expect(existsSync(leftover)).toBe(false);
  });

  it('never serves files outside the renderer folder', async () => {
    const { base } = await start();
    expect((await send(`${base}/assets/app.js`)).status).toBe(200);
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/%2e%2e/%2e%2e/secret.txt', '/..%5csecret.txt']) {
      const res = await send(`${base}${path}`);
      expect(res.body).not.toContain('outside the renderer');
    }
  });
});
