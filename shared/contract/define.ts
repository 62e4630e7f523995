import type { z } from 'zod';

/**
 * One channel of the contract: the zod schema its arguments must pass, and the
 * (phantom) type of its result. The result type is declared once, here.
 */
export interface ChannelDef<A extends z.ZodType, R> {
  readonly args: A;
  readonly resultType: R;
}

/** `returns<RoundSummary[]>()(z.object({}))` — declares a channel. */
export const returns =
  <R>() =>
  <A extends z.ZodType>(args: A): ChannelDef<A, R> => ({ args, resultType: undefined as R });
