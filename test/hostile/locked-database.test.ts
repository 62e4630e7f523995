/**
 * A database another program holds (issue 13, item 13): an edit waited SQLite's
 * 5 s and failed with "database is locked". It still waits (the other program
 * may finish), then says so in one Swedish line, and nothing changes.
 */
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { call, testCore } from '../helpers/core';
import { dbFingerprint } from '../helpers/db-fingerprint';
import { recordHostile } from './record';

describe('a database locked by another program', () => {
  it('refuses the edit with a Swedish line once the wait is over, changing nothing', { timeout: 30_000 }, async () => {
    const core = testCore();
    const { databaseFile } = core.context.paths;
    const before = dbFingerprint(databaseFile);
    const other = new Database(databaseFile);
    other.exec('BEGIN IMMEDIATE'); // e.g. a database browser with an open write transaction
    const envelope = await core.dispatch('app:dismiss-welcome', {});
    other.exec('ROLLBACK');
    other.close();
    expect(envelope).toEqual({
      ok: false,
      error: {
        code: 'database-busy',
        message: 'Databasen är upptagen av ett annat program. Stäng det, eller vänta en stund, och försök igen; ingenting ändrades.',
      },
    });
    const changed = dbFingerprint(databaseFile) !== before;
    recordHostile({ importer: 'database', input: 'an edit while another program holds a write lock', refused: !envelope.ok, changedDatabase: changed });
    expect(changed).toBe(false);
    // Once the other program lets go, the same edit goes through.
    await call(core, 'app:dismiss-welcome', {});
  });
});
