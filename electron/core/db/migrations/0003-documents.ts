import type { Migration } from './index';

/** Contestants' documents, stored once per content (content-addressed by SHA-256). */
const migration: Migration = {
  version: 3,
  name: '0003-documents',
  up(db) {
    db.exec(`
      CREATE TABLE documents (
        sha256      TEXT PRIMARY KEY,
        media_type  TEXT NOT NULL CHECK (media_type IN (
                      'application/pdf',
                      'application/vnd.openxmlformats-officedocument.wordprocessingml.document')),
        bytes       INTEGER NOT NULL,
        content     BLOB NOT NULL,
        imported_at TEXT NOT NULL
      ) STRICT;
    `);
  },
};

export default migration;
