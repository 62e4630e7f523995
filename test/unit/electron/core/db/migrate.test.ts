import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { closeDatabase, openDatabase } from '../../../../../electron/core/db/open';
import { migrate, SCHEMA_VERSION } from '../../../../../electron/core/db/migrate';
import { migrations } from '../../../../../electron/core/db/migrations';
import { fileHash } from '../../../../helpers/db-fingerprint';
import { tempDir } from '../../../../helpers/temp';

describe('openDatabase', () => {
  it('creates a fresh database at the latest schema with the durability pragmas', () => {
    const path = join(tempDir(), 'x', 'examinator.sqlite');
    const db = openDatabase(path);
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
    closeDatabase(db);
    const reopened = new Database(path, { readonly: true });
    expect(reopened.pragma('integrity_check', { simple: true })).toBe('ok');
    reopened.close();
  });

  it('numbers migrations 1..N with unique names', () => {
    expect(migrations.map((m) => m.version)).toEqual(migrations.map((_, i) => i + 1));
    expect(new Set(migrations.map((m) => m.name)).size).toBe(migrations.length);
    migrations.forEach((m) => expect(m.name).toMatch(new RegExp(`^${String(m.version).padStart(4, '0')}-[a-z0-9-]+$`)));
  });

  it('upgrades an older database step by step, keeping its data', () => {
    const path = join(tempDir(), 'old.sqlite');
    const old = new Database(path);
    migrate(old, migrations.slice(0, 1));
    old.prepare("INSERT INTO settings VALUES ('kept', 'yes')").run();
    old.close();
    const db = openDatabase(path);
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(db.prepare("SELECT value FROM settings WHERE key = 'kept'").pluck().get()).toBe('yes');
    closeDatabase(db);
  });

  it('rolls back every step when one migration fails', () => {
    const db = new Database(':memory:');
    const broken = [
      ...migrations.slice(0, 1),
      { version: 2, name: '0002-broken', up: (d: Database.Database) => d.exec('CREATE TABLE ok (x); SELECT * FROM missing') },
    ];
    expect(() => migrate(db, broken)).toThrow();
    expect(db.pragma('user_version', { simple: true })).toBe(0);
    expect(db.prepare("SELECT COUNT(*) FROM sqlite_schema WHERE name IN ('settings', 'ok')").pluck().get()).toBe(0);
    db.close();
  });

  it('refuses a database from a newer app version, in Swedish, without touching it', () => {
    const path = join(tempDir(), 'future.sqlite');
    const future = new Database(path);
    future.exec('CREATE TABLE from_the_future (x)');
    future.pragma(`user_version = ${SCHEMA_VERSION + 5}`);
    future.close();
    const before = fileHash(path);
    expect(() => openDatabase(path)).toThrowError(/nyare version av Examinator.*Databasen har inte ändrats/);
    expect(fileHash(path)).toBe(before);
  });
});
