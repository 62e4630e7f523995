import { create } from 'zustand';

/** How one document is being viewed; kept per document so the place survives criterion changes and remounts. */
export interface ViewState {
  /** Zoom as a factor of the page's natural size (1 = 100 %). */
  readonly scale: number;
  /** Fit the page width to the viewer (recomputed when the viewer resizes). */
  readonly fitWidth: boolean;
  readonly page: number;
  readonly scrollTop: number;
  readonly query: string;
  readonly searchOpen: boolean;
}

export const DEFAULT_VIEW: ViewState = { scale: 1, fitWidth: true, page: 1, scrollTop: 0, query: '', searchOpen: false };

interface ViewerStore {
  readonly views: Readonly<Record<string, ViewState>>;
  update(sha256: string, change: Partial<ViewState>): void;
}

export const useViewer = create<ViewerStore>()((set) => ({
  views: {},
  update(sha256, change) {
    set((state) => ({ views: { ...state.views, [sha256]: { ...(state.views[sha256] ?? DEFAULT_VIEW), ...change } } }));
  },
}));

export function useView(sha256: string): ViewState {
  return useViewer((s) => s.views[sha256] ?? DEFAULT_VIEW);
}

export const ZOOM_STEPS = [0.5, 0.67, 0.75, 0.9, 1, 1.1, 1.25, 1.5, 1.75, 2, 2.5, 3] as const;

export function nextZoom(scale: number, direction: 1 | -1): number {
  if (direction > 0) return ZOOM_STEPS.find((step) => step > scale + 0.001) ?? ZOOM_STEPS.at(-1)!;
  return [...ZOOM_STEPS].reverse().find((step) => step < scale - 0.001) ?? ZOOM_STEPS[0];
}
