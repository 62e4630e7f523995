import type { Migration } from './index';

/**
 * The team's words for the contestant's återföringsrapport, kept apart from
 * the summary written for the jury: `to_contestant` (Till den tävlande
 * enheten, paragraphs separated by a blank line) and `key_themes` (a JSON
 * array of full sentences, one theme each). Next steps already have a column.
 */
const migration: Migration = {
  version: 11,
  name: '0011-feedback-to-contestant',
  up(db) {
    db.exec(`
      ALTER TABLE consensus_team ADD COLUMN to_contestant TEXT NOT NULL DEFAULT '';
      ALTER TABLE consensus_team ADD COLUMN key_themes TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(key_themes) AND json_type(key_themes) = 'array');
    `);
  },
};

export default migration;
