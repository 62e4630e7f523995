import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../../../../electron/core/db/migrate';
import { migrations } from '../../../../../../electron/core/db/migrations';

describe('migration 0003-documents', () => {
  it('stores each document once by its hash and only PDF or DOCX', () => {
    const db = new Database(':memory:');
    migrate(db, migrations.slice(0, 3));
    const insert = db.prepare('INSERT INTO documents VALUES (?, ?, ?, ?, ?)');
    insert.run('a'.repeat(64), 'application/pdf', 3, Buffer.from('pdf'), '2026-09-01');
    expect(() => insert.run('a'.repeat(64), 'application/pdf', 3, Buffer.from('pdf'), '2026-09-01')).toThrow(/UNIQUE/);
    expect(() => insert.run('b'.repeat(64), 'text/html', 3, Buffer.from('x'), '2026-09-01')).toThrow(/CHECK/);
    db.close();
  });
});
