/**
 * Text being typed at the desk (a comment, a question, a private note) is
 * kept as a draft in the store and saved with the shared timings
 * (app/autosave.ts) — each save one edit, and one undo step.
 */
import { createSaveTimers } from '../../app/autosave';
import { edit, enqueue, useDesk } from './desk-store';

const timers = createSaveTimers((key) => void flush(key));

/** `key` is a comment id, or noteKey(criterionId) for a private note. */
export function typeText(key: string, text: string): void {
  useDesk.setState((s) => ({ drafts: { ...s.drafts, [key]: text } }));
  timers.typed(key);
}

export function flush(key: string): Promise<unknown> {
  timers.stop(key);
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
