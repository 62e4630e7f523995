import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../../../../electron/core/db/migrate';
import { migrations } from '../../../../../../electron/core/db/migrations';

function roundDb() {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, migrations.slice(0, 6));
  db.exec(`
    INSERT INTO criteria_packages VALUES ('p', 'pkg', 1, 'P', 2026, '${'a'.repeat(64)}', 0, x'00', 't');
    INSERT INTO rounds VALUES ('r', 'R', 2026, 'p', 'd', 'd', 'd', 'd', 'k', 0, x'00', 'b', 't');
    INSERT INTO examiners VALUES ('r', 'e', 'E', 'e@x', 'O', 0);
    INSERT INTO teams VALUES ('r', 't', 'e', 0);
    INSERT INTO contestants VALUES ('r', 'c', 'C', 'O2', 'k', 't', 0);
  `);
  return db;
}

const H = (c: string) => c.repeat(64);

describe('migration 0006-exchange', () => {
  it('keeps every accepted key; a change must name the key it replaces', () => {
    const db = roundDb();
    const insert = db.prepare('INSERT INTO examiner_keys (round_id, examiner_id, key_id, public_key, how, previous_key_id, file_sha256, accepted_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
    insert.run('r', 'e', H('a'), 'pem', 'first-file', null, H('f'), 't');
    insert.run('r', 'e', H('b'), 'pem', 'accepted-change', H('a'), H('f'), 't');
    expect(() => insert.run('r', 'e', H('c'), 'pem', 'accepted-change', null, H('f'), 't')).toThrow(/CHECK/);
    expect(() => insert.run('r', 'x', H('c'), 'pem', 'first-file', null, H('f'), 't')).toThrow(/FOREIGN KEY/);
    db.close();
  });

  it('holds one row per revision of an author’s assessment of a contestant at a stage; they go with the round', () => {
    const db = roundDb();
    const insert = db.prepare('INSERT INTO received_assessments VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
    insert.run('r', 'c', 'individual', 'e', 1, H('1'), H('2'), H('3'), 't', 't', Buffer.from('{}'));
    insert.run('r', 'c', 'individual', 'e', 2, H('1'), H('2'), H('3'), 't', 't', Buffer.from('{}'));
    expect(() => insert.run('r', 'c', 'individual', 'e', 2, H('1'), H('2'), H('3'), 't', 't', Buffer.from('{}'))).toThrow(/UNIQUE/);
    expect(() => insert.run('r', 'c', 'jury', 'e', 3, H('1'), H('2'), H('3'), 't', 't', Buffer.from('{}'))).toThrow(/CHECK/);
    db.prepare('INSERT INTO assessment_exports VALUES (?, ?, ?, ?, ?, ?, ?)').run('r', 'c', 'consensus', 'e', 1, H('1'), 't');
    db.exec("DELETE FROM rounds WHERE id = 'r'");
    expect(db.prepare('SELECT COUNT(*) FROM received_assessments').pluck().get()).toBe(0);
    expect(db.prepare('SELECT COUNT(*) FROM assessment_exports').pluck().get()).toBe(0);
    db.close();
  });
});
