import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../../../../electron/core/db/migrate';
import { migrations } from '../../../../../../electron/core/db/migrations';

describe('migration 0008-authoring-drafts', () => {
  it('upgrades a version-7 database, keeping what it held', () => {
    const db = new Database(':memory:');
    migrate(db, migrations.slice(0, 7));
    db.prepare("INSERT INTO settings (key, value) VALUES ('x', '1')").run();
    migrate(db, migrations.slice(0, 8));
    expect(db.pragma('user_version', { simple: true })).toBe(8);
    expect(db.prepare("SELECT value FROM settings WHERE key = 'x'").pluck().get()).toBe('1');
    db.close();
  });

  it('keeps one draft per id, of a known kind, with a JSON object as content', () => {
    const db = new Database(':memory:');
    migrate(db, migrations.slice(0, 8));
    const insert = db.prepare('INSERT INTO authoring_drafts VALUES (?, ?, ?, ?, ?, ?)');
    insert.run('d-1', 'round', 'Omgång 2027', '{"draft":{}}', 't', 't');
    expect(() => insert.run('d-1', 'package', 'Igen', '{}', 't', 't')).toThrow(/UNIQUE|PRIMARY/);
    expect(() => insert.run('d-2', 'assessment', 'Fel slag', '{}', 't', 't')).toThrow(/CHECK/);
    expect(() => insert.run('d-3', 'package', 'Ingen JSON', '{draft', 't', 't')).toThrow(/CHECK/);
    expect(() => insert.run('d-4', 'package', 'En lista', '[]', 't', 't')).toThrow(/CHECK/);
    expect(() => insert.run('', 'package', 'Tomt id', '{}', 't', 't')).toThrow(/CHECK/);
    db.close();
  });
});
