import type { Migration } from './index';

/**
 * Keys the user chose to trust for criteria packages and round bundles, after
 * comparing the fingerprint (the shipped keys live in resources/trusted-keys/).
 */
const migration: Migration = {
  version: 4,
  name: '0004-trusted-keys',
  up(db) {
    db.exec(`
      CREATE TABLE trusted_keys (
        key_id     TEXT PRIMARY KEY CHECK (length(key_id) = 64),
        public_key TEXT NOT NULL,
        label      TEXT NOT NULL,
        added_at   TEXT NOT NULL
      ) STRICT;
    `);
  },
};

export default migration;
