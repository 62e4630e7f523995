import { mkdirSync, statSync } from 'node:fs';
import type { Handlers } from '../../shared/contract';
import { appHandlers } from './app/handlers';
import { authoringHandlers } from './authoring/handlers';
import { assessmentHandlers, roleAndProgress } from './assessments';
import { consensusHandlers } from './consensus/handlers';
import { reportHandlers } from './reports/app/handlers';
import { evaluationHandlers } from './evaluation/app';
import { calibrationHandlers } from './calibration/handlers';
import { calibrationOfficeHandlers } from './calibration/office';
import { documentHandlers } from './documents/handlers';
import { draftHandlers } from './drafts/handlers';
import { exchangeHandlers } from './exchange/handlers';
import { juryHandlers } from './jury/handlers';
import { packageHandlers } from './packages/handlers';
import { roundHandlers } from './rounds/handlers';
import type { CoreContext } from './context';
import { createBackup, listBackups } from './db/backup';
import { lockDataFolder, type LockHolderKind } from './db/folder-lock';
import { systemClock, type ChooseFolder, type Clock, type SaveFile, type SecretStore } from './effects';
import { FileRegistry } from './files';
import { dataPaths } from './paths';
import { Store } from './store';
import { createDispatch, type Dispatch } from './dispatch';

export interface CoreOptions {
  readonly dataDir: string;
  readonly version: string;
  /** Where resources/ is (trusted-keys/, ovning/). */
  readonly resourcesDir: string;
  readonly secrets: SecretStore;
  readonly saveFile: SaveFile;
  /** Where batches go; without it, the data folder's export folder. */
  readonly chooseFolder?: ChooseFolder;
  readonly clock?: Clock;
  readonly nativeBinding?: string;
  /** Take the start-up backup (default true). */
  readonly backupOnStart?: boolean;
  /** `saveFile` writes into the data folder's `exporter/` (browser mode, the CLI) rather than asking. */
  readonly savesToExportDir?: boolean;
  /** Who takes the data folder's lock (named when a second process is refused). */
  readonly holder: LockHolderKind;
}

export interface Core {
  readonly context: CoreContext;
  readonly handlers: Handlers;
  readonly dispatch: Dispatch;
  /** Settles when the start-up backup is written (or failed, which is logged, not fatal). */
  readonly ready: Promise<void>;
  close(): Promise<void>;
}

/**
 * Builds the whole core: one store, one handler map, one dispatch. No Electron in here.
 * It holds the data folder's lock until `close()`; a damaged database leaves the store `damaged`.
 */
export function createCore(options: CoreOptions): Core {
  const paths = dataPaths(options.dataDir);
  mkdirSync(paths.dataDir, { recursive: true });
  const nativeBinding = options.nativeBinding ? { nativeBinding: options.nativeBinding } : {};
  const lock = lockDataFolder(paths.dataDir, { kind: options.holder, now: (options.clock ?? systemClock).now(), ...nativeBinding });
  let store: Store;
  try {
    store = new Store(paths.databaseFile, { ...nativeBinding, presumeDamaged: emptiedDatabase(paths.databaseFile, paths.backupDir) });
  } catch (error) {
    lock.release();
    throw error;
  }
  const context: CoreContext = {
    version: options.version,
    resourcesDir: options.resourcesDir,
    paths,
    store,
    clock: options.clock ?? systemClock,
    secrets: options.secrets,
    files: new FileRegistry(),
    saveFile: options.saveFile,
    chooseFolder: options.chooseFolder ?? (async () => paths.exportDir),
    savesToExportDir: options.savesToExportDir ?? false,
  };
  const handlers = {
    ...appHandlers(context),
    ...roundHandlers(context, roleAndProgress),
    ...documentHandlers(context),
    ...packageHandlers(context),
    ...assessmentHandlers(context),
    ...exchangeHandlers(context),
    ...consensusHandlers(context),
    ...juryHandlers(context),
    ...reportHandlers(context),
    ...evaluationHandlers(context),
    ...calibrationHandlers(context),
    ...calibrationOfficeHandlers(context),
    ...authoringHandlers(context),
    ...draftHandlers(context),
  } satisfies Handlers;

  const ready =
    options.backupOnStart === false || store.damaged
      ? Promise.resolve()
      : createBackup(store.db, paths.backupDir, context.clock).then(
          () => undefined,
          (error: unknown) => console.error('Start-up backup failed', error),
        );

  return {
    context,
    handlers,
    dispatch: createDispatch(handlers),
    ready,
    async close() {
      await ready;
      try {
        store.close();
      } finally {
        lock.release();
      }
    },
  };
}

/** A zero-byte database where backups exist was not new: its data is gone (a full disk, a bad copy). */
function emptiedDatabase(databaseFile: string, backupDir: string): boolean {
  try {
    return statSync(databaseFile).size === 0 && listBackups(backupDir).length > 0;
  } catch {
    return false;
  }
}
