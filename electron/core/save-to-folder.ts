import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { safeFileName } from './safe-file-name';
import type { SaveFile } from './effects';

/** Saves into a folder without overwriting: "namn.pdf", "namn (2).pdf", … */
export function saveToFolder(dir: string): SaveFile {
  return async ({ suggestedName, bytes }) => {
    mkdirSync(dir, { recursive: true });
    const safe = safeFileName(suggestedName, 'export');
    const ext = extname(safe);
    const stem = safe.slice(0, safe.length - ext.length);
    let path = join(dir, safe);
    for (let n = 2; existsSync(path); n++) path = join(dir, `${stem} (${n})${ext}`);
    writeFileSync(path, bytes, { flag: 'wx' });
    return { path };
  };
}
