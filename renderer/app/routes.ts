/**
 * Every screen of the app as a typed route, kept in the URL hash so a reload
 * (or the browser's back button in browser mode) lands on the same screen.
 */
export type Route =
  | { readonly name: 'start' }
  | { readonly name: 'settings' }
  | { readonly name: 'documents' }
  | { readonly name: 'document'; readonly sha256: string }
  | { readonly name: 'round-search'; readonly roundId: string };

export type RouteName = Route['name'];

export function parseRoute(hash: string): Route {
  const segments = hash
    .replace(/^#\/?/, '')
    .split('/')
    .filter(Boolean)
    .map((s) => decodeURIComponent(s));
  switch (segments[0]) {
    case 'installningar':
      return { name: 'settings' };
    case 'dokument':
      return segments[1] && /^[0-9a-f]{64}$/.test(segments[1]) ? { name: 'document', sha256: segments[1] } : { name: 'documents' };
    case 'sok':
      return segments[1] ? { name: 'round-search', roundId: segments[1] } : { name: 'start' };
    default:
      return { name: 'start' };
  }
}

export function formatRoute(route: Route): string {
  const join = (...parts: string[]) => `#/${parts.map(encodeURIComponent).join('/')}`;
  switch (route.name) {
    case 'settings':
      return join('installningar');
    case 'documents':
      return join('dokument');
    case 'document':
      return join('dokument', route.sha256);
    case 'round-search':
      return join('sok', route.roundId);
    case 'start':
      return '#/';
  }
}
