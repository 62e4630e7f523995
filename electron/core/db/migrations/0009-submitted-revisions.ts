import type { Migration } from './index';

/**
 * `submitted_revisions`: what a submitted assessment said, kept when a new
 * revision of it is opened. Until the new revision is submitted, the last
 * submitted one is still the author's word: reports and the overview for the
 * jury read it from here (content as its export would carry it, without
 * private notes). Rows go with the assessment.
 */
const migration: Migration = {
  version: 9,
  name: '0009-submitted-revisions',
  up(db) {
    db.exec(`
      CREATE TABLE submitted_revisions (
        assessment_id TEXT NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
        revision      INTEGER NOT NULL CHECK (revision >= 1),
        submitted_at  TEXT NOT NULL,
        content       TEXT NOT NULL CHECK (json_valid(content) AND json_type(content) = 'object'),
        PRIMARY KEY (assessment_id, revision)
      ) STRICT;
    `);
  },
};

export default migration;
