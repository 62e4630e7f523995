import { useNotices } from './notice-store';
import { formatRoute, parseRoute, type Route } from './routes';
import { defineStore } from './store';

/** Which screen a route shows: the criterion on the desk or consensus is a place within it. */
function screenOf(route: Route): string {
  const { criterionId: _criterion, ...screen } = route as Route & { criterionId?: unknown };
  return JSON.stringify(screen);
}

function enter(from: Route, to: Route): void {
  if (screenOf(from) !== screenOf(to)) useNotices.getState().leaveScreen();
}

interface RouterState {
  readonly route: Route;
  navigate(route: Route): void;
  /** Changes the current entry without adding one to the history (e.g. the criterion on the desk). */
  replace(route: Route): void;
  /** Re-reads the hash (after the browser's back/forward, or a change made before anyone listened). */
  sync(): void;
}

export const useRouter = defineStore<RouterState>((set, get) => ({
  route: parseRoute(window.location.hash),
  navigate(route) {
    const hash = formatRoute(route);
    if (window.location.hash !== hash) window.location.hash = hash;
    enter(get().route, route);
    set({ route });
  },
  replace(route) {
    window.history.replaceState(window.history.state, '', formatRoute(route));
    set({ route });
  },
  sync() {
    const route = parseRoute(window.location.hash);
    if (JSON.stringify(route) === JSON.stringify(get().route)) return;
    enter(get().route, route);
    set({ route });
  },
}));

export function navigate(route: Route): void {
  useRouter.getState().navigate(route);
}
