import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';

/**
 * A hash of every row of every table (ordered), read through a separate
 * connection: equal fingerprints mean the database content did not change.
 */
export function dbFingerprint(path: string): string {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const hash = createHash('sha256');
    hash.update(`user_version=${String(db.pragma('user_version', { simple: true }))}\n`);
    const tables = db
      .prepare("SELECT name, sql FROM sqlite_schema WHERE type IN ('table','index','trigger','view') ORDER BY name")
      .all() as { name: string; sql: string | null }[];
    for (const table of tables) {
      hash.update(`${table.name}:${table.sql ?? ''}\n`);
      if (!table.sql?.startsWith('CREATE TABLE') || table.name.startsWith('sqlite_')) continue;
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
