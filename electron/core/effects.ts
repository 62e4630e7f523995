/**
 * Everything the core needs from the outside world, passed in by the shell
 * (Electron, browser mode, CLI) so tests can replace it without mocking Node.
 */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** Where the installation's private key lives: OS keychain in Electron, a 0600 file elsewhere. */
export interface SecretStore {
  read(name: string): Promise<Buffer | null>;
  write(name: string, secret: Buffer): Promise<void>;
}

export interface SaveRequest {
  readonly suggestedName: string;
  readonly bytes: Uint8Array;
  readonly filterName: string;
  readonly extensions: readonly string[];
}

/** Writes a file the user asked for: a save dialog in Electron, the export folder in browser mode. */
export type SaveFile = (request: SaveRequest) => Promise<{ path: string } | null>;

/** Asks where a batch of files goes: a folder dialog in Electron, the export folder in browser mode and the CLI. Null when cancelled. */
export type ChooseFolder = () => Promise<string | null>;
