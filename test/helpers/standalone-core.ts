import { join } from 'node:path';
import { createCore, type Core, type CoreOptions } from '../../electron/core';
import { fileSecretStore } from '../../electron/core/secrets-file';
import { saveToFolder } from '../../electron/core/save-to-folder';

/**
 * A real core on `dataDir` for code that runs outside vitest (benchmarks, the
 * durability child process). The caller closes it. Inside tests use testCore().
 */
export function standaloneCore(dataDir: string, options: Partial<CoreOptions> = {}): Core {
  return createCore({
    holder: 'cli',
    dataDir,
    version: '0.0.0-test',
    resourcesDir: join(__dirname, '../../resources'),
    secrets: fileSecretStore(join(dataDir, 'secrets')),
    saveFile: saveToFolder(join(dataDir, 'saved')),
    backupOnStart: false,
    ...options,
  });
}
