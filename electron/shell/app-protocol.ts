import { net, protocol } from 'electron';
import { pathToFileURL } from 'node:url';
import { resolve, sep } from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../../shared/csp';
import { APP_HOST, APP_SCHEME } from './security';

/** Must run before `app.ready`: app:// behaves like https (secure, standard, fetch). */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** Serves the built renderer from `rootDir` as app://examinator/…, never a file outside it. */
export function serveRenderer(rootDir: string): void {
  protocol.handle(APP_SCHEME, appProtocolHandler(rootDir, (fileUrl) => net.fetch(fileUrl)));
}

/** The handler itself, with the file fetch passed in (Electron's net.fetch in the app). */
export function appProtocolHandler(
  rootDir: string,
  fetchFile: (fileUrl: string) => Promise<Response>,
): (request: Request) => Promise<Response> {
  const root = resolve(rootDir);
  return async (request) => {
    const url = new URL(request.url);
    if (url.host !== APP_HOST) return new Response('Not found', { status: 404 });
    let relative: string;
    try {
      relative = decodeURIComponent(url.pathname === '/' ? '/index.html' : url.pathname);
    } catch {
      return new Response('Bad request', { status: 400 });
    }
    const file = resolve(root, `.${relative}`);
    if (relative.includes('\0') || !file.startsWith(root + sep)) return new Response('Forbidden', { status: 403 });
    const response = await fetchFile(pathToFileURL(file).toString());
    const headers = new Headers(response.headers);
    headers.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    headers.set('X-Content-Type-Options', 'nosniff');
    return new Response(response.body, { status: response.status, headers });
  };
}
