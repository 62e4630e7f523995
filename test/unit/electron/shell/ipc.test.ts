import type { IpcMainInvokeEvent } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { channels } from '../../../../shared/contract';
import { shellContract } from '../../../../shared/contract/shell';
import { registerIpc, senderCheck, type ShellHandlers } from '../../../../electron/shell/ipc';
import { isAppUrl } from '../../../../electron/shell/security';

type Handler = (event: IpcMainInvokeEvent, args: unknown) => Promise<unknown>;

function setup() {
  const registered = new Map<string, Handler>();
  const ipcMain = { handle: (channel: string, handler: Handler) => void registered.set(channel, handler) };
  const dispatch = vi.fn(async () => ({ ok: true as const, value: 'from core' }));
  const shell: ShellHandlers = {
    'shell:pick-files': vi.fn(async () => []),
    'shell:refs-for-paths': vi.fn(async () => []),
    'shell:open-external': vi.fn(async () => true),
  };
  const mainId = 7;
  const check = senderCheck(() => mainId, (url) => isAppUrl(url));
  registerIpc(ipcMain, dispatch, shell, check, () => undefined);
  const event = (id: number, url: string) => ({ sender: { id }, senderFrame: { url } }) as unknown as IpcMainInvokeEvent;
  return { registered, dispatch, shell, event };
}

describe('registerIpc', () => {
  it('registers every contract and shell channel', () => {
    const { registered } = setup();
    expect([...registered.keys()].sort()).toEqual([...channels, ...Object.keys(shellContract)].sort());
  });

  it('forwards a message from the app window to the dispatch', async () => {
    const { registered, dispatch, event } = setup();
    const result = await registered.get('app:info')!(event(7, 'app://examinator/index.html'), {});
    expect(result).toEqual({ ok: true, value: 'from core' });
    expect(dispatch).toHaveBeenCalledWith('app:info', {});
  });

  it('drops messages from another WebContents or another origin', async () => {
    const { registered, dispatch, shell, event } = setup();
    const foreign = [
      event(8, 'app://examinator/index.html'),
      event(7, 'https://evil.example/index.html'),
      event(7, 'file:///etc/passwd'),
      event(7, 'app://other-host/index.html'),
    ];
    for (const e of foreign) {
      expect(await registered.get('app:info')!(e, {})).toMatchObject({ ok: false, error: { code: 'foreign-sender' } });
      expect(await registered.get('shell:open-external')!(e, { url: 'https://x.se' })).toMatchObject({
        ok: false,
        error: { code: 'foreign-sender' },
      });
    }
    expect(dispatch).not.toHaveBeenCalled();
    expect(shell['shell:open-external']).not.toHaveBeenCalled();
  });

  it('drops messages whose frame is gone or has no URL', async () => {
    const { registered, dispatch } = setup();
    const frameless = [
      { sender: { id: 7 }, senderFrame: null },
      { sender: { id: 7 }, senderFrame: { url: undefined } },
      { sender: { id: 7 } },
    ] as unknown as IpcMainInvokeEvent[];
    for (const e of frameless) {
      expect(await registered.get('backup:restore')!(e, { name: 'x' })).toMatchObject({ ok: false, error: { code: 'foreign-sender' } });
    }
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('validates shell channel arguments before the handler runs', async () => {
    const { registered, shell, event } = setup();
    const e = event(7, 'app://examinator/');
    expect(await registered.get('shell:pick-files')!(e, { kinds: ['exe'], multiple: true })).toMatchObject({
      ok: false,
      error: { code: 'invalid-arguments' },
    });
    expect(shell['shell:pick-files']).not.toHaveBeenCalled();
    expect(await registered.get('shell:pick-files')!(e, { kinds: ['kvomgang'], multiple: false })).toEqual({ ok: true, value: [] });
  });
});
