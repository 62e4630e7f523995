import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../../../../electron/core/db/migrate';
import { migrations } from '../../../../../../electron/core/db/migrations';

const PRIZES = migrations.findIndex((m) => m.name === '0013-prizes');

function roundWithContestant(db: Database.Database): void {
  db.exec(`
    INSERT INTO criteria_packages VALUES ('p', 'pkg', 1, 'P', 2027, 'k', 0, x'00', 't');
    INSERT INTO rounds VALUES ('r', 'R', 2027, 'p', 'a', 'b', 'c', 'd', 'k', 0, x'00', 's', 't');
    INSERT INTO examiners VALUES ('r', 'e', 'E', 'e@x', 'O', 0);
    INSERT INTO teams VALUES ('r', 't', 'e', 0);
    INSERT INTO contestants (round_id, id, name, organisation, class_id, team_id, position) VALUES ('r', 'c', 'C', 'O', 'k-1', 't', 0);
    INSERT INTO contestant_documents VALUES ('r', 'c', 0, 'documents/c.pdf', 'C', 'application/pdf', 'h', 1);
  `);
}

describe('migration 0013-prizes', () => {
  it('keeps every contestant, its class and the rows that refer to it', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, migrations.slice(0, PRIZES));
    roundWithContestant(db);
    migrate(db, migrations.slice(0, PRIZES + 1));
    expect(db.prepare('SELECT id, class_id FROM contestants').all()).toEqual([{ id: 'c', class_id: 'k-1' }]);
    // Columns keep their order, so statements that list them positionally still fit.
    expect(db.prepare('SELECT name FROM pragma_table_info(?)').pluck().all('contestants')).toEqual(['round_id', 'id', 'name', 'organisation', 'class_id', 'team_id', 'position']);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.prepare('SELECT COUNT(*) FROM contestant_documents').pluck().get()).toBe(1);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    db.close();
  });

  it('lets a contestant taking part only in prizes have no class', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, migrations.slice(0, PRIZES + 1));
    roundWithContestant(db);
    db.prepare("INSERT INTO contestants VALUES ('r', 'p', 'P', 'O', NULL, 't', 1)").run();
    expect(() => db.prepare("INSERT INTO contestants VALUES ('r', 'q', 'Q', 'O', NULL, 'no-team', 2)").run()).toThrow(/FOREIGN KEY/);
    expect(() => db.prepare("UPDATE sqlite_schema SET sql = sql WHERE name = 'contestants'").run()).toThrow(/may not be modified/);
    expect(db.prepare("SELECT class_id FROM contestants WHERE id = 'p'").pluck().get()).toBeNull();
    db.close();
  });
});
