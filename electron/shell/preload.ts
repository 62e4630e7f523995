/**
 * The preload: one narrow object, `window.examinator`, typed by the contract.
 * It never exposes ipcRenderer and only forwards known channels.
 */
import { contextBridge, ipcRenderer, webUtils } from 'electron';
import type { ExaminatorBridge, FileRef } from '../../shared/contract';
import { FILES_OPENED_EVENT } from '../../shared/contract/file-kinds';
import type { Envelope } from '../../shared/envelope';

async function unwrap<T>(promise: Promise<Envelope<T>>): Promise<T> {
  const envelope = await promise;
  if (!envelope.ok) throw Object.assign(new Error(envelope.error.message), { code: envelope.error.code });
  return envelope.value;
}

const bridge = {
  // The receiving side validates channel and arguments; nothing is trusted here.
  invoke: (channel, args) => ipcRenderer.invoke(channel, args),
  pickFiles: (options) => unwrap<FileRef[]>(ipcRenderer.invoke('shell:pick-files', options)),
  refsForDroppedFiles: async (files) => {
    const paths = files.map((file) => webUtils.getPathForFile(file as File)).filter((path) => path !== '');
    if (paths.length === 0) return [];
    return unwrap<FileRef[]>(ipcRenderer.invoke('shell:refs-for-paths', { paths }));
  },
  onFilesOpened: (listener) => {
    const handler = (_event: unknown, files: FileRef[]) => listener(files);
    ipcRenderer.on(FILES_OPENED_EVENT, handler);
    return () => ipcRenderer.removeListener(FILES_OPENED_EVENT, handler);
  },
  openExternal: (url) => unwrap<boolean>(ipcRenderer.invoke('shell:open-external', { url })),
} satisfies ExaminatorBridge;

contextBridge.exposeInMainWorld('examinator', bridge);
