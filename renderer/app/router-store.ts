import { create } from 'zustand';
import { formatRoute, parseRoute, type Route } from './routes';

interface RouterState {
  readonly route: Route;
  navigate(route: Route): void;
  /** Changes the current entry without adding one to the history (e.g. the criterion on the desk). */
  replace(route: Route): void;
  /** Re-reads the hash (after the browser's back/forward). */
  sync(): void;
}

export const useRouter = create<RouterState>()((set) => ({
  route: parseRoute(window.location.hash),
  navigate(route) {
    const hash = formatRoute(route);
    if (window.location.hash !== hash) window.location.hash = hash;
    set({ route });
  },
  replace(route) {
    window.history.replaceState(window.history.state, '', formatRoute(route));
    set({ route });
  },
  sync() {
    set({ route: parseRoute(window.location.hash) });
  },
}));

export function navigate(route: Route): void {
  useRouter.getState().navigate(route);
}
