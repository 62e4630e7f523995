/**
 * Two processes on one data folder (issue 13, item 10). The attack: with
 * browser mode running, `examinator backup restore` from the CLI swapped the
 * database under the open connection (deleting its -wal/-shm), and the edits
 * acknowledged after it were lost. Now every second process is refused at
 * once, naming who holds the folder, and nothing in the folder changes.
 * Needs the built app (`npm run build`), as `npm test` does before vitest.
 */
import Database from 'better-sqlite3';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { listBackups } from '../../electron/core/db/backup';
import { LOCK_FILE, LOCK_HOLDER_FILE } from '../../electron/core/db/folder-lock';
import { dataPaths } from '../../electron/core/paths';
import { WELCOME_DISMISSED } from '../../electron/core/rounds/import';
import { startApp, type RunningApp } from '../e2e/app-process';
import { call, testCore } from '../helpers/core';
import { dbFingerprint } from '../helpers/db-fingerprint';
import { folderHashes } from '../helpers/folder-hashes';
import { samplePath } from '../helpers/samples';
import { tempDir } from '../helpers/temp';
import { runCliProcess } from './cli-process';
import { recordHostile } from './record';

const IN_USE = /^Fel: Datamappen .+ används redan av Examinator i webbläsarläge \(process \d+, startad \d+ \w+ \d{4} \d{2}:\d{2}\)\. Avsluta det först/;
/**
 * SQLite's shared-memory index changes whenever anyone reads; the lock file is
 * never opened by anyone but the lock (reading it here would drop this
 * process's own POSIX lock). Everything else must stay byte for byte.
 */
const notShm = (name: string) => name.endsWith('-shm') || name === LOCK_FILE;

/** A data folder with the övningsomgång and one backup, as an examiner's would be. */
async function examinersFolder(): Promise<{ dataDir: string; backup: string }> {
  const dataDir = tempDir();
  const core = testCore({ dataDir });
  await call(core, 'round:import', { fileId: core.context.files.register(samplePath.round).id });
  const backup = (await call(core, 'backup:create', {})).name;
  await core.close();
  return { dataDir, backup };
}

/** Browser mode on the folder, once its start-up backup is written (so the folder is at rest). */
async function browserModeOn(dataDir: string): Promise<RunningApp> {
  const backups = dataPaths(dataDir).backupDir;
  const before = listBackups(backups).length;
  const app = await startApp({ dataDir });
  for (let waited = 0; waited < 10_000; waited += 50) {
    if (listBackups(backups).length > before && !readdirSync(backups).some((n) => n.endsWith('.partial'))) return app;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('the start-up backup did not appear');
}

async function post(app: RunningApp, channel: string, args: unknown): Promise<unknown> {
  const url = new URL(app.url);
  const response = await fetch(new URL(`/api/${channel}`, url), {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-examinator-token': url.searchParams.get('t')! },
    body: JSON.stringify(args),
  });
  return response.json();
}

describe('a second process on a data folder in use', () => {
  it('refuses the CLI at once while browser mode runs, and the edits after it are kept', { timeout: 120_000 }, async () => {
    const { dataDir, backup } = await examinersFolder();
    const app = await browserModeOn(dataDir);
    const { databaseFile } = dataPaths(dataDir);
    const files = folderHashes(dataDir, notShm);
    const database = dbFingerprint(databaseFile);
    expect(Object.keys(files)).toContain('examinator.sqlite-wal');

    const attempts = [
      ['backup', 'restore', backup],
      ['backup', 'create'],
    ];
    for (const args of attempts) {
      const run = await runCliProcess([...args, '--data-dir', dataDir]);
      expect(run.code, args.join(' ')).toBe(1);
      expect(run.err.trimEnd().split('\n')).toHaveLength(1);
      expect(run.err).toMatch(IN_USE);
    }
    const changed = dbFingerprint(databaseFile) !== database || JSON.stringify(folderHashes(dataDir, notShm)) !== JSON.stringify(files);
    recordHostile({ importer: 'data-folder', input: 'backup restore from the CLI while browser mode runs', refused: true, changedDatabase: changed });
    expect(folderHashes(dataDir, notShm)).toEqual(files);
    expect(dbFingerprint(databaseFile)).toBe(database);

    // The edit after the attempt is acknowledged and survives the app's end.
    expect(await post(app, 'app:dismiss-welcome', {})).toMatchObject({ ok: true });
    await app.stop();
    const db = new Database(databaseFile, { readonly: true });
    expect(db.prepare('SELECT value FROM settings WHERE key = ?').get(WELCOME_DISMISSED)).toBeDefined();
    db.close();

    // Released on a normal exit: the CLI may now work on the folder.
    expect(existsSync(`${dataDir}/${LOCK_HOLDER_FILE}`)).toBe(false);
    const listed = await runCliProcess(['backup', 'list', '--data-dir', dataDir]);
    expect(listed.code).toBe(0);
    expect(listed.out).toContain(backup);
  });

  it('leaves no stale lock when the holder is killed', { timeout: 60_000 }, async () => {
    const { dataDir } = await examinersFolder();
    const app = await browserModeOn(dataDir);
    const holder = JSON.parse(readFileSync(`${dataDir}/${LOCK_HOLDER_FILE}`, 'utf8')) as { pid: number; kind: string };
    expect(holder.kind).toBe('browser');
    process.kill(holder.pid, 'SIGKILL');
    for (let alive = true; alive; ) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      try {
        process.kill(holder.pid, 0);
      } catch {
        alive = false;
      }
    }
    expect(app.url).toMatch(/^http/); // (gone: nothing left to stop)
    const run = await runCliProcess(['info', '--data-dir', dataDir]);
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
  });

  it('refuses browser mode on a folder a CLI command holds, naming it', { timeout: 60_000 }, async () => {
    const { dataDir } = await examinersFolder();
    const holder = testCore({ dataDir }); // holds the lock as a CLI command does
    const files = folderHashes(dataDir, notShm);
    const started = startApp({ dataDir });
    await expect(started).rejects.toThrow(/Datamappen .+ används redan av ett Examinator-kommando \(process \d+/);
    const changed = JSON.stringify(folderHashes(dataDir, notShm)) !== JSON.stringify(files);
    recordHostile({ importer: 'data-folder', input: 'browser mode started on a folder in use', refused: true, changedDatabase: changed });
    expect(folderHashes(dataDir, notShm)).toEqual(files);
    await holder.close();
  });
});
