import type { ChooseFolder, Clock, SaveFile, SecretStore } from './effects';
import type { FileRegistry } from './files';
import type { DataPaths } from './paths';
import type { Store } from './store';

/** What every feature's handlers are built from. */
export interface CoreContext {
  readonly version: string;
  /** The app's resources/ folder: shipped trusted keys, the övningsomgång. */
  readonly resourcesDir: string;
  readonly paths: DataPaths;
  readonly store: Store;
  readonly clock: Clock;
  readonly secrets: SecretStore;
  readonly files: FileRegistry;
  readonly saveFile: SaveFile;
  readonly chooseFolder: ChooseFolder;
  /** True when `saveFile` writes into `paths.exportDir` without asking. */
  readonly savesToExportDir: boolean;
}
