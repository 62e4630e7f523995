import { join, resolve } from 'node:path';
import type { Args, Channel, Result } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import { appVersion, type Core, createCore, dataPaths, defaultDataDir, defaultResourcesDir, fileSecretStore, saveToFolder } from '../core';

export const DATA_DIR_OPTION = ['--data-dir <mapp>', 'datamapp (standard: appens egen, eller $EXAMINATOR_DATA_DIR)'] as const;

/** Opens the core on a data directory for one CLI command, and closes it after. */
export async function withCore<T>(dataDir: string | undefined, use: (core: Core) => Promise<T> | T): Promise<T> {
  const dir = resolve(dataDir ?? defaultDataDir());
  const core = createCore({
    holder: 'cli',
    dataDir: dir,
    version: appVersion(),
    resourcesDir: defaultResourcesDir(),
    secrets: fileSecretStore(join(dir, 'secrets')),
    saveFile: saveToFolder(dataPaths(dir).exportDir),
    savesToExportDir: true,
    backupOnStart: false,
  });
  try {
    return await use(core);
  } finally {
    await core.close();
  }
}

/** Calls the core exactly as the app does (validated, enveloped); a refusal becomes an AppError. */
export async function callCore<C extends Channel>(core: Core, channel: C, args: Args<C>): Promise<Result<C>> {
  const envelope = await core.dispatch(channel, args);
  if (!envelope.ok) throw new AppError(envelope.error.code, envelope.error.message);
  return envelope.value as Result<C>;
}
