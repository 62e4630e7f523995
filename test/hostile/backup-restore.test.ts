/**
 * Files offered as a backup to restore that are not an intact Examinator
 * database this version can read: each is refused with a Swedish message, and
 * neither the database nor the set of backups changes.
 */
import Database from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import { copyFileSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core';
import { SCHEMA_VERSION } from '../../electron/core/db/migrate';
import { call, testCore } from '../helpers/core';
import { dbFingerprint } from '../helpers/db-fingerprint';
import { recordHostile } from './record';

const NAME = 'examinator-20260101T000000000Z.sqlite';
const DAMAGED = /^Säkerhetskopian är skadad eller ingen Examinator-databas\. Ingenting ändrades\.$/;
const NEWER = /^Säkerhetskopian kommer från en nyare version av Examinator/;

function sqliteFile(path: string, build: (db: Database.Database) => void): void {
  const db = new Database(path);
  build(db);
  db.close();
}

/** Each case writes its file at `path`, given a real backup of the current database to start from. */
const cases: { input: string; code: string; message: RegExp; make: (path: string, realBackup: string) => void }[] = [
  { input: 'random bytes', code: 'backup-damaged', message: DAMAGED, make: (path) => writeFileSync(path, randomBytes(64 * 1024)) },
  { input: 'a 0-byte file', code: 'backup-damaged', message: DAMAGED, make: (path) => writeFileSync(path, '') },
  { input: 'a text file', code: 'backup-damaged', message: DAMAGED, make: (path) => writeFileSync(path, 'Det här är ingen databas.\n') },
  {
    input: 'a truncated backup',
    code: 'backup-damaged',
    message: DAMAGED,
    make: (path, real) => writeFileSync(path, readFileSync(real).subarray(0, 8192)),
  },
  {
    input: 'a backup with a page overwritten',
    code: 'backup-damaged',
    message: DAMAGED,
    make: (path, real) => {
      const bytes = readFileSync(real);
      randomBytes(4096).copy(bytes, 4096);
      writeFileSync(path, bytes);
    },
  },
  {
    input: "another program's SQLite database",
    code: 'backup-damaged',
    message: DAMAGED,
    make: (path) => sqliteFile(path, (db) => db.exec("CREATE TABLE notes (text TEXT); INSERT INTO notes VALUES ('x')")),
  },
  {
    input: 'a foreign SQLite database with a user_version',
    code: 'backup-damaged',
    message: DAMAGED,
    make: (path) => sqliteFile(path, (db) => db.exec('CREATE TABLE notes (text TEXT); PRAGMA user_version = 2')),
  },
  {
    input: 'a backup from a newer Examinator',
    code: 'backup-newer-version',
    message: NEWER,
    make: (path, real) => {
      copyFileSync(real, path);
      sqliteFile(path, (db) => db.pragma(`user_version = ${SCHEMA_VERSION + 1}`));
    },
  },
  { input: 'a symlink to a system file', code: 'backup-damaged', message: DAMAGED, make: (path) => symlinkSync('/etc/hostname', path) },
];

async function realBackup(core: Core): Promise<string> {
  const info = await call(core, 'backup:create', {});
  return join(core.context.paths.backupDir, info.name);
}

describe('restoring a file that is not a good backup', () => {
  it.each(cases)('refuses $input, changing nothing', async ({ input, code, message, make }) => {
    const core = testCore();
    await call(core, 'app:dismiss-welcome', {});
    make(join(core.context.paths.backupDir, NAME), await realBackup(core));
    const database = core.context.paths.databaseFile;
    const before = dbFingerprint(database);
    const backupsBefore = readdirSync(core.context.paths.backupDir).sort();

    const envelope = await core.dispatch('backup:restore', { name: NAME });

    const changedDatabase = dbFingerprint(database) !== before;
    recordHostile({ importer: 'backup', input, refused: !envelope.ok, changedDatabase });
    expect(envelope).toMatchObject({ ok: false, error: { code } });
    if (!envelope.ok) expect(envelope.error.message).toMatch(message);
    expect(changedDatabase).toBe(false);
    expect(readdirSync(core.context.paths.backupDir).sort()).toEqual(backupsBefore);
    // The live database is still open and answering.
    expect((await call(core, 'app:info', {})).firstStart).toBe(false);
  });
});
