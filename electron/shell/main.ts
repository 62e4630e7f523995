/**
 * The Electron main process: thin glue between the window and the core.
 * Everything of substance lives in ../core and runs in plain Node.
 */
import { app, BrowserWindow, dialog, ipcMain, safeStorage, session } from 'electron';
import { AppError } from '../../shared/errors';
import { join } from 'node:path';
import { createCore, type Core } from '../core';
import { FILES_OPENED_EVENT } from '../../shared/contract/file-kinds';
import { registerAppScheme, serveRenderer } from './app-protocol';
import { electronChooseFolder, electronSaveFile, electronShellHandlers } from './dialogs';
import { registerIpc, senderCheck } from './ipc';
import { electronNativeBinding } from './native-binding';
import { openablePaths } from './opened-files';
import { safeStorageSecretStore } from './safe-secret-store';
import { APP_ORIGIN, createSecureWindow, hardenAllContents, hardenSession, isAppUrl } from './security';

const devServerUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined;

let mainWindow: BrowserWindow | undefined;
let core: Core | undefined;
const pendingPaths: string[] = [];

app.enableSandbox();
registerAppScheme();
hardenAllContents(app, devServerUrl);

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', (_event, argv, workingDirectory) => {
    openPaths(openablePaths(argv.slice(1), workingDirectory));
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
  });
  // macOS delivers file-association opens as events, possibly before ready.
  app.on('open-file', (event, path) => {
    event.preventDefault();
    openPaths(openablePaths([path], process.cwd()));
  });
  app.whenReady().then(start).catch((error: unknown) => {
    // A data folder another Examinator holds, or a database from a newer version: say so, then quit.
    console.error(error);
    if (error instanceof AppError) dialog.showErrorBox('Examinator kan inte starta', error.message);
    app.exit(1);
  });
}

function openPaths(paths: string[]): void {
  if (!core || !mainWindow) {
    pendingPaths.push(...paths);
    return;
  }
  const refs = paths.map((path) => core!.context.files.register(path));
  if (refs.length > 0) mainWindow.webContents.send(FILES_OPENED_EVENT, refs);
}

async function start(): Promise<void> {
  hardenSession(session.defaultSession);
  serveRenderer(join(__dirname, '../renderer'));
  const userData = app.getPath('userData');
  core = createCore({
    holder: 'app',
    dataDir: userData,
    version: app.getVersion(),
    resourcesDir: app.isPackaged ? process.resourcesPath : join(app.getAppPath(), 'resources'),
    secrets: safeStorageSecretStore(safeStorage, join(userData, 'secrets')),
    saveFile: electronSaveFile(() => mainWindow),
    chooseFolder: electronChooseFolder(() => mainWindow),
    nativeBinding: electronNativeBinding({
      isPackaged: app.isPackaged,
      resourcesPath: process.resourcesPath,
      appPath: app.getAppPath(),
      electronVersion: process.versions.electron,
    }),
  });
  registerIpc(
    ipcMain,
    core.dispatch,
    electronShellHandlers(() => mainWindow, core.context.files),
    senderCheck(() => mainWindow?.webContents.id, (url) => isAppUrl(url, devServerUrl)),
  );
  pendingPaths.push(...openablePaths(process.argv.slice(1), process.cwd()));
  createWindow();
}

function createWindow(): void {
  mainWindow = createSecureWindow(BrowserWindow, join(__dirname, '../preload/preload.js'), {
    width: 1440,
    height: 900,
    minWidth: 1024,
    minHeight: 640,
    title: 'Examinator',
    show: false,
    backgroundColor: '#f6f7f9',
  });
  mainWindow.once('ready-to-show', () => mainWindow?.show());
  mainWindow.webContents.once('did-finish-load', () => openPaths(pendingPaths.splice(0)));
  mainWindow.on('closed', () => (mainWindow = undefined));
  void mainWindow.loadURL(devServerUrl ?? `${APP_ORIGIN}/index.html`);
}

app.on('window-all-closed', () => app.quit());

let closing = false;
app.on('will-quit', (event) => {
  if (closing || !core) return;
  closing = true;
  event.preventDefault();
  void core.close().finally(() => app.quit());
});
