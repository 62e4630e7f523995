import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../../../../electron/core/db/migrate';
import { migrations } from '../../../../../../electron/core/db/migrations';

const H = (c: string) => c.repeat(64);

/** A database at version 6 with one round, one consensus assessment of one criterion. */
function consensusDb() {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, migrations.slice(0, 6));
  db.exec(`
    INSERT INTO criteria_packages VALUES ('p', 'pkg', 1, 'P', 2026, '${H('a')}', 0, x'00', 't');
    INSERT INTO rounds VALUES ('r', 'R', 2026, 'p', 'd', 'd', 'd', 'd', 'k', 0, x'00', 'b', 't');
    INSERT INTO examiners VALUES ('r', 'e', 'E', 'e@x', 'O', 0);
    INSERT INTO teams VALUES ('r', 't', 'e', 0);
    INSERT INTO contestants VALUES ('r', 'c', 'C', 'O2', 'k', 't', 0);
    INSERT INTO assessments VALUES ('a', 'r', 'c', 'e', 'consensus', 'draft', 1, 't', 't', NULL, 1, 0, '${H('0')}');
    INSERT INTO assessment_criteria (assessment_id, criterion_id, position) VALUES ('a', '1.1', 0);
  `);
  migrate(db, migrations.slice(0, 7));
  return db;
}

describe('migration 0007-consensus', () => {
  it('upgrades a version-6 database and keeps its assessments', () => {
    const db = consensusDb();
    expect(db.pragma('user_version', { simple: true })).toBe(7);
    expect(db.prepare('SELECT stage FROM assessments').pluck().get()).toBe('consensus');
    db.close();
  });

  it('freezes one source per examiner, with JSON content; an ignored revision must be newer than the frozen one', () => {
    const db = consensusDb();
    const insert = db.prepare('INSERT INTO consensus_sources VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
    insert.run('a', 'e', 2, H('1'), '[]', '{"entries":3,"finalHash":"x"}', 't', null);
    expect(() => insert.run('a', 'e', 3, H('1'), '[]', null, 't', null)).toThrow(/UNIQUE/);
    expect(() => insert.run('a', 'f', 1, H('1'), '{}', null, 't', null)).toThrow(/CHECK/);
    expect(() => insert.run('a', 'g', 2, H('1'), '[]', null, 't', 2)).toThrow(/CHECK/);
    insert.run('a', 'g', 2, H('1'), '[]', null, 't', 3);
    db.close();
  });

  it('keeps per-criterion decisions only for criteria of the assessment, and the team part once', () => {
    const db = consensusDb();
    db.prepare("INSERT INTO consensus_criteria (assessment_id, criterion_id, rationale, discussed) VALUES ('a', '1.1', 'Därför.', 1)").run();
    expect(() => db.prepare("INSERT INTO consensus_criteria (assessment_id, criterion_id) VALUES ('a', '9.9')").run()).toThrow(/FOREIGN KEY/);
    expect(() => db.prepare("UPDATE consensus_criteria SET discussed = 2").run()).toThrow(/CHECK/);
    db.prepare("INSERT INTO consensus_team (assessment_id, site_visit, nomination) VALUES ('a', 1, 'winner')").run();
    expect(() => db.prepare("INSERT INTO consensus_team (assessment_id) VALUES ('a')").run()).toThrow(/UNIQUE|PRIMARY/);
    expect(() => db.prepare("UPDATE consensus_team SET nomination = 'maybe'").run()).toThrow(/CHECK/);
    db.close();
  });

  it('goes with its assessment, and so with the round', () => {
    const db = consensusDb();
    db.prepare('INSERT INTO consensus_sources VALUES (?, ?, ?, ?, ?, ?, ?, ?)').run('a', 'e', 1, H('1'), '[]', null, 't', null);
    db.prepare("INSERT INTO consensus_criteria (assessment_id, criterion_id) VALUES ('a', '1.1')").run();
    db.prepare("INSERT INTO consensus_team (assessment_id) VALUES ('a')").run();
    db.prepare("INSERT INTO round_office_choices VALUES ('r', 1, 't')").run();
    expect(() => db.prepare("INSERT INTO round_office_choices VALUES ('x', 1, 't')").run()).toThrow(/FOREIGN KEY/);
    db.exec("DELETE FROM rounds WHERE id = 'r'");
    for (const table of ['consensus_sources', 'consensus_criteria', 'consensus_team', 'round_office_choices']) {
      expect(db.prepare(`SELECT COUNT(*) FROM ${table}`).pluck().get()).toBe(0);
    }
    db.close();
  });
});
