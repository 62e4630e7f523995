import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../../../../electron/core/db/migrate';
import { migrations } from '../../../../../../electron/core/db/migrations';

function at0002() {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, migrations.slice(0, 2));
  db.prepare(
    `INSERT INTO criteria_packages VALUES ('p1', 'ku', 1, 'KU', 2026, 'key', 1, x'7b7d', '2026-09-01')`,
  ).run();
  db.prepare(
    `INSERT INTO rounds VALUES ('r1', 'Omgång', 2026, 'p1', '2026-09-15', '2026-09-29', '2026-10-16', '2026-11-06', 'key', 1, x'7b7d', 'b1', '2026-09-01')`,
  ).run();
  db.prepare(`INSERT INTO examiners VALUES ('r1', 'e1', 'Anna', 'a@x.se', 'Org A', 0)`).run();
  db.prepare(`INSERT INTO teams VALUES ('r1', 't1', 'e1', 0)`).run();
  db.prepare(`INSERT INTO team_members VALUES ('r1', 't1', 'e1')`).run();
  db.prepare(`INSERT INTO contestants VALUES ('r1', 'c1', 'Förskolan', 'Org B', 'forskola', 't1', 0)`).run();
  db.prepare(`INSERT INTO contestant_documents VALUES ('r1', 'c1', 0, 'documents/a.pdf', 'VB', 'application/pdf', 'abc', 10)`).run();
  return db;
}

describe('migration 0002-rounds', () => {
  it('stores a round with its people and documents, linked by foreign keys', () => {
    const db = at0002();
    expect(() => db.prepare(`INSERT INTO contestants VALUES ('r1', 'c2', 'X', 'Y', 'skola', 'no-team', 1)`).run()).toThrow(/FOREIGN KEY/);
    expect(() => db.prepare(`INSERT INTO rounds VALUES ('r2', 'X', 2026, 'nope', 'a', 'b', 'c', 'd', 'k', 0, x'00', 'b', 'x')`).run()).toThrow(/FOREIGN KEY/);
    db.close();
  });

  it('removes everything of a round when the round is deleted', () => {
    const db = at0002();
    db.prepare("DELETE FROM rounds WHERE id = 'r1'").run();
    for (const table of ['examiners', 'teams', 'team_members', 'contestants', 'contestant_documents']) {
      expect(db.prepare(`SELECT COUNT(*) FROM ${table}`).pluck().get()).toBe(0);
    }
    db.close();
  });
});
