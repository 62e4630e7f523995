import { afterEach, describe, expect, it, vi } from 'vitest';
import { createDispatch } from '../../../../electron/core/dispatch';
import { createBridge, type PreloadIpc } from '../../../../electron/shell/preload-bridge';
import { channels, contract, type Channel, type Handlers } from '../../../../shared/contract';
import { FILES_OPENED_EVENT } from '../../../../shared/contract/file-kinds';

/** Electron's ipcRenderer as far as the preload uses it, recording what would reach main. */
function fakeIpc() {
  const listeners = new Map<string, (...args: unknown[]) => void>();
  const ipc = {
    invoke: vi.fn(async (channel: string, args?: unknown) => ({ ok: true, value: { channel, args } })),
    on: vi.fn((channel: string, listener: (...args: unknown[]) => void) => {
      listeners.set(channel, listener);
      return ipc;
    }),
    removeListener: vi.fn((channel: string) => {
      listeners.delete(channel);
      return ipc;
    }),
  };
  return { ipc, listeners, asIpc: ipc as unknown as PreloadIpc };
}

const webUtils = { getPathForFile: (file: unknown) => (file as { path: string }).path };

// The names a page might try: another domain, Electron's internals, prototype keys, the shell's
// own channels (reached only through the bridge's fixed functions), oddities.
const UNKNOWN = ['fs:read', 'shell:pick-files', 'shell:open-external', 'ELECTRON_BROWSER_REQUIRE', '__proto__', 'constructor', 'toString', 'hasOwnProperty', '', 'app:info ', 'APP:INFO'];

describe('the preload bridge', () => {
  it('refuses an unknown channel itself, with the dispatch’s own envelope, and never asks main', async () => {
    const { ipc, asIpc } = fakeIpc();
    const bridge = createBridge(asIpc, webUtils);
    const dispatch = createDispatch(Object.fromEntries(Object.keys(contract).map((c) => [c, vi.fn()])) as unknown as Handlers, { logError: () => undefined });
    for (const name of UNKNOWN) {
      const answer = await bridge.invoke(name as Channel, {} as never);
      expect(answer, name).toEqual({ ok: false, error: { code: 'unknown-channel', message: 'Okänd begäran. Starta om Examinator.' } });
      expect(answer, `${name}: the same as the dispatch`).toEqual(await dispatch(name, {}));
    }
    expect(ipc.invoke).not.toHaveBeenCalled();
  });

  it('forwards every contract channel, arguments untouched (main validates them)', async () => {
    const { ipc, asIpc } = fakeIpc();
    const bridge = createBridge(asIpc, webUtils);
    for (const channel of channels) {
      const args = { anything: channel };
      expect(await bridge.invoke(channel, args as never)).toEqual({ ok: true, value: { channel, args } });
    }
    expect(ipc.invoke).toHaveBeenCalledTimes(channels.length);
  });

  it('uses fixed shell channels for dialogs, dropped files and links, and unwraps their envelopes', async () => {
    const { ipc, asIpc } = fakeIpc();
    const bridge = createBridge(asIpc, webUtils);
    await bridge.pickFiles({ kinds: ['kvomgang'], multiple: false });
    expect(ipc.invoke).toHaveBeenLastCalledWith('shell:pick-files', { kinds: ['kvomgang'], multiple: false });
    await bridge.openExternal('https://start.stockholm');
    expect(ipc.invoke).toHaveBeenLastCalledWith('shell:open-external', { url: 'https://start.stockholm' });

    // Dropped files: only those with a path on disk; none at all means no message.
    ipc.invoke.mockClear();
    expect(await bridge.refsForDroppedFiles([{ path: '' }])).toEqual([]);
    expect(ipc.invoke).not.toHaveBeenCalled();
    await bridge.refsForDroppedFiles([{ path: '/hem/a.kvbedomning' }, { path: '' }]);
    expect(ipc.invoke).toHaveBeenCalledWith('shell:refs-for-paths', { paths: ['/hem/a.kvbedomning'] });

    ipc.invoke.mockResolvedValueOnce({ ok: false, error: { code: 'x', message: 'Filen kunde inte öppnas.' } } as never);
    await expect(bridge.pickFiles({ kinds: ['kvpaket'], multiple: true })).rejects.toMatchObject({ message: 'Filen kunde inte öppnas.', code: 'x' });
  });

  it('passes files opened by the operating system to the listener, and stops when unsubscribed', () => {
    const { listeners, asIpc } = fakeIpc();
    const bridge = createBridge(asIpc, webUtils);
    const received: unknown[] = [];
    const stop = bridge.onFilesOpened((files) => received.push(files));
    listeners.get(FILES_OPENED_EVENT)!({ sender: 'main' }, [{ id: 'f1', name: 'a.kvomgang', bytes: 1 }]);
    expect(received).toEqual([[{ id: 'f1', name: 'a.kvomgang', bytes: 1 }]]);
    stop();
    expect(listeners.has(FILES_OPENED_EVENT)).toBe(false);
  });
});

describe('preload.ts', () => {
  afterEach(() => {
    vi.doUnmock('electron');
    vi.resetModules();
  });

  it('exposes exactly the bridge as window.examinator, never ipcRenderer itself', async () => {
    const { ipc } = fakeIpc();
    const exposeInMainWorld = vi.fn();
    vi.doMock('electron', () => ({ contextBridge: { exposeInMainWorld }, ipcRenderer: ipc, webUtils }));
    // A path in a variable: preload.ts belongs to the renderer-side TypeScript project.
    const preload = '../../../../electron/shell/preload';
    await import(/* @vite-ignore */ preload);
    expect(exposeInMainWorld).toHaveBeenCalledTimes(1);
    const [name, exposed] = exposeInMainWorld.mock.calls[0]! as [string, Record<string, unknown>];
    expect(name).toBe('examinator');
    expect(Object.keys(exposed).sort()).toEqual(['invoke', 'onFilesOpened', 'openExternal', 'pickFiles', 'refsForDroppedFiles']);
    expect(Object.values(exposed)).not.toContain(ipc);
    await (exposed.invoke as (c: string, a: unknown) => Promise<unknown>)('fs:read', {});
    expect(ipc.invoke).not.toHaveBeenCalled();
  });
});
