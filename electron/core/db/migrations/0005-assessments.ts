import type { Migration } from './index';

/**
 * Assessments and their content, one model for every stage: an examiner's
 * individual assessment, and later the team's consensus and site-visit
 * assessments reuse the same criterion rows, comments and change log.
 *
 * - `round_identity_choices`: which of the round's examiners the user is; the
 *   last row is the current choice, earlier rows record deliberate changes.
 * - `assessments`: one per round + contestant + author + stage. `revision`
 *   rises when a submitted assessment is deliberately reopened;
 *   `session_start` is the first change-log entry of the current working
 *   session (the scope of undo); `log_count`/`log_head` pin the change log's
 *   length and last hash, so a removed last entry is noticed too.
 * - `assessment_criteria`: score (null = not scored), attribute ratings
 *   (JSON object), the private note.
 * - `assessment_comments`: strengths, improvement areas and site-visit
 *   questions in order, each with its evidence (JSON EvidenceAnchor[]) and,
 *   for merged team comments, its sources (JSON CommentSource[]).
 * - `assessment_log`: the hash-chained change log (see assessments/log.ts).
 */
const migration: Migration = {
  version: 5,
  name: '0005-assessments',
  up(db) {
    db.exec(`
      CREATE TABLE round_identity_choices (
        round_id    TEXT NOT NULL REFERENCES rounds (id) ON DELETE CASCADE,
        seq         INTEGER NOT NULL CHECK (seq >= 1),
        examiner_id TEXT NOT NULL,
        chosen_at   TEXT NOT NULL,
        PRIMARY KEY (round_id, seq),
        FOREIGN KEY (round_id, examiner_id) REFERENCES examiners (round_id, id) ON DELETE CASCADE
      ) STRICT;

      CREATE TABLE assessments (
        id            TEXT PRIMARY KEY,
        round_id      TEXT NOT NULL REFERENCES rounds (id) ON DELETE CASCADE,
        contestant_id TEXT NOT NULL,
        examiner_id   TEXT NOT NULL,
        stage         TEXT NOT NULL CHECK (stage IN ('individual', 'consensus', 'site-visit')),
        status        TEXT NOT NULL CHECK (status IN ('draft', 'submitted')),
        revision      INTEGER NOT NULL CHECK (revision >= 1),
        created_at    TEXT NOT NULL,
        updated_at    TEXT NOT NULL,
        submitted_at  TEXT,
        session_start INTEGER NOT NULL CHECK (session_start >= 1),
        log_count     INTEGER NOT NULL CHECK (log_count >= 0),
        log_head      TEXT NOT NULL CHECK (length(log_head) = 64),
        UNIQUE (round_id, contestant_id, examiner_id, stage),
        FOREIGN KEY (round_id, contestant_id) REFERENCES contestants (round_id, id) ON DELETE CASCADE,
        FOREIGN KEY (round_id, examiner_id) REFERENCES examiners (round_id, id) ON DELETE CASCADE
      ) STRICT;

      CREATE TABLE assessment_criteria (
        assessment_id TEXT NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
        criterion_id  TEXT NOT NULL,
        position      INTEGER NOT NULL CHECK (position >= 0),
        score         REAL,
        attributes    TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(attributes) AND json_type(attributes) = 'object'),
        private_note  TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (assessment_id, criterion_id)
      ) STRICT;

      CREATE TABLE assessment_comments (
        assessment_id TEXT NOT NULL,
        id            TEXT NOT NULL,
        criterion_id  TEXT NOT NULL,
        kind          TEXT NOT NULL CHECK (kind IN ('strength', 'improvement', 'question')),
        position      INTEGER NOT NULL CHECK (position >= 0),
        text          TEXT NOT NULL,
        evidence      TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(evidence) AND json_type(evidence) = 'array'),
        sources       TEXT CHECK (sources IS NULL OR (json_valid(sources) AND json_type(sources) = 'array')),
        PRIMARY KEY (assessment_id, id),
        FOREIGN KEY (assessment_id, criterion_id) REFERENCES assessment_criteria (assessment_id, criterion_id) ON DELETE CASCADE
      ) STRICT;
      CREATE INDEX assessment_comments_list ON assessment_comments (assessment_id, criterion_id, kind, position);

      CREATE TABLE assessment_log (
        assessment_id TEXT NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
        seq           INTEGER NOT NULL CHECK (seq >= 1),
        at            TEXT NOT NULL,
        actor         TEXT NOT NULL,
        action        TEXT NOT NULL,
        field         TEXT,
        target        TEXT NOT NULL CHECK (json_valid(target)),
        old_value     TEXT NOT NULL CHECK (json_valid(old_value)),
        new_value     TEXT NOT NULL CHECK (json_valid(new_value)),
        ref_seq       INTEGER,
        prev_hash     TEXT NOT NULL CHECK (length(prev_hash) = 64),
        hash          TEXT NOT NULL CHECK (length(hash) = 64),
        PRIMARY KEY (assessment_id, seq)
      ) STRICT;
    `);
  },
};

export default migration;
