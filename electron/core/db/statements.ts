/**
 * Prepared statements kept per connection: an edit runs a dozen small
 * queries, and compiling them again on every keystroke's save would cost more
 * than the queries. Keyed by connection, so a restored (swapped) database
 * gets its own.
 */
import type { Statement } from 'better-sqlite3';
import type { Db } from './open';

const cache = new WeakMap<Db, Map<string, Statement>>();

function cached(db: Db, sql: string): Statement {
  let statements = cache.get(db);
  if (!statements) cache.set(db, (statements = new Map()));
  let statement = statements.get(sql);
  if (!statement) statements.set(sql, (statement = db.prepare(sql)));
  return statement;
}

/** A statement returning rows as objects (or none: INSERT, UPDATE, DELETE). */
export function prepared(db: Db, sql: string): Statement {
  const statement = cached(db, sql);
  return statement.reader ? statement.pluck(false) : statement;
}

/** A statement returning the first column only. */
export const plucked = (db: Db, sql: string): Statement => cached(db, sql).pluck(true);
