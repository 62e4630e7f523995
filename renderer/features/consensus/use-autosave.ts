/**
 * A text field that saves itself: shortly after typing pauses, at least every
 * two seconds while it goes on, and at once when the field is left or goes
 * away. What is being typed stays in the field while the stored value comes
 * back from the core.
 */
import { useCallback, useEffect, useRef, useState } from 'react';

const PAUSE_MS = 300;
const MAX_WAIT_MS = 2_000;

export function useAutosave(stored: string, save: (text: string) => Promise<unknown>, locked = false) {
  const [text, setText] = useState(stored);
  const pending = useRef<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const since = useRef<number | null>(null);
  const saveRef = useRef(save);
  useEffect(() => {
    saveRef.current = save;
  });
  // A stored value that changes from elsewhere (undo, another stage) shows unless the user is typing.
  useEffect(() => {
    if (pending.current === null) setText(stored);
  }, [stored]);

  const flush = useCallback(() => {
    clearTimeout(timer.current);
    since.current = null;
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
      clearTimeout(timer.current);
      since.current ??= Date.now();
      const waited = Date.now() - since.current;
      timer.current = setTimeout(flush, waited >= MAX_WAIT_MS ? 0 : PAUSE_MS);
    },
    [flush, locked],
  );
  return { text, onChange, onBlur: flush };
}
