import { describe, expect, it, vi } from 'vitest';
import { contract, type Handlers } from '../../../../shared/contract';
import { AppError } from '../../../../shared/errors';
import { createDispatch } from '../../../../electron/core/dispatch';

function handlers(overrides: Partial<Handlers>): Handlers {
  const all = Object.fromEntries(
    Object.keys(contract).map((channel) => [channel, vi.fn(() => `ran ${channel}`)]),
  ) as unknown as Handlers;
  return { ...all, ...overrides };
}

describe('dispatch', () => {
  it('parses arguments with the contract and passes the parsed value to the handler', async () => {
    const restore = vi.fn(() => ({ restored: 'x', keptAside: null }));
    const dispatch = createDispatch(handlers({ 'backup:restore': restore }));
    const name = 'examinator-20260901T080000000Z.sqlite';
    expect(await dispatch('backup:restore', { name })).toEqual({ ok: true, value: { restored: 'x', keptAside: null } });
    expect(restore).toHaveBeenCalledWith({ name });
  });

  it('answers wrong arguments with the error envelope and never reaches the handler', async () => {
    const restore = vi.fn();
    const dispatch = createDispatch(handlers({ 'backup:restore': restore }));
    for (const bad of [{ name: '../../etc/passwd' }, { name: 42 }, { name: 'examinator-20260901T080000000Z.sqlite', extra: 1 }, 'text', []]) {
      const result = await dispatch('backup:restore', bad);
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe('invalid-arguments');
        expect(result.error.message).toMatch(/^Begäran hade ogiltiga uppgifter/);
      }
    }
    expect(restore).not.toHaveBeenCalled();
  });

  it('refuses channels outside the contract', async () => {
    const dispatch = createDispatch(handlers({}));
    for (const channel of ['app:nope', '__proto__', 'constructor', 42, null]) {
      const result = await dispatch(channel, {});
      expect(result).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
    }
  });

  it('passes an AppError through as its Swedish payload', async () => {
    const dispatch = createDispatch(
      handlers({
        'app:info': () => {
          throw new AppError('db-newer-version', 'Databasen är nyare.');
        },
      }),
    );
    expect(await dispatch('app:info', {})).toEqual({ ok: false, error: { code: 'db-newer-version', message: 'Databasen är nyare.' } });
  });

  it('never lets a raw exception cross: it becomes the internal error, logged', async () => {
    const logError = vi.fn();
    const dispatch = createDispatch(
      handlers({
        'app:info': () => {
          throw new TypeError('secret stack detail /home/user');
        },
      }),
      { logError },
    );
    const result = await dispatch('app:info', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(result)).not.toContain('secret stack detail');
    expect(logError).toHaveBeenCalledOnce();
  });
});
