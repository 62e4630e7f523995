import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { createDispatch } from '../../../../electron/core/dispatch';
import { channels, contract, type Channel, type Handlers } from '../../../../shared/contract';
import type { Envelope } from '../../../../shared/envelope';
import { AppError, INTERNAL_ERROR } from '../../../../shared/errors';

function fakeHandlers(behaviour: (channel: Channel) => unknown) {
  const calls: Channel[] = [];
  const handlers = Object.fromEntries(
    channels.map((channel) => [
      channel,
      () => {
        calls.push(channel);
        return behaviour(channel);
      },
    ]),
  ) as unknown as Handlers;
  return { handlers, calls };
}

function expectEnvelope(envelope: Envelope<unknown>): void {
  if (envelope.ok) {
    expect(Object.keys(envelope).sort()).toEqual(['ok', 'value']);
    return;
  }
  expect(Object.keys(envelope).sort()).toEqual(['error', 'ok']);
  expect(Object.keys(envelope.error).sort()).toEqual(['code', 'message']);
  expect(envelope.error.code).toMatch(/^[a-z-]+$/);
  expect(envelope.error.message.length).toBeGreaterThan(0);
  expect(envelope.error.message.length).toBeLessThanOrEqual(300);
}

const channelName = fc.oneof(fc.constantFrom(...channels), fc.string(), fc.anything());

describe('dispatch invariants, for any input', () => {
  it('always resolves to an envelope, and runs a handler only for arguments its schema accepts', async () => {
    await fc.assert(
      fc.asyncProperty(channelName, fc.anything({ withObjectString: true, withNullPrototype: true }), async (channel, args) => {
        const { handlers, calls } = fakeHandlers(() => 'done');
        const envelope = await createDispatch(handlers, { logError: () => undefined })(channel, args);
        expectEnvelope(envelope);
        const known = typeof channel === 'string' && (channels as string[]).includes(channel);
        const accepted = known && contract[channel as Channel].args.safeParse(args === undefined ? {} : args).success;
        expect(calls).toEqual(accepted ? [channel] : []);
        expect(envelope.ok).toBe(accepted);
        if (!known) expect(envelope).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
      }),
    );
  });

  it('turns anything a handler throws into the internal error, revealing nothing', async () => {
    await fc.assert(
      fc.asyncProperty(fc.anything(), async (thrown) => {
        const logError = vi.fn();
        const { handlers } = fakeHandlers(() => {
          throw thrown;
        });
        const envelope = await createDispatch(handlers, { logError })('app:info', {});
        expect(envelope).toEqual({ ok: false, error: INTERNAL_ERROR });
        expect(logError).toHaveBeenCalledOnce();
      }),
    );
  });

  it("passes a handler's AppError through exactly, and its value untouched", async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ minLength: 1 }), fc.string({ minLength: 1 }), fc.anything(), async (code, message, value) => {
        const failing = fakeHandlers(() => {
          throw new AppError(code, message);
        });
        expect(await createDispatch(failing.handlers)('app:info', {})).toEqual({ ok: false, error: { code, message } });
        const succeeding = fakeHandlers(() => Promise.resolve(value));
        const envelope = await createDispatch(succeeding.handlers)('app:info', {});
        expect(envelope.ok && envelope.value).toBe(value);
      }),
    );
  });
});
