import type { z } from 'zod';
import { contract, isChannel, type Channel, type Handlers } from '../../shared/contract';
import { fail, ok, type Envelope } from '../../shared/envelope';
import { AppError, errorPayload, INTERNAL_ERROR, UNKNOWN_CHANNEL_ERROR } from '../../shared/errors';
import { databaseFailure } from './db/errors';

export type Dispatch = (channel: unknown, args: unknown) => Promise<Envelope<unknown>>;

export interface DispatchOptions {
  /** Where unexpected faults are reported (never to the user). */
  readonly logError?: (channel: string, error: unknown) => void;
}

/**
 * The single path from a bridge to the core: channel known → arguments parsed
 * by the contract's zod schema → handler → envelope. A bad call never reaches
 * the handler; no raw exception leaves.
 */
export function createDispatch(handlers: Handlers, options: DispatchOptions = {}): Dispatch {
  const logError = options.logError ?? ((channel, error) => console.error(`[${channel}]`, error));
  return async (channel, rawArgs) => {
    if (!isChannel(channel)) {
      return fail(UNKNOWN_CHANNEL_ERROR);
    }
    const schema: z.ZodType = contract[channel].args;
    // Only a call without arguments means `{}`; null is garbage like any other.
    const parsed = schema.safeParse(rawArgs === undefined ? {} : rawArgs);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue && issue.path.length > 0 ? ` (${clip(issue.path.join('.'), 80)})` : '';
      return fail(errorPayload('invalid-arguments', { where, problem: clip(issue?.message ?? 'okänt fel', 160) }));
    }
    try {
      const handler = handlers[channel as Channel] as (args: unknown) => unknown;
      return ok(await handler(parsed.data));
    } catch (error) {
      if (error instanceof AppError) return fail(error.toPayload());
      const database = databaseFailure(error);
      if (database) return fail(database.toPayload());
      logError(channel, error);
      return fail(INTERNAL_ERROR);
    }
  };
}

/** Zod quotes offending keys; a hostile caller's megabyte-long key must not come back in the message. */
function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
