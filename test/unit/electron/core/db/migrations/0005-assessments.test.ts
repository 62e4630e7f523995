import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../../../../electron/core/db/migrate';
import { migrations } from '../../../../../../electron/core/db/migrations';

const ZERO = '0'.repeat(64);

function seeded() {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, migrations.slice(0, 5));
  db.exec(`
    INSERT INTO criteria_packages VALUES ('p', 'pkg', 1, 'Paket', 2026, 'k', 0, x'00', 't');
    INSERT INTO rounds VALUES ('r', 'Omgång', 2026, 'p', 'a', 'b', 'c', 'd', 'k', 0, x'00', 'h', 't');
    INSERT INTO examiners VALUES ('r', 'e-1', 'Anna', 'a@x', 'Org', 0);
    INSERT INTO teams VALUES ('r', 't', 'e-1', 0);
    INSERT INTO contestants VALUES ('r', 'c-1', 'Enhet', 'Org2', 'k', 't', 0);
  `);
  return db;
}

const insertAssessment = (db: Database.Database, id: string, stage = 'individual') =>
  db
    .prepare(`INSERT INTO assessments VALUES (?, 'r', 'c-1', 'e-1', ?, 'draft', 1, 't', 't', NULL, 1, 0, ?)`)
    .run(id, stage, ZERO);

describe('migration 0005-assessments', () => {
  it('keeps one assessment per round, contestant, author and stage', () => {
    const db = seeded();
    insertAssessment(db, 'a1');
    insertAssessment(db, 'a2', 'consensus');
    expect(() => insertAssessment(db, 'a3')).toThrow(/UNIQUE/);
    expect(() => insertAssessment(db, 'a4', 'final')).toThrow(/CHECK/);
    expect(() => db.prepare(`INSERT INTO assessments VALUES ('a5', 'r', 'c-1', 'e-9', 'individual', 'draft', 1, 't', 't', NULL, 1, 0, ?)`).run(ZERO)).toThrow(/FOREIGN KEY/);
    db.close();
  });

  it('holds comments with JSON evidence under their criterion, and drops everything with the round', () => {
    const db = seeded();
    insertAssessment(db, 'a1');
    db.prepare(`INSERT INTO assessment_criteria (assessment_id, criterion_id, position, score) VALUES ('a1', '1.1', 0, 60)`).run();
    const comment = db.prepare(`INSERT INTO assessment_comments VALUES ('a1', ?, '1.1', ?, 0, 'Text', ?, NULL)`);
    comment.run('k1', 'strength', '[]');
    expect(() => comment.run('k2', 'opinion', '[]')).toThrow(/CHECK/);
    expect(() => comment.run('k3', 'strength', '{"not":"a list"}')).toThrow(/CHECK/);
    expect(() => db.prepare(`INSERT INTO assessment_comments VALUES ('a1', 'k4', '9.9', 'strength', 0, 'T', '[]', NULL)`).run()).toThrow(/FOREIGN KEY/);
    db.prepare(`INSERT INTO assessment_log VALUES ('a1', 1, 't', 'e-1', 'create', NULL, '{}', 'null', '{}', NULL, ?, ?)`).run(ZERO, 'a'.repeat(64));
    db.prepare(`INSERT INTO round_identity_choices VALUES ('r', 1, 'e-1', 't')`).run();

    db.prepare("DELETE FROM rounds WHERE id = 'r'").run();
    for (const table of ['assessments', 'assessment_criteria', 'assessment_comments', 'assessment_log', 'round_identity_choices']) {
      expect(db.prepare(`SELECT COUNT(*) FROM ${table}`).pluck().get(), table).toBe(0);
    }
    db.close();
  });
});
