import Database from 'better-sqlite3';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BACKUPS_KEPT, createBackup, listBackups, replaceDatabaseFile } from '../../../../../electron/core/db/backup';
import { SCHEMA_VERSION } from '../../../../../electron/core/db/migrate';
import { closeDatabase, openDatabase } from '../../../../../electron/core/db/open';
import { readSetting, writeSetting } from '../../../../../electron/core/settings';
import { call, fixedClock, testCore } from '../../../../helpers/core';
import { tempDir } from '../../../../helpers/temp';

describe('backups', () => {
  it('takes consistent copies and keeps only the newest ten', async () => {
    const dir = tempDir();
    const db = openDatabase(join(dir, 'db.sqlite'));
    const clock = fixedClock('2026-09-01T08:00:00.000Z');
    for (let i = 0; i < BACKUPS_KEPT + 3; i++) {
      writeSetting(db, 'counter', String(i));
      await createBackup(db, join(dir, 'backups'), clock);
      clock.advance(60_000);
    }
    const list = listBackups(join(dir, 'backups'));
    expect(list).toHaveLength(BACKUPS_KEPT);
    expect(list[0]!.createdAt).toBe('2026-09-01T08:12:00.000Z');
    const newest = new Database(join(dir, 'backups', list[0]!.name), { readonly: true });
    expect(newest.prepare("SELECT value FROM settings WHERE key='counter'").pluck().get()).toBe('12');
    expect(newest.pragma('integrity_check', { simple: true })).toBe('ok');
    newest.close();
    closeDatabase(db);
  });

  it('restores a backup over the live database (round trip through the core)', async () => {
    const core = testCore();
    writeSetting(core.context.store.db, 'answer', 'before');
    const backup = await call(core, 'backup:create', {});
    writeSetting(core.context.store.db, 'answer', 'after');
    await call(core, 'backup:restore', { name: backup.name });
    expect(readSetting(core.context.store.db, 'answer')).toBe('before');
    // The replaced state was saved first, so the restore itself can be undone.
    const list = await call(core, 'backup:list', {});
    expect(list).toHaveLength(2);
    const safety = new Database(join(core.context.paths.backupDir, list[0]!.name), { readonly: true });
    expect(safety.prepare("SELECT value FROM settings WHERE key='answer'").pluck().get()).toBe('after');
    safety.close();
    // And the data survives a restart.
    await core.close();
    const reopened = openDatabase(core.context.paths.databaseFile);
    expect(readSetting(reopened, 'answer')).toBe('before');
    closeDatabase(reopened);
  });

  it('refuses a damaged backup and leaves the database as it was', async () => {
    const core = testCore();
    writeSetting(core.context.store.db, 'answer', 'live');
    const backup = await call(core, 'backup:create', {});
    writeFileSync(join(core.context.paths.backupDir, backup.name), 'not a database at all');
    await expect(call(core, 'backup:restore', { name: backup.name })).rejects.toThrow(/skadad/);
    expect(readSetting(core.context.store.db, 'answer')).toBe('live');
  });

  it('refuses a backup from a newer version', () => {
    const dir = tempDir();
    const live = openDatabase(join(dir, 'live.sqlite'));
    closeDatabase(live);
    const future = new Database(join(dir, 'future.sqlite'));
    future.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    future.close();
    expect(() => replaceDatabaseFile(join(dir, 'live.sqlite'), join(dir, 'future.sqlite'))).toThrow(/nyare version/);
  });

  it('refuses a name that is not in the backup folder', async () => {
    const core = testCore();
    await expect(call(core, 'backup:restore', { name: 'examinator-20200101T000000000Z.sqlite' })).rejects.toThrow(/finns inte/);
  });

  it('takes one at every start', async () => {
    const core = testCore({ backupOnStart: true });
    await core.ready;
    expect(await call(core, 'backup:list', {})).toHaveLength(1);
  });
});
