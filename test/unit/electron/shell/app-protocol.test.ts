import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../../shared/csp';

// Only the handler is under test; Electron itself is not available in Node.
vi.mock('electron', () => ({ net: {}, protocol: {} }));
const { appProtocolHandler } = await import('../../../../electron/shell/app-protocol');

const ROOT = '/opt/examinator/resources/app/out/renderer';

function setup() {
  const fetched: string[] = [];
  const handler = appProtocolHandler(ROOT, async (fileUrl) => {
    fetched.push(fileURLToPath(fileUrl));
    return new Response('file body', { status: 200, headers: { 'Content-Type': 'text/javascript' } });
  });
  const get = (url: string) => handler(new Request(url));
  return { fetched, get };
}

describe('app:// protocol handler', () => {
  it('serves files of the renderer folder with the CSP and nosniff headers', async () => {
    const { fetched, get } = setup();
    const response = await get('app://examinator/assets/index-abc.js');
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('file body');
    expect(response.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(fetched).toEqual([join(ROOT, 'assets/index-abc.js')]);
    await get('app://examinator/');
    expect(fetched[1]).toBe(join(ROOT, 'index.html'));
  });

  it('never reads a file outside the renderer folder, whatever the URL', async () => {
    const { fetched, get } = setup();
    // The URL parser already folds plain and %2e dot segments into the root...
    for (const url of ['app://examinator/../../etc/passwd', 'app://examinator/%2e%2e/%2e%2e/secrets', 'app://examinator/assets/%2E%2E/%2E%2E/x']) {
      await get(url);
    }
    // ...encoded slashes and backslashes survive it, and the handler refuses them.
    const escapes = [
      'app://examinator/..%2f..%2fmain%2fmain.js',
      'app://examinator/assets/..%2F..%2F..%2Fmain%2Fmain.js',
      'app://examinator/%2e%2e%2f%2e%2e%2f..%2f..%2f..%2fetc%2fpasswd',
      'app://examinator/index.html%00.js',
    ];
    for (const url of escapes) expect((await get(url)).status, url).toBe(403);
    expect(fetched.length).toBe(3);
    for (const file of fetched) expect(file.startsWith(`${ROOT}/`), file).toBe(true);
  });

  it('answers other hosts with 404 and malformed escapes with 400', async () => {
    const { fetched, get } = setup();
    expect((await get('app://evil/index.html')).status).toBe(404);
    expect((await get('app://examinator/%E0%A4%A')).status).toBe(400);
    expect(fetched).toEqual([]);
  });
});
