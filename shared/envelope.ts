import type { AppErrorPayload } from './errors';

/** What crosses every bridge: a value, or a Swedish error. Never a raw exception. */
export type Envelope<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: AppErrorPayload };

export const ok = <T>(value: T): Envelope<T> => ({ ok: true, value });
export const fail = (error: AppErrorPayload): Envelope<never> => ({ ok: false, error });
