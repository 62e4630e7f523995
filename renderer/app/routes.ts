/**
 * Every screen of the app as a typed route, kept in the URL hash so a reload
 * (or the browser's back button in browser mode) lands on the same screen.
 */
export type Route = { readonly name: 'start' } | { readonly name: 'settings' };

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
    default:
      return { name: 'start' };
  }
}

export function formatRoute(route: Route): string {
  const join = (...parts: string[]) => `#/${parts.map(encodeURIComponent).join('/')}`;
  switch (route.name) {
    case 'settings':
      return join('installningar');
    case 'start':
      return '#/';
  }
}
