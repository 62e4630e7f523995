import type { Migration } from './index';

/**
 * Stadsledningskontoret's drafts: a criteria package or a round set-up being
 * written, saved as the user types so that a reload or a restart loses
 * nothing. `content` is the editor's draft as JSON (the shape that will be
 * signed, plus what the editor needs to resume: the package it started from,
 * the chosen criteria package); it is only checked when signed. A draft is
 * gone only when the user discards it.
 */
const migration: Migration = {
  version: 8,
  name: '0008-authoring-drafts',
  up(db) {
    db.exec(`
      CREATE TABLE authoring_drafts (
        id         TEXT PRIMARY KEY CHECK (length(id) BETWEEN 1 AND 64),
        kind       TEXT NOT NULL CHECK (kind IN ('package', 'round')),
        title      TEXT NOT NULL CHECK (length(title) <= 300),
        content    TEXT NOT NULL CHECK (json_valid(content) AND json_type(content) = 'object'),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
    `);
  },
};

export default migration;
