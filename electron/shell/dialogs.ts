import { dialog, shell, type BrowserWindow } from 'electron';
import type { ChooseFolder, SaveFile } from '../core/effects';
import type { FileRegistry } from '../core/files';
import { fileKindFilters } from '../../shared/contract/file-kinds';
import type { ShellHandlers } from './ipc';
import { parseExternalUrl } from './security';
import { writeFile } from 'node:fs/promises';

export function electronSaveFile(getWindow: () => BrowserWindow | undefined): SaveFile {
  return async ({ suggestedName, bytes, filterName, extensions }) => {
    const window = getWindow();
    const options = { defaultPath: suggestedName, filters: [{ name: filterName, extensions: [...extensions] }] };
    const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
    if (result.canceled || !result.filePath) return null;
    await writeFile(result.filePath, bytes);
    return { path: result.filePath };
  };
}

/** A folder for a batch of files (the reports of a round). */
export function electronChooseFolder(getWindow: () => BrowserWindow | undefined): ChooseFolder {
  return async () => {
    const window = getWindow();
    const options: Electron.OpenDialogOptions = { title: 'Välj mapp för rapporterna', properties: ['openDirectory', 'createDirectory'] };
    const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
    return result.canceled || !result.filePaths[0] ? null : result.filePaths[0];
  };
}

export function electronShellHandlers(getWindow: () => BrowserWindow | undefined, files: FileRegistry): ShellHandlers {
  return {
    'shell:pick-files': async ({ kinds, multiple }) => {
      const window = getWindow();
      const filters = kinds.map((kind) => fileKindFilters[kind]);
      const options: Electron.OpenDialogOptions = {
        properties: multiple ? ['openFile', 'multiSelections'] : ['openFile'],
        filters: [...filters, { name: 'Alla filer', extensions: ['*'] }],
      };
      const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
      return result.canceled ? [] : result.filePaths.map((path) => files.register(path));
    },
    'shell:refs-for-paths': async ({ paths }) => paths.map((path) => files.register(path)),
    'shell:open-external': async ({ url }) => {
      const parsed = parseExternalUrl(url);
      if (!parsed) return false;
      const window = getWindow();
      const options = {
        type: 'question' as const,
        buttons: ['Öppna', 'Avbryt'],
        defaultId: 1,
        cancelId: 1,
        message: 'Öppna länken i webbläsaren?',
        detail: parsed.toString(),
      };
      const answer = window ? await dialog.showMessageBox(window, options) : await dialog.showMessageBox(options);
      if (answer.response !== 0) return false;
      await shell.openExternal(parsed.toString());
      return true;
    },
  };
}
