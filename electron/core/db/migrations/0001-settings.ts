import type { Migration } from './index';

/** Installation-wide key/value settings (first-start flags, chosen identity, …). */
const migration: Migration = {
  version: 1,
  name: '0001-settings',
  up(db) {
    db.exec(`
      CREATE TABLE settings (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;
    `);
  },
};

export default migration;
