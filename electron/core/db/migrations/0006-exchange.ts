import type { Migration } from './index';

/**
 * The exchange of assessment files (.kvbedomning) between installations:
 * - examiner_keys: every key accepted for an examiner of a round, in order; the
 *   newest row is the pinned key. The first file pins it; a change is recorded
 *   only when the user explicitly accepted it after comparing fingerprints.
 * - received_assessments: every accepted revision, verbatim (the signed bytes are
 *   the evidence); the highest revision per author, contestant and stage is current.
 * - assessment_exports: my own exports, so each export gets the next revision.
 */
const migration: Migration = {
  version: 6,
  name: '0006-exchange',
  up(db) {
    db.exec(`
      CREATE TABLE examiner_keys (
        id              INTEGER PRIMARY KEY,
        round_id        TEXT NOT NULL,
        examiner_id     TEXT NOT NULL,
        key_id          TEXT NOT NULL CHECK (length(key_id) = 64),
        public_key      TEXT NOT NULL,
        how             TEXT NOT NULL CHECK (how IN ('first-file', 'accepted-change')),
        previous_key_id TEXT CHECK (previous_key_id IS NULL OR length(previous_key_id) = 64),
        file_sha256     TEXT NOT NULL CHECK (length(file_sha256) = 64),
        accepted_at     TEXT NOT NULL,
        CHECK ((how = 'first-file') = (previous_key_id IS NULL)),
        FOREIGN KEY (round_id, examiner_id) REFERENCES examiners (round_id, id) ON DELETE CASCADE
      ) STRICT;
      CREATE INDEX examiner_keys_by_examiner ON examiner_keys (round_id, examiner_id, id);

      CREATE TABLE received_assessments (
        round_id       TEXT NOT NULL,
        contestant_id  TEXT NOT NULL,
        stage          TEXT NOT NULL CHECK (stage IN ('individual', 'consensus', 'site-visit')),
        examiner_id    TEXT NOT NULL,
        revision       INTEGER NOT NULL CHECK (revision >= 1),
        file_sha256    TEXT NOT NULL CHECK (length(file_sha256) = 64),
        content_sha256 TEXT NOT NULL CHECK (length(content_sha256) = 64),
        key_id         TEXT NOT NULL CHECK (length(key_id) = 64),
        exported_at    TEXT NOT NULL,
        imported_at    TEXT NOT NULL,
        content        BLOB NOT NULL,
        PRIMARY KEY (round_id, contestant_id, stage, examiner_id, revision),
        FOREIGN KEY (round_id, contestant_id) REFERENCES contestants (round_id, id) ON DELETE CASCADE,
        FOREIGN KEY (round_id, examiner_id) REFERENCES examiners (round_id, id) ON DELETE CASCADE
      ) STRICT;

      CREATE TABLE assessment_exports (
        round_id      TEXT NOT NULL,
        contestant_id TEXT NOT NULL,
        stage         TEXT NOT NULL CHECK (stage IN ('individual', 'consensus', 'site-visit')),
        examiner_id   TEXT NOT NULL,
        revision      INTEGER NOT NULL CHECK (revision >= 1),
        file_sha256   TEXT NOT NULL CHECK (length(file_sha256) = 64),
        exported_at   TEXT NOT NULL,
        PRIMARY KEY (round_id, contestant_id, stage, examiner_id, revision),
        FOREIGN KEY (round_id, contestant_id) REFERENCES contestants (round_id, id) ON DELETE CASCADE,
        FOREIGN KEY (round_id, examiner_id) REFERENCES examiners (round_id, id) ON DELETE CASCADE
      ) STRICT;
    `);
  },
};

export default migration;
