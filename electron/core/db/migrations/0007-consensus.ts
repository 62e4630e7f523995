import type { Migration } from './index';

/**
 * The team's consensus and site-visit assessments. They are `assessments`
 * rows (stage `consensus` / `site-visit`, written by the team lead) with the
 * same criteria, comments and change log as an individual one; these tables
 * add what only a team decides:
 *
 * - `consensus_sources`: the individual assessments the consensus was built
 *   from, frozen when consensus starts (content as JSON without private
 *   notes, the revision, the file's change-log digest). A later revision
 *   replaces a row only when the lead accepts it; `ignored_revision` records
 *   a revision the lead chose not to take in.
 * - `consensus_criteria`: per criterion the rationale, whether the team has
 *   discussed it, and after the site visit the agreed score before the visit
 *   (fixed when the site-visit stage opens) and the team's note.
 * - `consensus_team`: the recommendation (site visit, nomination, draft
 *   citation), the summary of key themes and the suggested next steps.
 *
 * And `round_office_choices`: the user says they work at
 * stadsledningskontoret in this round (they assess no one and see every
 * team's results). Like examiner choices, every choice is kept; the latest
 * of the two kinds is who the user is.
 */
const migration: Migration = {
  version: 7,
  name: '0007-consensus',
  up(db) {
    db.exec(`
      CREATE TABLE consensus_sources (
        assessment_id    TEXT NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
        examiner_id      TEXT NOT NULL,
        revision         INTEGER NOT NULL CHECK (revision >= 1),
        content_sha256   TEXT NOT NULL CHECK (length(content_sha256) = 64),
        content          TEXT NOT NULL CHECK (json_valid(content) AND json_type(content) = 'array'),
        change_log       TEXT CHECK (change_log IS NULL OR (json_valid(change_log) AND json_type(change_log) = 'object')),
        frozen_at        TEXT NOT NULL,
        ignored_revision INTEGER CHECK (ignored_revision IS NULL OR ignored_revision > revision),
        PRIMARY KEY (assessment_id, examiner_id)
      ) STRICT;

      CREATE TABLE consensus_criteria (
        assessment_id   TEXT NOT NULL,
        criterion_id    TEXT NOT NULL,
        rationale       TEXT NOT NULL DEFAULT '',
        discussed       INTEGER NOT NULL DEFAULT 0 CHECK (discussed IN (0, 1)),
        score_before    REAL,
        site_visit_note TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (assessment_id, criterion_id),
        FOREIGN KEY (assessment_id, criterion_id) REFERENCES assessment_criteria (assessment_id, criterion_id) ON DELETE CASCADE
      ) STRICT;

      CREATE TABLE consensus_team (
        assessment_id TEXT PRIMARY KEY REFERENCES assessments (id) ON DELETE CASCADE,
        site_visit    INTEGER CHECK (site_visit IS NULL OR site_visit IN (0, 1)),
        nomination    TEXT CHECK (nomination IS NULL OR nomination IN ('winner', 'honourable-mention', 'none')),
        citation      TEXT NOT NULL DEFAULT '',
        summary       TEXT NOT NULL DEFAULT '',
        next_steps    TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(next_steps) AND json_type(next_steps) = 'array')
      ) STRICT;

      CREATE TABLE round_office_choices (
        round_id  TEXT NOT NULL REFERENCES rounds (id) ON DELETE CASCADE,
        seq       INTEGER NOT NULL CHECK (seq >= 1),
        chosen_at TEXT NOT NULL,
        PRIMARY KEY (round_id, seq)
      ) STRICT;
    `);
  },
};

export default migration;
