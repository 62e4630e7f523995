import type { Migration } from './index';

const CLASS_REQUIRED = /\bclass_id(\s+)TEXT NOT NULL\b/;

/**
 * Prizes without scores (formats.md): a contestant may take part only in
 * prizes, so `contestants.class_id` becomes nullable. SQLite's documented way
 * to remove a NOT NULL constraint is to edit the table's definition in
 * sqlite_schema (https://sqlite.org/lang_altertable.html, "otherwise"): the
 * stored rows already satisfy the looser rule, the columns keep their order,
 * and no row moves. Rebuilding the table instead would drop it, and with
 * foreign keys on that cascades to every assessment of its contestants.
 * The prizes themselves are read from the stored, signed round.json.
 */
const migration: Migration = {
  // Numbered after 0011 (feedback) and 0012 (calibration) once they are on main.
  version: 13,
  name: '0013-prizes',
  up(db) {
    const sql = db.prepare("SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = 'contestants'").pluck().get() as string;
    if (!CLASS_REQUIRED.test(sql)) throw new Error('0013-prizes: contestants.class_id is not the column 0002-rounds created');
    const version = db.pragma('schema_version', { simple: true }) as number;
    // Writing sqlite_schema needs the connection's defensive mode off, for this statement only.
    db.unsafeMode(true);
    try {
      db.pragma('writable_schema = ON');
      db.prepare("UPDATE sqlite_schema SET sql = ? WHERE type = 'table' AND name = 'contestants'").run(sql.replace(CLASS_REQUIRED, 'class_id$1TEXT'));
      db.pragma(`schema_version = ${version + 1}`);
      db.pragma('writable_schema = OFF');
    } finally {
      db.unsafeMode(false);
    }
  },
};

export default migration;
