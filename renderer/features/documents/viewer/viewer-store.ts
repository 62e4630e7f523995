import { defineStore } from '../../../app/store';

/** How one document is being viewed; kept per document so the place survives criterion changes, remounts and reloads. */
export interface ViewState {
  /** Zoom as a factor of the page's natural size (1 = 100 %). */
  readonly scale: number;
  /** Fit the page width to the viewer (recomputed when the viewer resizes). */
  readonly fitWidth: boolean;
  /** The page on screen (see page-on-screen.ts): the one truth the page box, thumbnails and B read. */
  readonly page: number;
  readonly scrollTop: number;
  readonly query: string;
  readonly searchOpen: boolean;
  /** Opening the search kept the fitted zoom as it was; closing it fits to the width again. */
  readonly refitAfterSearch: boolean;
}

export const DEFAULT_VIEW: ViewState = { scale: 1, fitWidth: true, page: 1, scrollTop: 0, query: '', searchOpen: false, refitAfterSearch: false };

interface ViewerStore {
  readonly views: Readonly<Record<string, ViewState>>;
  /** Ctrl+F from anywhere: the next viewer to see it opens its search and focuses the box. */
  readonly searchRequested: boolean;
  update(sha256: string, change: Partial<ViewState>): void;
}

/** What a reload keeps, per document, on this computer: the page and the reader's zoom. */
const KEY = 'examinator.viewer.places';
const KEPT = 200;
type Place = Pick<ViewState, 'page' | 'scale' | 'fitWidth'>;

function savedPlaces(): Record<string, ViewState> {
  try {
    const stored = JSON.parse(window.localStorage.getItem(KEY) ?? '{}') as Record<string, Partial<Place>>;
    const views: Record<string, ViewState> = {};
    for (const [sha256, place] of Object.entries(stored)) {
      if (!/^[0-9a-f]{64}$/.test(sha256) || typeof place !== 'object' || place === null) continue;
      const page = Number.isInteger(place.page) && place.page! >= 1 ? place.page! : 1;
      const scale = typeof place.scale === 'number' && place.scale >= 0.25 && place.scale <= 4 ? place.scale : 1;
      views[sha256] = { ...DEFAULT_VIEW, page, scale, fitWidth: place.fitWidth !== false };
    }
    return views;
  } catch {
    return {};
  }
}

function savePlaces(views: Readonly<Record<string, ViewState>>): void {
  try {
    const places = Object.entries(views)
      .slice(-KEPT)
      .map(([sha256, v]) => [sha256, { page: v.page, scale: v.scale, fitWidth: v.fitWidth || v.refitAfterSearch }]);
    window.localStorage.setItem(KEY, JSON.stringify(Object.fromEntries(places)));
  } catch {
    // Storage may be unavailable; the places then last for this session.
  }
}

export const useViewer = defineStore<ViewerStore>((set, get) => ({
  views: savedPlaces(),
  searchRequested: false,
  update(sha256, change) {
    const before = get().views[sha256];
    set((state) => ({ views: { ...state.views, [sha256]: { ...(state.views[sha256] ?? DEFAULT_VIEW), ...change } } }));
    const after = get().views[sha256]!;
    if (!before || before.page !== after.page || before.scale !== after.scale || before.fitWidth !== after.fitWidth) savePlaces(get().views);
  },
}));

export function useView(sha256: string): ViewState {
  return useViewer((s) => s.views[sha256] ?? DEFAULT_VIEW);
}

/** Ctrl+F: the document search, wherever the focus is. */
export function requestDocumentSearch(): void {
  useViewer.setState({ searchRequested: true });
}

export const ZOOM_STEPS = [0.5, 0.67, 0.75, 0.9, 1, 1.1, 1.25, 1.5, 1.75, 2, 2.5, 3] as const;

export function nextZoom(scale: number, direction: 1 | -1): number {
  if (direction > 0) return ZOOM_STEPS.find((step) => step > scale + 0.001) ?? ZOOM_STEPS.at(-1)!;
  return [...ZOOM_STEPS].reverse().find((step) => step < scale - 0.001) ?? ZOOM_STEPS[0];
}
