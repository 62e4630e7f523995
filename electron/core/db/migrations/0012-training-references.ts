import type { Migration } from './index';

/**
 * A training round's reference assessments (formats.md "Training rounds"):
 * per practice contestant the verified `.kvbedomning` from the round bundle,
 * verbatim. Filled by the round's import like the contestants, so they go
 * with the round (and are replaced with it); read only by calibration/, which
 * shows a reference only after the trainee has submitted.
 */
const migration: Migration = {
  version: 12,
  name: '0012-training-references',
  up(db) {
    db.exec(`
      CREATE TABLE training_references (
        round_id      TEXT NOT NULL REFERENCES rounds (id) ON DELETE CASCADE,
        contestant_id TEXT NOT NULL,
        path          TEXT NOT NULL,
        sha256        TEXT NOT NULL CHECK (length(sha256) = 64),
        bytes         BLOB NOT NULL,
        PRIMARY KEY (round_id, contestant_id),
        FOREIGN KEY (round_id, contestant_id) REFERENCES contestants (round_id, id) ON DELETE CASCADE
      ) STRICT;
    `);
  },
};

export default migration;
