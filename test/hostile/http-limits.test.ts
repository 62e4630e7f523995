/**
 * Browser mode's HTTP bridge under oversized and malformed input: a JSON body
 * over MAX_JSON_BYTES, an upload over MAX_UPLOAD_BYTES, a broken percent-escape
 * in the address and an upload name over 255 bytes are refused with a Swedish
 * message (never a stack trace), the server stays up, nothing is registered or
 * left on disk, and the database is unchanged.
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_JSON_BYTES, MAX_UPLOAD_BYTES, startBrowserServer, uploadsDir, type BrowserServer } from '../../electron/browser/server';
import type { Core } from '../../electron/core';
import { testCore } from '../helpers/core';
import { dbFingerprint } from '../helpers/db-fingerprint';
import { tempDir } from '../helpers/temp';
import { recordHostile } from './record';

let server: BrowserServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function start(): Promise<{ core: Core; port: number }> {
  const dir = tempDir();
  mkdirSync(join(dir, 'renderer'), { recursive: true });
  writeFileSync(join(dir, 'renderer', 'index.html'), '<html><head><script src="x.js"></script></head></html>');
  writeFileSync(join(dir, 'bridge.js'), '');
  const core = testCore();
  server = await startBrowserServer({ core, rendererDir: join(dir, 'renderer'), bridgeScript: join(dir, 'bridge.js'), token: 'tok' });
  return { core, port: Number(new URL(server.url).port) };
}

/** Streams `bytes` zero bytes as the body (never holding them all in memory); resolves with the answer. */
function postZeros(port: number, path: string, bytes: number): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: 'POST', headers: { 'X-Examinator-Token': 'tok', 'Content-Type': 'application/octet-stream' } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
    });
    // The server may answer and stop reading before we finish sending; that is the point.
    req.on('error', (error: NodeJS.ErrnoException) => (error.code === 'EPIPE' || error.code === 'ECONNRESET' ? undefined : reject(error)));
    const chunk = Buffer.alloc(1024 * 1024);
    let left = bytes;
    const pump = () => {
      while (left > 0) {
        const size = Math.min(chunk.length, left);
        left -= size;
        if (!req.write(size === chunk.length ? chunk : chunk.subarray(0, size))) return void req.once('drain', pump);
      }
      req.end();
    };
    pump();
  });
}

/** After a refusal the server still takes the next request. */
async function expectStillServing(port: number): Promise<void> {
  const next = await postZeros(port, '/upload?name=ok.pdf', 10);
  expect(JSON.parse(next.body)).toMatchObject({ ok: true, value: { name: 'ok.pdf', bytes: 10 } });
}

describe('oversized HTTP input', () => {
  it('refuses a JSON body over the limit, and keeps serving', async () => {
    const { core, port } = await start();
    const before = dbFingerprint(core.context.paths.databaseFile);
    const answer = await postZeros(port, '/api/app:dismiss-welcome', MAX_JSON_BYTES + 1);
    const changedDatabase = dbFingerprint(core.context.paths.databaseFile) !== before;
    recordHostile({ importer: 'http bridge', input: `JSON body of ${MAX_JSON_BYTES + 1} bytes`, refused: answer.status === 400, changedDatabase });
    expect(answer.status).toBe(400);
    expect(JSON.parse(answer.body)).toEqual({ ok: false, error: { code: 'request-too-large', message: 'Begäran är för stor.' } });
    expect(changedDatabase).toBe(false);
    await expectStillServing(port);
  });

  it('refuses an upload one byte over the limit and leaves nothing behind', async () => {
    const { core, port } = await start();
    const before = dbFingerprint(core.context.paths.databaseFile);
    const answer = await postZeros(port, '/upload?name=stor.pdf', MAX_UPLOAD_BYTES + 1);
    const changedDatabase = dbFingerprint(core.context.paths.databaseFile) !== before;
    const envelope = JSON.parse(answer.body) as { ok: boolean; error?: { code: string; message: string } };
    recordHostile({ importer: 'http bridge', input: `upload of ${MAX_UPLOAD_BYTES + 1} bytes`, refused: !envelope.ok, changedDatabase });
    expect(envelope).toEqual({ ok: false, error: { code: 'upload-too-large', message: 'Filen är för stor (högst 300 MB).' } });
    expect(changedDatabase).toBe(false);
    const uploads = uploadsDir(core);
    expect(existsSync(uploads) ? readdirSync(uploads) : []).toEqual([]);
  });
});

/** One Swedish line, no stack trace, no internal detail: what every refusal over HTTP must look like. */
function expectSwedishRefusal(body: string, code: string, message: string): void {
  expect(JSON.parse(body)).toEqual({ ok: false, error: { code, message } });
  expect(body).not.toMatch(/\n|\bat [\w.<>]+ \(|node:|Error:/);
}

describe('malformed HTTP requests (issue 13 item 13)', () => {
  it.each([
    ['a lone percent sign', '/api/%'],
    ['a truncated percent escape', '/api/app:info%2'],
    ['a percent escape that is not UTF-8', '/api/%E0%A4%A'],
  ])('refuses a channel with a percent-encoding error (%s) with 400 and one Swedish line, and keeps serving', async (what, path) => {
    const { core, port } = await start();
    const before = dbFingerprint(core.context.paths.databaseFile);
    const answer = await postZeros(port, path, 0);
    const changedDatabase = dbFingerprint(core.context.paths.databaseFile) !== before;
    recordHostile({ importer: 'http bridge', input: `POST ${path} (${what})`, refused: answer.status === 400, changedDatabase });
    expect(answer.status).toBe(400);
    expectSwedishRefusal(answer.body, 'bad-request-path', 'Adressen i begäran är felaktigt kodad och kan inte läsas.');
    expect(changedDatabase).toBe(false);
    await expectStillServing(port);
  });

  it('refuses an upload whose file name is over 255 bytes with 400 and one Swedish line, leaving nothing behind', async () => {
    const { core, port } = await start();
    const before = dbFingerprint(core.context.paths.databaseFile);
    const name = `${'å'.repeat(126)}.pdf`; // 256 bytes in UTF-8, 130 characters
    const answer = await postZeros(port, `/upload?name=${encodeURIComponent(name)}`, 1024);
    const changedDatabase = dbFingerprint(core.context.paths.databaseFile) !== before;
    recordHostile({ importer: 'http bridge', input: 'upload with a 256-byte file name', refused: answer.status === 400, changedDatabase });
    expect(answer.status).toBe(400);
    expectSwedishRefusal(answer.body, 'upload-name-too-long', 'Filnamnet är för långt (högst 255 byte). Byt namn på filen och försök igen.');
    expect(changedDatabase).toBe(false);
    const uploads = uploadsDir(core);
    expect(existsSync(uploads) ? readdirSync(uploads) : []).toEqual([]);
    const longest = `${'å'.repeat(125)}.pdf`; // 254 bytes: accepted
    expect(JSON.parse((await postZeros(port, `/upload?name=${encodeURIComponent(longest)}`, 10)).body)).toMatchObject({ ok: true, value: { name: longest } });
  });
});
