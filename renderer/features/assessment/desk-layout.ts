import { defineStore } from '../../app/store';

/**
 * The widths of the desk's side columns: in proportion to the window until
 * the examiner drags a divider; then theirs, kept on this computer.
 */
interface LayoutState {
  readonly left: number | null;
  readonly right: number | null;
  set(change: { left?: number; right?: number }): void;
}

const KEY = 'examinator.desk.columns';

export const defaultLeft = (windowWidth: number) => Math.round(Math.min(320, Math.max(240, windowWidth * 0.17)));
export const defaultRight = (windowWidth: number) => Math.round(Math.min(600, Math.max(400, windowWidth * 0.3)));

function saved(): { left: number | null; right: number | null } {
  try {
    const value = JSON.parse(window.localStorage.getItem(KEY) ?? 'null') as { left?: unknown; right?: unknown } | null;
    return { left: typeof value?.left === 'number' ? value.left : null, right: typeof value?.right === 'number' ? value.right : null };
  } catch {
    return { left: null, right: null };
  }
}

export const useDeskLayout = defineStore<LayoutState>((set, get) => ({
  ...saved(),
  set(change) {
    set(change);
    try {
      window.localStorage.setItem(KEY, JSON.stringify({ left: get().left, right: get().right }));
    } catch {
      // Storage may be unavailable; the widths then last for this session.
    }
  },
}));
