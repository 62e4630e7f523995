/**
 * Text being typed (a comment, a question, a private note) is saved when
 * typing pauses, at least every couple of seconds while it goes on, and at
 * once when the field is left — each save one edit, and one undo step.
 */
import { edit, enqueue, useDesk } from './desk-store';

const PAUSE_MS = 300;
const MAX_WAIT_MS = 2_000;

const timers = new Map<string, ReturnType<typeof setTimeout>>();
const since = new Map<string, number>();

/** `key` is a comment id, or noteKey(criterionId) for a private note. */
export function typeText(key: string, text: string): void {
  useDesk.setState((s) => ({ drafts: { ...s.drafts, [key]: text } }));
  clearTimeout(timers.get(key));
  if (!since.has(key)) since.set(key, Date.now());
  const waited = Date.now() - since.get(key)!;
  timers.set(key, setTimeout(() => void flush(key), waited >= MAX_WAIT_MS ? 0 : PAUSE_MS));
}

export function flush(key: string): Promise<unknown> {
  clearTimeout(timers.get(key));
  timers.delete(key);
  since.delete(key);
  const text = useDesk.getState().drafts[key];
  if (text === undefined) return Promise.resolve();
  const note = key.startsWith('note:') ? key.slice('note:'.length) : null;
  const saved = note !== null ? edit('assessment:set-note', { criterionId: note, text }) : edit('assessment:edit-comment', { commentId: key, text });
  return saved.then(() => {
    // Typing may have gone on while this was saved: only a draft equal to what was saved is done.
    useDesk.setState((s) => {
      if (s.drafts[key] !== text) return {};
      const { [key]: _saved, ...rest } = s.drafts;
      return { drafts: rest };
    });
  });
}

/** Saves every pending text now; resolves when the core has them. */
export function flushAll(): Promise<unknown> {
  return Promise.all(Object.keys(useDesk.getState().drafts).map(flush)).then(() => enqueue(async () => undefined));
}
