import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCK_HOLDER_FILE, lockDataFolder } from '../../../../../electron/core/db/folder-lock';
import { AppError } from '../../../../../shared/errors';
import { testCore } from '../../../../helpers/core';
import { tempDir } from '../../../../helpers/temp';

const now = new Date('2026-09-01T08:00:00.000Z');

function refusal(take: () => unknown): AppError {
  try {
    take();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('not refused');
}

describe('the data folder lock', () => {
  it('refuses a second holder at once, naming the first, and lets the next in after release', () => {
    const dir = tempDir();
    const first = lockDataFolder(dir, { kind: 'app', now });
    expect(JSON.parse(readFileSync(join(dir, LOCK_HOLDER_FILE), 'utf8'))).toEqual({ kind: 'app', pid: process.pid, startedAt: now.toISOString() });
    const started = performance.now();
    const error = refusal(() => lockDataFolder(dir, { kind: 'cli', now }));
    expect(performance.now() - started).toBeLessThan(200);
    expect(error.code).toBe('data-folder-in-use');
    expect(error.message).toBe(
      `Datamappen ${dir} används redan av Examinator-appen (process ${process.pid}, startad 1 sep 2026 10:00). ` +
        'Avsluta det först och försök sedan igen; ingenting ändrades.',
    );
    first.release();
    first.release();
    expect(existsSync(join(dir, LOCK_HOLDER_FILE))).toBe(false);
    lockDataFolder(dir, { kind: 'cli', now }).release();
  });

  it('says "another Examinator program" when the note is missing or not its own', () => {
    const dir = tempDir();
    const held = lockDataFolder(dir, { kind: 'browser', now });
    writeFileSync(join(dir, LOCK_HOLDER_FILE), '{"kind":"<script>","pid":1}');
    expect(refusal(() => lockDataFolder(dir, { kind: 'cli', now })).message).toMatch(/används redan av ett annat Examinator-program\./);
    held.release();
  });

  it('is held by a core from start to close', async () => {
    const dir = tempDir();
    const core = testCore({ dataDir: dir });
    expect(refusal(() => testCore({ dataDir: dir })).code).toBe('data-folder-in-use');
    await core.close();
    await testCore({ dataDir: dir }).close();
  });
});
