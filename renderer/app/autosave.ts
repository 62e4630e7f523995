/**
 * Text being typed saves itself: shortly after typing pauses, at least every
 * two seconds while it goes on, and at once when the field is left or goes
 * away. The desk keeps its drafts in its store (keyed timers); the consensus's
 * fields keep theirs in the field (useAutosave). Both use these timings.
 */
import { useCallback, useEffect, useRef, useState } from 'react';

export const SAVE_PAUSE_MS = 300;
export const SAVE_MAX_WAIT_MS = 2_000;

export interface SaveTimers {
  /** Text was typed under `key`: (re)starts its wait. */
  typed(key: string): void;
  /** Stops waiting for `key` (it is being saved now). */
  stop(key: string): void;
}

/** When each field's text is due: `save(key)` is called once typing under that key pauses, or has gone on too long. */
export function createSaveTimers(save: (key: string) => void): SaveTimers {
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  const since = new Map<string, number>();
  return {
    typed(key) {
      clearTimeout(timers.get(key));
      if (!since.has(key)) since.set(key, Date.now());
      const waited = Date.now() - since.get(key)!;
      timers.set(key, setTimeout(() => save(key), waited >= SAVE_MAX_WAIT_MS ? 0 : SAVE_PAUSE_MS));
    },
    stop(key) {
      clearTimeout(timers.get(key));
      timers.delete(key);
      since.delete(key);
    },
  };
}

/** A text field that saves itself. What is being typed stays in the field while the stored value comes back from the core. */
export function useAutosave(stored: string, save: (text: string) => Promise<unknown>, locked = false) {
  const [text, setText] = useState(stored);
  const pending = useRef<string | null>(null);
  const saveRef = useRef(save);
  useEffect(() => {
    saveRef.current = save;
  });
  // A stored value that changes from elsewhere (undo, another stage) shows unless the user is typing.
  useEffect(() => {
    if (pending.current === null) setText(stored);
  }, [stored]);

  const timers = useRef<SaveTimers | null>(null);
  const flush = useCallback(() => {
    timers.current?.stop('text');
    const value = pending.current;
    if (value === null) return;
    pending.current = null;
    void saveRef.current(value);
  }, []);

  useEffect(() => flush, [flush]);

  const onChange = useCallback(
    (next: string) => {
      if (locked) return;
      setText(next);
      pending.current = next;
      timers.current ??= createSaveTimers(flush);
      timers.current.typed('text');
    },
    [flush, locked],
  );
  return { text, onChange, onBlur: flush };
}
