import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../../../../electron/core/db/migrate';
import { migrations } from '../../../../../../electron/core/db/migrations';

describe('migration 0004-trusted-keys', () => {
  it('keeps one row per key id, which must be a 64-character fingerprint', () => {
    const db = new Database(':memory:');
    migrate(db, migrations.slice(0, 4));
    const insert = db.prepare('INSERT INTO trusted_keys VALUES (?, ?, ?, ?)');
    insert.run('a'.repeat(64), '-----BEGIN PUBLIC KEY-----', 'Kontoret', '2026-09-01T08:00:00Z');
    expect(() => insert.run('a'.repeat(64), 'x', 'Igen', 'x')).toThrow(/UNIQUE/);
    expect(() => insert.run('kort', 'x', 'Fel', 'x')).toThrow(/CHECK/);
    db.close();
  });
});
