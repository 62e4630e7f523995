import type { Migration } from './index';

/**
 * Criteria packages and rounds as imported from signed files. The signed bytes
 * are kept verbatim (they are the evidence); the columns are for querying.
 */
const migration: Migration = {
  version: 2,
  name: '0002-rounds',
  up(db) {
    db.exec(`
      CREATE TABLE criteria_packages (
        sha256        TEXT PRIMARY KEY,
        package_id    TEXT NOT NULL,
        revision      INTEGER NOT NULL,
        title         TEXT NOT NULL,
        year          INTEGER NOT NULL,
        signer_key_id TEXT NOT NULL,
        example       INTEGER NOT NULL CHECK (example IN (0, 1)),
        content       BLOB NOT NULL,
        imported_at   TEXT NOT NULL,
        UNIQUE (package_id, revision)
      ) STRICT;

      CREATE TABLE rounds (
        id                   TEXT PRIMARY KEY,
        title                TEXT NOT NULL,
        year                 INTEGER NOT NULL,
        package_sha256       TEXT NOT NULL REFERENCES criteria_packages (sha256),
        deadline_individual  TEXT NOT NULL,
        deadline_consensus   TEXT NOT NULL,
        deadline_site_visits TEXT NOT NULL,
        deadline_jury        TEXT NOT NULL,
        signer_key_id        TEXT NOT NULL,
        example              INTEGER NOT NULL CHECK (example IN (0, 1)),
        manifest             BLOB NOT NULL,
        bundle_sha256        TEXT NOT NULL,
        imported_at          TEXT NOT NULL
      ) STRICT;

      CREATE TABLE examiners (
        round_id     TEXT NOT NULL REFERENCES rounds (id) ON DELETE CASCADE,
        id           TEXT NOT NULL,
        name         TEXT NOT NULL,
        email        TEXT NOT NULL,
        organisation TEXT NOT NULL,
        position     INTEGER NOT NULL,
        PRIMARY KEY (round_id, id)
      ) STRICT;

      CREATE TABLE teams (
        round_id TEXT NOT NULL REFERENCES rounds (id) ON DELETE CASCADE,
        id       TEXT NOT NULL,
        lead_id  TEXT NOT NULL,
        position INTEGER NOT NULL,
        PRIMARY KEY (round_id, id),
        FOREIGN KEY (round_id, lead_id) REFERENCES examiners (round_id, id)
      ) STRICT;

      CREATE TABLE team_members (
        round_id    TEXT NOT NULL,
        team_id     TEXT NOT NULL,
        examiner_id TEXT NOT NULL,
        PRIMARY KEY (round_id, team_id, examiner_id),
        FOREIGN KEY (round_id, team_id) REFERENCES teams (round_id, id) ON DELETE CASCADE,
        FOREIGN KEY (round_id, examiner_id) REFERENCES examiners (round_id, id) ON DELETE CASCADE
      ) STRICT;

      CREATE TABLE contestants (
        round_id     TEXT NOT NULL REFERENCES rounds (id) ON DELETE CASCADE,
        id           TEXT NOT NULL,
        name         TEXT NOT NULL,
        organisation TEXT NOT NULL,
        class_id     TEXT NOT NULL,
        team_id      TEXT NOT NULL,
        position     INTEGER NOT NULL,
        PRIMARY KEY (round_id, id),
        FOREIGN KEY (round_id, team_id) REFERENCES teams (round_id, id)
      ) STRICT;

      CREATE TABLE contestant_documents (
        round_id      TEXT NOT NULL,
        contestant_id TEXT NOT NULL,
        position      INTEGER NOT NULL,
        path          TEXT NOT NULL,
        title         TEXT NOT NULL,
        media_type    TEXT NOT NULL,
        sha256        TEXT NOT NULL,
        bytes         INTEGER NOT NULL,
        PRIMARY KEY (round_id, contestant_id, position),
        FOREIGN KEY (round_id, contestant_id) REFERENCES contestants (round_id, id) ON DELETE CASCADE
      ) STRICT;
      CREATE INDEX contestant_documents_sha256 ON contestant_documents (sha256);
    `);
  },
};

export default migration;
