import { join } from 'node:path';
import { afterEach } from 'vitest';
import { createCore, type Core, type CoreOptions } from '../../electron/core';
import type { Clock, SecretStore } from '../../electron/core/effects';
import { saveToFolder } from '../../electron/core/save-to-folder';
import type { Args, Channel, Result } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import { tempDir } from './temp';

const open: Core[] = [];

export function fixedClock(iso = '2026-09-01T08:00:00.000Z'): Clock & { set(iso: string): void; advance(ms: number): void } {
  let now = new Date(iso);
  return {
    now: () => new Date(now),
    set: (next) => void (now = new Date(next)),
    advance: (ms) => void (now = new Date(now.getTime() + ms)),
  };
}

export function memorySecrets(): SecretStore {
  const secrets = new Map<string, Buffer>();
  return {
    read: async (name) => secrets.get(name) ?? null,
    write: async (name, secret) => void secrets.set(name, Buffer.from(secret)),
  };
}

/** A real core on a temporary data directory; closed after the test. */
export function testCore(options: Partial<CoreOptions> = {}): Core {
  const dataDir = options.dataDir ?? tempDir();
  const core = createCore({
    holder: 'cli',
    dataDir,
    version: '0.0.0-test',
    resourcesDir: join(__dirname, '../../resources'),
    secrets: memorySecrets(),
    saveFile: saveToFolder(join(dataDir, 'saved')),
    clock: fixedClock(),
    backupOnStart: false,
    ...options,
  });
  open.push(core);
  return core;
}

/** Calls through dispatch, exactly as a bridge would; throws the AppError on refusal. */
export async function call<C extends Channel>(core: Core, channel: C, args: Args<C>): Promise<Result<C>> {
  const envelope = await core.dispatch(channel, args);
  if (!envelope.ok) throw new AppError(envelope.error.code, envelope.error.message);
  return envelope.value as Result<C>;
}

afterEach(async () => {
  for (const core of open.splice(0).reverse()) await core.close();
});
