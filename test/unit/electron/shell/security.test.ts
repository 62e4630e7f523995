import type { App, BrowserWindowConstructorOptions, Session, WebContents } from 'electron';
import { EventEmitter } from 'node:events';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  createSecureWindow,
  hardenContents,
  hardenSession,
  isAppUrl,
  parseExternalUrl,
  type BrowserWindowClass,
} from '../../../../electron/shell/security';

describe('window options', () => {
  function createWith(options: object) {
    const made: BrowserWindowConstructorOptions[] = [];
    class FakeWindow {
      constructor(given: BrowserWindowConstructorOptions) {
        made.push(given);
      }
    }
    createSecureWindow(FakeWindow as unknown as BrowserWindowClass, '/app/preload.js', options);
    return made[0]!;
  }

  it('keep the renderer isolated and sandboxed', () => {
    const options = createWith({ width: 800, title: 'Examinator' });
    expect(options).toMatchObject({ width: 800, title: 'Examinator' });
    expect(options.webPreferences).toEqual({
      preload: '/app/preload.js',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      disableBlinkFeatures: 'Auxclick',
      spellcheck: true,
    });
  });

  it('cannot be loosened by the caller', () => {
    const options = createWith({ webPreferences: { nodeIntegration: true, sandbox: false } });
    expect(options.webPreferences).toMatchObject({ nodeIntegration: false, sandbox: true, contextIsolation: true });
  });
});

describe('content security policy', () => {
  it('starts from nothing and allows only the app itself', () => {
    const directives = Object.fromEntries(
      CONTENT_SECURITY_POLICY.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1).join(' ')]),
    );
    expect(CONTENT_SECURITY_POLICY.startsWith("default-src 'none'")).toBe(true);
    expect(directives['script-src']).toBe("'self'");
    expect(directives['object-src']).toBe("'none'");
    expect(directives['base-uri']).toBe("'none'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|\*|https?:/);
  });

  it("is the same in the page's meta tag (which cannot carry frame-ancestors)", () => {
    const html = readFileSync(join(__dirname, '../../../../renderer/index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    const expected = CONTENT_SECURITY_POLICY.split('; ').filter((d) => !d.startsWith('frame-ancestors'));
    expect(meta?.split('; ')).toEqual(expected);
  });
});

describe('urls', () => {
  it('recognises only the app origin (and the dev server when given)', () => {
    expect(isAppUrl('app://examinator/index.html')).toBe(true);
    expect(isAppUrl('app://evil/index.html')).toBe(false);
    expect(isAppUrl('https://examinator/index.html')).toBe(false);
    expect(isAppUrl('http://localhost:5173/')).toBe(false);
    expect(isAppUrl('http://localhost:5173/x', 'http://localhost:5173')).toBe(true);
    expect(isAppUrl('not a url')).toBe(false);
  });

  it('opens external links only as https without credentials', () => {
    expect(parseExternalUrl('https://start.stockholm/')?.hostname).toBe('start.stockholm');
    for (const bad of ['http://x.se', 'file:///etc/passwd', 'javascript:alert(1)', 'https://user:pw@x.se', 'smb://x']) {
      expect(parseExternalUrl(bad)).toBeNull();
    }
  });
});

describe('hardenContents', () => {
  function fakeContents() {
    const emitter = new EventEmitter();
    let openHandler: (() => { action: string }) | undefined;
    const contents = Object.assign(emitter, {
      setWindowOpenHandler: (handler: () => { action: string }) => (openHandler = handler),
    });
    hardenContents(contents as unknown as WebContents);
    const fire = (name: string, url: string) => {
      const event = { preventDefault: vi.fn() };
      emitter.emit(name, event, url);
      return event.preventDefault.mock.calls.length > 0;
    };
    return { fire, open: () => openHandler?.() };
  }

  it('refuses navigation away from the app', () => {
    const { fire } = fakeContents();
    expect(fire('will-navigate', 'https://evil.example/')).toBe(true);
    expect(fire('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(fire('will-redirect', 'https://evil.example/')).toBe(true);
    expect(fire('will-navigate', 'app://examinator/index.html#/installningar')).toBe(false);
  });

  it('refuses new windows and <webview>', () => {
    const { fire, open } = fakeContents();
    expect(open()).toEqual({ action: 'deny' });
    expect(fire('will-attach-webview', '')).toBe(true);
  });
});

describe('hardenSession', () => {
  it('denies every permission request and check, and downloads', () => {
    const handlers: Record<string, (...args: unknown[]) => unknown> = {};
    const session = {
      setPermissionRequestHandler: (h: (...a: unknown[]) => unknown) => (handlers.request = h),
      setPermissionCheckHandler: (h: (...a: unknown[]) => unknown) => (handlers.check = h),
      setDevicePermissionHandler: (h: (...a: unknown[]) => unknown) => (handlers.device = h),
      on: (name: string, h: (...a: unknown[]) => unknown) => (handlers[name] = h),
      webRequest: { onHeadersReceived: (h: (...a: unknown[]) => unknown) => (handlers.headers = h) },
    };
    hardenSession(session as unknown as Session);
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      const callback = vi.fn();
      handlers.request!({}, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
      expect(handlers.check!({}, permission)).toBe(false);
    }
    expect(handlers.device!()).toBe(false);
    const download = { preventDefault: vi.fn() };
    handlers['will-download']!(download);
    expect(download.preventDefault).toHaveBeenCalled();
    const callback = vi.fn();
    handlers.headers!({ responseHeaders: { a: ['b'] } }, callback);
    expect(callback.mock.calls[0]![0].responseHeaders['Content-Security-Policy']).toEqual([CONTENT_SECURITY_POLICY]);
  });
});

export type { App };
