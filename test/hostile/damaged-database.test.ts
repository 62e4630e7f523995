/**
 * A damaged database must not block its own recovery (issue 13, item 11).
 * The attack: examinator.sqlite replaced by random bytes or truncated; then
 * `backup list` and `backup restore` failed with "ett oväntat fel inträffade:
 * file is not a database". Now the real CLI lists and restores, the damaged
 * file is kept aside byte for byte, and nothing else in the folder changes.
 */
import { randomBytes } from 'node:crypto';
import { copyFileSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCK_FILE } from '../../electron/core/db/folder-lock';
import { dataPaths } from '../../electron/core/paths';
import { call, testCore } from '../helpers/core';
import { dbFingerprint } from '../helpers/db-fingerprint';
import { folderHashes } from '../helpers/folder-hashes';
import { samplePath } from '../helpers/samples';
import { tempDir } from '../helpers/temp';
import { runCliProcess } from './cli-process';
import { recordHostile } from './record';

const DAMAGED = /^Fel: Databasen i datamappen är skadad och kan inte läsas\. Återställ den från en säkerhetskopia/;
const atRest = (name: string) => name.endsWith('-shm') || name === LOCK_FILE;

const cases: { input: string; damage: (bytes: Buffer) => Buffer }[] = [
  { input: 'random bytes', damage: () => randomBytes(128 * 1024) },
  { input: 'truncated to half', damage: (bytes) => bytes.subarray(0, bytes.length >> 1) },
  { input: 'truncated to nothing (backups show there was data)', damage: () => Buffer.alloc(0) },
  {
    input: 'a page in the middle overwritten',
    damage: (bytes) => {
      const copy = Buffer.from(bytes);
      randomBytes(4096).copy(copy, 4096 * Math.floor(copy.length / 8192));
      return copy;
    },
  },
];

describe('a damaged examinator.sqlite', () => {
  it.each(cases)('is recovered from a backup by the CLI when it is $input', { timeout: 120_000 }, async ({ input, damage }) => {
    const dataDir = tempDir();
    const core = testCore({ dataDir });
    await call(core, 'round:import', { fileId: core.context.files.register(samplePath.round).id });
    const backup = (await call(core, 'backup:create', {})).name;
    await core.close();
    const { databaseFile, backupDir } = dataPaths(dataDir);
    const damaged = damage(readFileSync(databaseFile));
    writeFileSync(databaseFile, damaged);
    rmSync(`${databaseFile}-wal`, { force: true });
    const before = folderHashes(dataDir, atRest);
    // Read from a copy: a reader leaves an empty -wal beside a WAL-mode file.
    const backupCopy = join(tempDir(), backup);
    copyFileSync(join(backupDir, backup), backupCopy);
    const backupContent = dbFingerprint(backupCopy);

    const listed = await runCliProcess(['backup', 'list', '--data-dir', dataDir]);
    expect(listed.code).toBe(0);
    expect(listed.out).toContain(backup);
    expect(listed.err).toMatch(/^Databasen är skadad och kan inte läsas; återställ en av kopiorna med "examinator backup restore <namn>"\.\n$/);
    // Commands that need the database say what to do, in one line; nothing is touched.
    const created = await runCliProcess(['backup', 'create', '--data-dir', dataDir]);
    expect(created.code).toBe(1);
    expect(created.err.trimEnd().split('\n')).toHaveLength(1);
    expect(created.err).toMatch(DAMAGED);
    expect(folderHashes(dataDir, atRest)).toEqual(before);

    const restored = await runCliProcess(['backup', 'restore', backup, '--data-dir', dataDir]);
    expect(restored.err).toBe('');
    expect(restored.code).toBe(0);
    const keptAside = readdirSync(dataDir).filter((name) => name.startsWith('examinator-skadad-'));
    expect(keptAside).toHaveLength(1);
    expect(restored.out).toBe(
      `Databasen är återställd från ${backup}.\nDen skadade databasen är sparad som ${keptAside[0]} i datamappen; den raderas inte.\n`,
    );
    const after = folderHashes(dataDir, atRest);
    const keptIntact = after[keptAside[0]!] === before['examinator.sqlite'];
    const backupsIntact = Object.keys(before)
      .filter((name) => name.startsWith('backups/'))
      .every((name) => after[name] === before[name]) && readdirSync(backupDir).length === 1;
    const restoredFromBackup = dbFingerprint(databaseFile) === backupContent;
    recordHostile({ importer: 'database', input: `examinator.sqlite ${input}`, refused: created.code === 1, changedDatabase: !keptIntact || !backupsIntact });
    expect(keptIntact).toBe(true);
    expect(backupsIntact).toBe(true);
    expect(restoredFromBackup).toBe(true);
  });

  it('opens the core in recovery: only backups work, and starting empty keeps the damaged file', async () => {
    const dataDir = tempDir();
    const { databaseFile } = dataPaths(dataDir);
    writeFileSync(databaseFile, randomBytes(8192));
    const core = testCore({ dataDir, backupOnStart: true });
    await core.ready;
    expect(await call(core, 'app:info', {})).toMatchObject({ databaseDamaged: true, firstStart: false });
    expect(await call(core, 'backup:list', {})).toEqual([]); // no start-up backup of a damaged file
    await expect(call(core, 'round:list', {})).rejects.toMatchObject({ code: 'database-damaged' });
    const { keptAside } = await call(core, 'backup:start-empty', {});
    expect(keptAside).toMatch(/^examinator-skadad-20260901T080000000Z\.sqlite$/);
    expect(await call(core, 'app:info', {})).toMatchObject({ databaseDamaged: false, firstStart: true });
    expect(await call(core, 'round:list', {})).toEqual([]);
    await expect(call(core, 'backup:start-empty', {})).rejects.toMatchObject({ code: 'database-not-damaged' });
  });
});
