/**
 * The preload (sandboxed, context-isolated): exposes one object,
 * `window.examinator`, typed by the contract and built in preload-bridge.ts.
 * It never exposes ipcRenderer, and it forwards only the contract's channels
 * and the shell's own fixed ones; an unknown channel is refused here with the
 * dispatch's `unknown-channel` envelope. Main validates everything again.
 */
import { contextBridge, ipcRenderer, webUtils } from 'electron';
import { createBridge } from './preload-bridge';

contextBridge.exposeInMainWorld('examinator', createBridge(ipcRenderer, webUtils));
