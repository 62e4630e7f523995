/**
 * How the desk and the consensus edit an assessment: each edit goes to the
 * core in order after those before it (one queue per workspace), and what is
 * shown is patched from the core's answer — one round trip per save.
 */
import { reportFailure, useNotices } from './notice-store';

export interface EditQueue {
  /** Runs core calls one after another, in the order they were asked for. */
  enqueue<T>(work: () => Promise<T>): Promise<T>;
  /** One edit in the queue: `send` asks the core, `apply` patches the screen from its answer. A failure becomes a notice and resolves to null. */
  edit<R extends { readonly savedAt: string }>(send: () => Promise<R>, apply: (result: R) => void): Promise<R | null>;
}

export function createEditQueue(): EditQueue {
  let queue: Promise<unknown> = Promise.resolve();
  const enqueue = <T>(work: () => Promise<T>): Promise<T> => {
    const next = queue.then(work, work);
    queue = next.catch(() => undefined);
    return next;
  };
  return {
    enqueue,
    edit: (send, apply) =>
      enqueue(async () => {
        const result = await send();
        apply(result);
        useNotices.getState().markSaved(result.savedAt);
        return result;
      }).catch((error: unknown) => {
        reportFailure(error);
        return null;
      }),
  };
}
