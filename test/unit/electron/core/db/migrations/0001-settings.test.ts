import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../../../../electron/core/db/migrate';
import { migrations } from '../../../../../../electron/core/db/migrations';

describe('migration 0001-settings', () => {
  it('creates a strict key/value table with unique keys', () => {
    const db = new Database(':memory:');
    migrate(db, migrations.slice(0, 1));
    db.prepare('INSERT INTO settings VALUES (?, ?)').run('welcome.dismissed', '2026-09-01');
    expect(() => db.prepare('INSERT INTO settings VALUES (?, ?)').run('welcome.dismissed', 'again')).toThrow(/UNIQUE/);
    expect(() => db.prepare('INSERT INTO settings VALUES (?, ?)').run('n', Buffer.from([1]))).toThrow(/cannot store BLOB/);
    db.close();
  });
});
