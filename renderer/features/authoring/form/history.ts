/**
 * Ångra / Gör om for the editors: every change of the draft is one step,
 * except that typing in one field is one step until a pause (so undo takes
 * back a word, not a letter) — like the desk.
 */
export interface History<D> {
  readonly past: readonly D[];
  readonly future: readonly D[];
  /** The field last typed in and when, to join keystrokes into one step. */
  readonly lastKey: string | null;
  readonly lastAt: number;
}

export const MAX_STEPS = 200;
/** Keystrokes in one field closer together than this are one step. */
export const TYPING_PAUSE_MS = 1_500;

export const emptyHistory = <D>(): History<D> => ({ past: [], future: [], lastKey: null, lastAt: 0 });

/** The history after a change from `previous`; `key` names the field typed in (null: a step of its own). */
export function recorded<D>(history: History<D>, previous: D, key: string | null, now: number): History<D> {
  const joins = key !== null && key === history.lastKey && now - history.lastAt < TYPING_PAUSE_MS;
  return {
    past: joins ? history.past : [...history.past, previous].slice(-MAX_STEPS),
    future: [],
    lastKey: key,
    lastAt: now,
  };
}

/** One step back ('undo') or forward ('redo') from `current`; null when there is none. */
export function stepped<D>(history: History<D>, current: D, direction: 'undo' | 'redo'): { draft: D; history: History<D> } | null {
  const from = direction === 'undo' ? history.past : history.future;
  const draft = from.at(-1);
  if (draft === undefined) return null;
  const rest = from.slice(0, -1);
  const other = direction === 'undo' ? [...history.future, current] : [...history.past, current];
  return {
    draft,
    history: direction === 'undo' ? { past: rest, future: other, lastKey: null, lastAt: 0 } : { past: other, future: rest, lastKey: null, lastAt: 0 },
  };
}
