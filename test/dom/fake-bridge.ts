import { vi } from 'vitest';
import type { z } from 'zod';
import { contract, type Channel, type ExaminatorBridge, type FileRef, type Handlers } from '../../shared/contract';
import { AppError } from '../../shared/errors';

export type FakeHandlers = Partial<Handlers>;

/**
 * A typed fake of the core for component tests: calls are validated with the
 * real contract schemas, answered by the given handlers, wrapped in the real
 * envelope. Calling a channel the test did not provide fails the test.
 */
export function installFakeBridge(handlers: FakeHandlers, options: { picked?: FileRef[] } = {}) {
  const invoke = vi.fn(async (channel: Channel, args: unknown) => {
    const parsed = (contract[channel].args as z.ZodType).safeParse(args ?? {});
    if (!parsed.success) throw new Error(`Invalid arguments for ${channel}: ${parsed.error.message}`);
    const handler = handlers[channel] as ((a: unknown) => unknown) | undefined;
    if (!handler) throw new Error(`The test did not expect a call to ${channel}`);
    try {
      return { ok: true as const, value: await handler(parsed.data) };
    } catch (error) {
      if (error instanceof AppError) return { ok: false as const, error: error.toPayload() };
      throw error;
    }
  });
  const bridge: ExaminatorBridge = {
    invoke: invoke as unknown as ExaminatorBridge['invoke'],
    pickFiles: vi.fn(async () => options.picked ?? []),
    refsForDroppedFiles: vi.fn(async () => options.picked ?? []),
    onFilesOpened: vi.fn(() => () => undefined),
    openExternal: vi.fn(async () => true),
  };
  Object.defineProperty(window, 'examinator', { value: bridge, configurable: true });
  return { bridge, invoke, calls: (channel: Channel) => invoke.mock.calls.filter(([c]) => c === channel).map(([, a]) => a) };
}

export const appInfo = (overrides: Partial<ReturnType<Handlers['app:info']> & object> = {}) => ({
  version: '0.1.0',
  dataDir: '/home/anna/.config/Examinator',
  databaseFile: '/home/anna/.config/Examinator/examinator.sqlite',
  schemaVersion: 2,
  exportDir: null,
  firstStart: false,
  databaseDamaged: false,
  ...overrides,
});
