import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';

export interface FingerprintOptions {
  /**
   * Tables whose rows are left out (their schema still counts); a name also
   * covers the tables named `<name>_…` (an FTS table's shadow tables). For an
   * input accepted by design: "nothing changed except the documents tables".
   */
  readonly exceptTables?: readonly string[];
}

/**
 * A hash of the schema (every table, index, trigger and view with its SQL),
 * `user_version` and every row of every table (ordered by its first column),
 * read through a separate read-only connection: equal fingerprints mean the
 * database content did not change. It compares content, not the file's bytes
 * (free pages, page order and the WAL may differ for the same content).
 */
export function dbFingerprint(path: string, options: FingerprintOptions = {}): string {
  const skipped = (name: string) => (options.exceptTables ?? []).some((t) => name === t || name.startsWith(`${t}_`));
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const hash = createHash('sha256');
    hash.update(`user_version=${String(db.pragma('user_version', { simple: true }))}\n`);
    const tables = db
      .prepare("SELECT name, sql FROM sqlite_schema WHERE type IN ('table','index','trigger','view') ORDER BY name")
      .all() as { name: string; sql: string | null }[];
    // SQLite's planner statistics (sqlite_stat1/4, written by "PRAGMA optimize" on close) are not content.
    for (const table of tables.filter((t) => !t.name.startsWith('sqlite_stat'))) {
      hash.update(`${table.name}:${table.sql ?? ''}\n`);
      if (!table.sql?.startsWith('CREATE TABLE') || table.name.startsWith('sqlite_') || skipped(table.name)) continue;
      const rows = db.prepare(`SELECT * FROM "${table.name}" ORDER BY 1`).raw().all();
      for (const row of rows) hash.update(JSON.stringify(row, (_k, v: unknown) => (Buffer.isBuffer(v) ? v.toString('base64') : v)));
    }
    return hash.digest('hex');
  } finally {
    db.close();
  }
}

/** Hash of the database file's bytes (after the writer checkpointed and closed). */
export function fileHash(path: string): string {
  return existsSync(path) ? createHash('sha256').update(readFileSync(path)).digest('hex') : 'missing';
}
