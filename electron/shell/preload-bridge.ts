/**
 * The object the preload exposes as `window.examinator`, built from the
 * renderer-side Electron modules it is given (so a unit test passes fakes).
 * It never hands out ipcRenderer. `invoke` forwards only the contract's
 * channels: any other name is answered here, without a message to main, with
 * the same `unknown-channel` envelope the dispatch gives. The shell's own calls
 * (dialogs, dropped files, links) use fixed channel names. Arguments are not
 * checked here: main checks every message's sender and validates its arguments
 * against the contract (ipc.ts, dispatch.ts), so nothing here is trusted.
 */
import type { IpcRenderer, WebUtils } from 'electron';
import { isChannel, type ExaminatorBridge, type FileRef } from '../../shared/contract';
import { FILES_OPENED_EVENT } from '../../shared/contract/file-kinds';
import { fail, type Envelope } from '../../shared/envelope';
import { UNKNOWN_CHANNEL_ERROR } from '../../shared/errors';

export type PreloadIpc = Pick<IpcRenderer, 'invoke' | 'on' | 'removeListener'>;
export type PreloadWebUtils = Pick<WebUtils, 'getPathForFile'>;

async function unwrap<T>(promise: Promise<Envelope<T>>): Promise<T> {
  const envelope = await promise;
  if (!envelope.ok) throw Object.assign(new Error(envelope.error.message), { code: envelope.error.code });
  return envelope.value;
}

export function createBridge(ipc: PreloadIpc, webUtils: PreloadWebUtils): ExaminatorBridge {
  return {
    invoke: (channel, args) => (isChannel(channel) ? ipc.invoke(channel, args) : Promise.resolve(fail(UNKNOWN_CHANNEL_ERROR))),
    pickFiles: (options) => unwrap<FileRef[]>(ipc.invoke('shell:pick-files', options)),
    refsForDroppedFiles: async (files) => {
      const paths = files.map((file) => webUtils.getPathForFile(file as Parameters<PreloadWebUtils['getPathForFile']>[0])).filter((path) => path !== '');
      if (paths.length === 0) return [];
      return unwrap<FileRef[]>(ipc.invoke('shell:refs-for-paths', { paths }));
    },
    onFilesOpened: (listener) => {
      const handler = (_event: unknown, files: FileRef[]) => listener(files);
      ipc.on(FILES_OPENED_EVENT, handler);
      return () => void ipc.removeListener(FILES_OPENED_EVENT, handler);
    },
    openExternal: (url) => unwrap<boolean>(ipc.invoke('shell:open-external', { url })),
  };
}
