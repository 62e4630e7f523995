import { emptyHistory, recorded, stepped, type History } from './history';
import { appendTo, moveIn, pathKey, removeFrom, setIn, type Path } from './paths';

/** What both editors' stores hold: the draft being written, its id in the store, and its undo history. */
export interface EditedDraft<D> {
  /** The saved draft this is (authoring_drafts.id); null before the editor has given it one. */
  readonly draftId: string | null;
  readonly draft: D;
  readonly history: History<D>;
}

export interface DraftOps<D> {
  /** Any change of the draft as one undo step (`key`: the field typed in, joined until a pause). */
  change(update: (draft: D) => D, key?: string | null): void;
  edit(path: Path, value: unknown): void;
  append(path: Path, item: unknown): void;
  remove(path: Path, index: number): void;
  move(path: Path, index: number, delta: -1 | 1): void;
  undo(): void;
  redo(): void;
}

/** A fresh start for a draft id: no history. */
export const startOf = <D>(draftId: string | null, draft: D): EditedDraft<D> => ({ draftId, draft, history: emptyHistory<D>() });

/**
 * The editing operations over a zustand store's draft. `normalise` keeps
 * derived members right after every change; `keep` carries over what undo
 * must not take back (the round's chosen package follows the package list, not the history).
 */
export function draftOps<D, S extends EditedDraft<D>>(
  set: (update: (state: S) => Partial<S>) => void,
  normalise: (draft: D) => D = (draft) => draft,
  keep: (current: D, restored: D) => D = (_current, restored) => restored,
): DraftOps<D> {
  const change = (update: (draft: D) => D, key: string | null = null) =>
    set((state) => ({ draft: normalise(update(state.draft)), history: recorded(state.history, state.draft, key, Date.now()) }) as Partial<S>);
  const step = (direction: 'undo' | 'redo') =>
    set((state) => {
      const next = stepped(state.history, state.draft, direction);
      return (next ? { draft: normalise(keep(state.draft, next.draft)), history: next.history } : {}) as Partial<S>;
    });
  return {
    change,
    edit: (path, value) => change((draft) => setIn(draft, path, value), pathKey(path)),
    append: (path, item) => change((draft) => appendTo(draft, path, item)),
    remove: (path, index) => change((draft) => removeFrom(draft, path, index)),
    move: (path, index, delta) => change((draft) => moveIn(draft, path, index, delta)),
    undo: () => step('undo'),
    redo: () => step('redo'),
  };
}
