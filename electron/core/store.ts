import { closeDatabase, openDatabase, type Db, type OpenOptions } from './db/open';

/**
 * Holds the open database. Handlers ask it for the current connection on each
 * call, so a restore can swap the file underneath without stale handles.
 */
export class Store {
  private current: Db;

  constructor(
    readonly databaseFile: string,
    private readonly options: OpenOptions = {},
  ) {
    this.current = openDatabase(databaseFile, options);
  }

  get db(): Db {
    return this.current;
  }

  /** Closes, lets `replace` change the file, and reopens (even if `replace` throws). */
  swap(replace: () => void): void {
    closeDatabase(this.current);
    try {
      replace();
    } finally {
      this.current = openDatabase(this.databaseFile, this.options);
    }
  }

  close(): void {
    closeDatabase(this.current);
  }
}
