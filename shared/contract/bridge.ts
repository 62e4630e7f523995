import type { Invoke } from './index';

/** A file the user chose (dialog, drop, OS association); the core resolves it by id. */
export interface FileRef {
  readonly id: string;
  readonly name: string;
  readonly bytes: number;
}

import type { FileKind } from './file-kinds';

export type { FileKind };

/**
 * The one object the preload exposes as `window.examinator` (and browser mode's
 * loopback bridge provides in the same shape). The renderer sees only this.
 */
export interface ExaminatorBridge {
  readonly invoke: Invoke;
  /** Shows the platform's open dialog; resolves to the chosen files (maybe none). */
  readonly pickFiles: (options: { kinds: readonly FileKind[]; multiple: boolean }) => Promise<FileRef[]>;
  /** Turns files dropped on the window into references the core can read. */
  readonly refsForDroppedFiles: (files: readonly unknown[]) => Promise<FileRef[]>;
  /** Files handed to the app by the operating system (file association). */
  readonly onFilesOpened: (listener: (files: FileRef[]) => void) => () => void;
  /** Opens an https link in the user's browser after asking; false if refused. */
  readonly openExternal: (url: string) => Promise<boolean>;
}
