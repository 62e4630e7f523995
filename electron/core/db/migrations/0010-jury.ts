import type { Migration } from './index';

/**
 * The jury's record, kept by stadsledningskontoret: per round and meeting
 * (first: site visits; final: winners) the date, the members and the last
 * exported revision; per contestant of a class or prize the jury's choice,
 * decision, citation and note; and on a team lead's computer the latest
 * decision file received per meeting, verbatim. Rows go with the round.
 */
const migration: Migration = {
  version: 10,
  name: '0010-jury',
  up(db) {
    db.exec(`
      CREATE TABLE jury_meetings (
        round_id      TEXT NOT NULL REFERENCES rounds (id) ON DELETE CASCADE,
        meeting       TEXT NOT NULL CHECK (meeting IN ('first', 'final')),
        meeting_date  TEXT,
        members       TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(members) AND json_type(members) = 'array'),
        last_revision INTEGER NOT NULL DEFAULT 0 CHECK (last_revision >= 0),
        PRIMARY KEY (round_id, meeting)
      ) STRICT;
      CREATE TABLE jury_entries (
        round_id      TEXT NOT NULL REFERENCES rounds (id) ON DELETE CASCADE,
        meeting       TEXT NOT NULL CHECK (meeting IN ('first', 'final')),
        award_kind    TEXT NOT NULL CHECK (award_kind IN ('class', 'prize')),
        award_id      TEXT NOT NULL,
        contestant_id TEXT NOT NULL,
        site_visit    INTEGER CHECK (site_visit IN (0, 1)),
        decision      TEXT CHECK (decision IN ('winner', 'honourable-mention', 'none')),
        citation      TEXT NOT NULL DEFAULT '',
        note          TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (round_id, meeting, award_kind, award_id, contestant_id)
      ) STRICT;
      CREATE TABLE received_decisions (
        round_id    TEXT NOT NULL REFERENCES rounds (id) ON DELETE CASCADE,
        meeting     TEXT NOT NULL CHECK (meeting IN ('first', 'final')),
        revision    INTEGER NOT NULL CHECK (revision >= 1),
        sha256      TEXT NOT NULL,
        signer_key_id TEXT NOT NULL,
        received_at TEXT NOT NULL,
        bytes       BLOB NOT NULL,
        PRIMARY KEY (round_id, meeting)
      ) STRICT;
    `);
  },
};

export default migration;
