import { AppError } from '../../shared/errors';
import { damagedDatabase } from './db/errors';
import { closeDatabase, openDatabase, type Db, type OpenOptions } from './db/open';

export interface StoreOptions extends OpenOptions {
  /** Take the file as damaged without opening it (an empty file where backups show there was data). */
  readonly presumeDamaged?: boolean;
}

/**
 * Holds the open database. Handlers ask it for the current connection on each
 * call, so a restore can swap the file underneath without stale handles.
 *
 * A damaged database does not stop the core: the store is then `damaged`,
 * every use of `db` is refused with a Swedish reason, and only what recovery
 * needs (listing and restoring backups) works, so the app can offer them.
 */
export class Store {
  private current: Db | null = null;

  constructor(
    readonly databaseFile: string,
    private readonly options: StoreOptions = {},
  ) {
    if (!options.presumeDamaged) this.open();
  }

  /** True while the database file could not be opened because it is damaged. */
  get damaged(): boolean {
    return this.current === null;
  }

  get db(): Db {
    if (!this.current) throw damagedDatabase();
    return this.current;
  }

  /** Closes, lets `replace` change the file, and reopens (even if `replace` throws). */
  swap(replace: () => void): void {
    if (this.current) closeDatabase(this.current);
    this.current = null;
    try {
      replace();
    } finally {
      this.open();
    }
  }

  close(): void {
    if (this.current) closeDatabase(this.current);
  }

  private open(): void {
    try {
      this.current = openDatabase(this.databaseFile, this.options);
    } catch (error) {
      if (!(error instanceof AppError && error.code === 'database-damaged')) throw error;
    }
  }
}
