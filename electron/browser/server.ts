/**
 * Browser mode: serves the built renderer and bridges the typed contract to
 * the core over HTTP on 127.0.0.1 only. Every API call needs the per-run token;
 * the Host header is checked against DNS rebinding; the same dispatch (zod
 * validation, envelope) as Electron's IPC answers it.
 */
import { randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { createWriteStream, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { safeFileName } from '../core/safe-file-name';
import { pipeline } from 'node:stream/promises';
import { Transform } from 'node:stream';
import { fail, ok } from '../../shared/envelope';
import { AppError, appError, errorMessage, errorPayload, INTERNAL_ERROR } from '../../shared/errors';
import type { Core } from '../core';
import { CONTENT_SECURITY_POLICY } from '../../shared/csp';
import { serveStatic } from './static';

export const MAX_JSON_BYTES = 16 * 1024 * 1024;
export const MAX_UPLOAD_BYTES = 300 * 1024 * 1024;
/** What every common file system allows in one name. */
export const MAX_FILE_NAME_BYTES = 255;

/** A request that cannot be read as sent: answered 400 with its Swedish reason. */
class BadRequest extends AppError {}

function requestUrl(request: IncomingMessage, port: number): URL {
  try {
    return new URL(request.url ?? '/', `http://127.0.0.1:${port}`);
  } catch {
    throw new BadRequest('bad-request-path', errorMessage('bad-request-path'));
  }
}

/** A path segment's percent-encoding, decoded; a broken escape ("%", "%2", not UTF-8) is the caller's error. */
function decoded(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    throw new BadRequest('bad-request-path', errorMessage('bad-request-path'));
  }
}

export interface BrowserServerOptions {
  readonly core: Core;
  readonly rendererDir: string;
  readonly bridgeScript: string;
  readonly port?: number;
  readonly token?: string;
}

export interface BrowserServer {
  readonly url: string;
  readonly token: string;
  readonly server: Server;
  close(): Promise<void>;
}

export async function startBrowserServer(options: BrowserServerOptions): Promise<BrowserServer> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  // Uploads are only reachable through this run's file registry: earlier runs' copies are dead weight.
  rmSync(uploadsDir(options.core), { recursive: true, force: true });
  const indexHtml = readFileSync(join(options.rendererDir, 'index.html'), 'utf8');
  const bridgeJs = readFileSync(options.bridgeScript);
  let port = 0;

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      request.resume(); // an unread body must not hold the connection
      if (response.headersSent) return;
      // A request we cannot read is the caller's fault (400, its Swedish reason); anything else is ours, told without detail.
      if (error instanceof BadRequest) return sendJson(response, 400, fail(error.toPayload()));
      console.error(error);
      sendJson(response, 500, fail(INTERNAL_ERROR));
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (!hostAllowed(request.headers.host, port)) {
      return sendText(response, 421, 'Fel värdnamn.');
    }
    const url = requestUrl(request, port);
    if (request.method === 'GET' && (url.pathname === '/' || url.pathname === '/index.html')) {
      if (!tokenMatches(url.searchParams.get('t'), token)) {
        return sendText(response, 403, 'Öppna Examinator med länken som skrevs ut i terminalen (den innehåller en engångsnyckel).');
      }
      return sendHtml(response, injectBridge(indexHtml, token));
    }
    if (request.method === 'GET' && url.pathname === '/browser-bridge.js') {
      response.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'no-store' });
      return void response.end(bridgeJs);
    }
    if (request.method === 'POST') {
      if (!tokenMatches(headerValue(request.headers['x-examinator-token']), token)) {
        return sendJson(response, 403, fail(errorPayload('bad-token')));
      }
      if (url.pathname.startsWith('/api/')) {
        const channel = decoded(url.pathname.slice('/api/'.length));
        const args = await readJson(request);
        if (args instanceof AppError) return sendJson(response, 400, fail(args.toPayload()));
        return sendJson(response, 200, await options.core.dispatch(channel, args));
      }
      if (url.pathname === '/upload') {
        return sendJson(response, 200, await receiveUpload(request, url.searchParams.get('name') ?? 'fil'));
      }
    }
    if (request.method === 'GET' && serveStatic(options.rendererDir, url.pathname, response)) return;
    sendText(response, 404, 'Hittades inte.');
  }

  async function receiveUpload(request: IncomingMessage, name: string) {
    const fileName = safeFileName(name);
    if (Buffer.byteLength(fileName) > MAX_FILE_NAME_BYTES) {
      throw new BadRequest('upload-name-too-long', errorMessage('upload-name-too-long', { max: MAX_FILE_NAME_BYTES }));
    }
    const dir = join(uploadsDir(options.core), randomUUID());
    mkdirSync(dir, { recursive: true });
    const path = join(dir, fileName);
    let received = 0;
    const limit = new Transform({
      transform(chunk: Buffer, _encoding, callback) {
        received += chunk.length;
        if (received > MAX_UPLOAD_BYTES) callback(appError('upload-too-large'));
        else callback(null, chunk);
      },
    });
    try {
      await pipeline(request, limit, createWriteStream(path));
      return ok(options.core.context.files.register(path));
    } catch (error) {
      request.resume();
      // A refused or broken upload leaves no partial file in the data folder.
      rmSync(dir, { recursive: true, force: true });
      if (error instanceof AppError) return fail(error.toPayload());
      throw error;
    }
  }

  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/?t=${token}`,
    token,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** Where browser mode keeps the files a page uploads (the data folder's tmp/uppladdat). */
export function uploadsDir(core: Core): string {
  return join(core.context.paths.tempDir, 'uppladdat');
}

function hostAllowed(host: string | undefined, port: number): boolean {
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}

function headerValue(value: string | string[] | undefined): string | null {
  return typeof value === 'string' ? value : null;
}

function tokenMatches(given: string | null, expected: string): boolean {
  if (given === null) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function injectBridge(html: string, token: string): string {
  const tags = `<meta name="examinator-token" content="${token}">\n    <script src="/browser-bridge.js"></script>\n    `;
  return html.replace(/<script /, `${tags}<script `);
}

async function readJson(request: IncomingMessage): Promise<unknown> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_JSON_BYTES) return appError('request-too-large');
    chunks.push(chunk);
  }
  if (size === 0) return {};
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown;
  } catch {
    return appError('invalid-json');
  }
}

const securityHeaders = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
};

function sendHtml(response: ServerResponse, html: string): void {
  response.writeHead(200, { ...securityHeaders, 'Content-Type': 'text/html; charset=utf-8' });
  response.end(html);
}

function sendText(response: ServerResponse, status: number, text: string): void {
  response.writeHead(status, { ...securityHeaders, 'Content-Type': 'text/plain; charset=utf-8' });
  response.end(text);
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { ...securityHeaders, 'Content-Type': 'application/json; charset=utf-8' });
  response.end(JSON.stringify(body));
}
