/**
 * Every screen of the app as a typed route, kept in the URL hash so a reload
 * (or the browser's back button in browser mode) lands on the same screen.
 */
export type Route =
  | { readonly name: 'start' }
  | { readonly name: 'settings' }
  | { readonly name: 'documents' }
  | { readonly name: 'document'; readonly sha256: string }
  | { readonly name: 'round-search'; readonly roundId: string }
  | { readonly name: 'round'; readonly roundId: string }
  /** The examiner's desk: my assessment of one contestant, at one criterion. */
  | { readonly name: 'assessment'; readonly roundId: string; readonly contestantId: string; readonly criterionId?: string }
  /** The team's consensus (and site-visit) assessment of one contestant. */
  | { readonly name: 'consensus'; readonly roundId: string; readonly contestantId: string; readonly stage?: 'consensus' | 'site-visit' }
  | { readonly name: 'jury'; readonly roundId: string }
  /** Domarkommitténs arbetsyta for one meeting (stadsledningskontoret keeps the record). */
  | { readonly name: 'jury-meeting'; readonly roundId: string; readonly meeting: 'first' | 'final' }
  /** Utvärdering av omgången (stadsledningskontoret): agreement, examiners and totals from every file received. */
  | { readonly name: 'evaluation'; readonly roundId: string }
  /** A trainee's submitted assessment beside the training round's reference (facit). */
  | { readonly name: 'calibration'; readonly roundId: string; readonly contestantId: string }
  /** Stadsledningskontoret's calibration overview of a training round. */
  | { readonly name: 'calibration-overview'; readonly roundId: string }
  /** Rapporter: the PDFs that can be made now for a round. */
  | { readonly name: 'reports'; readonly roundId: string }
  /** The criteria browser; `roundId` when opened from a round (for the breadcrumbs). */
  | { readonly name: 'criteria'; readonly packageSha256: string; readonly criterionId?: string; readonly roundId?: string }
  | { readonly name: 'authoring' }
  /** The editors; `draftId` names the saved draft being written (a new one is given an id at once). */
  | { readonly name: 'package-editor'; readonly draftId?: string }
  | { readonly name: 'round-setup'; readonly draftId?: string };

export type RouteName = Route['name'];

const SHA256 = /^[0-9a-f]{64}$/;
const DRAFT_ID = /^[A-Za-z0-9-]{1,64}$/;

function criteria(sha: string | undefined, criterionId: string | undefined, roundId?: string): Route {
  if (!sha || !SHA256.test(sha)) return roundId ? { name: 'round', roundId } : { name: 'start' };
  return { name: 'criteria', packageSha256: sha, ...(criterionId ? { criterionId } : {}), ...(roundId ? { roundId } : {}) };
}

export function parseRoute(hash: string): Route {
  const segments = hash
    .replace(/^#\/?/, '')
    .split('/')
    .filter(Boolean)
    .map((s) => {
      try {
        return decodeURIComponent(s);
      } catch {
        return '';
      }
    });
  const [first, second, third, fourth, fifth] = segments;
  switch (first) {
    case 'installningar':
      return { name: 'settings' };
    case 'dokument':
      return second && /^[0-9a-f]{64}$/.test(second) ? { name: 'document', sha256: second } : { name: 'documents' };
    case 'sok':
      return second ? { name: 'round-search', roundId: second } : { name: 'start' };
    case 'omgang':
      if (!second) return { name: 'start' };
      if (third === 'bedom' && fourth) return { name: 'assessment', roundId: second, contestantId: fourth, ...(fifth ? { criterionId: fifth } : {}) };
      if (third === 'jury') return { name: 'jury', roundId: second };
      if (third === 'domarkommitten') return { name: 'jury-meeting', roundId: second, meeting: fourth === 'slutmote' ? 'final' : 'first' };
      if (third === 'rapporter') return { name: 'reports', roundId: second };
      if (third === 'utvardering') return { name: 'evaluation', roundId: second };
      if (third === 'kalibrering') return fourth ? { name: 'calibration', roundId: second, contestantId: fourth } : { name: 'calibration-overview', roundId: second };
      if (third === 'konsensus' && fourth) {
        const stage = fifth === 'platsbesok' ? 'site-visit' : fifth === 'konsensus' ? 'consensus' : undefined;
        return { name: 'consensus', roundId: second, contestantId: fourth, ...(stage ? { stage } : {}) };
      }
      return third === 'kriterier' ? criteria(fourth, fifth, second) : { name: 'round', roundId: second };
    case 'kriterier':
      return criteria(second, third);
    case 'kontoret':
      if (second === 'kriteriepaket' || second === 'omgang') {
        const name = second === 'kriteriepaket' ? 'package-editor' : 'round-setup';
        return third && DRAFT_ID.test(third) ? { name, draftId: third } : { name };
      }
      return { name: 'authoring' };
    default:
      return { name: 'start' };
  }
}

export function formatRoute(route: Route): string {
  const join = (...parts: (string | undefined)[]) =>
    `#/${parts
      .filter((p): p is string => p !== undefined)
      .map(encodeURIComponent)
      .join('/')}`;
  switch (route.name) {
    case 'settings':
      return join('installningar');
    case 'documents':
      return join('dokument');
    case 'document':
      return join('dokument', route.sha256);
    case 'round-search':
      return join('sok', route.roundId);
    case 'round':
      return join('omgang', route.roundId);
    case 'assessment':
      return join('omgang', route.roundId, 'bedom', route.contestantId, route.criterionId);
    case 'jury':
      return join('omgang', route.roundId, 'jury');
    case 'jury-meeting':
      return join('omgang', route.roundId, 'domarkommitten', route.meeting === 'final' ? 'slutmote' : 'forsta-motet');
    case 'reports':
      return join('omgang', route.roundId, 'rapporter');
    case 'evaluation':
      return join('omgang', route.roundId, 'utvardering');
    case 'calibration':
      return join('omgang', route.roundId, 'kalibrering', route.contestantId);
    case 'calibration-overview':
      return join('omgang', route.roundId, 'kalibrering');
    case 'consensus':
      return join('omgang', route.roundId, 'konsensus', route.contestantId, route.stage === 'site-visit' ? 'platsbesok' : route.stage === 'consensus' ? 'konsensus' : undefined);
    case 'criteria':
      return route.roundId
        ? join('omgang', route.roundId, 'kriterier', route.packageSha256, route.criterionId)
        : join('kriterier', route.packageSha256, route.criterionId);
    case 'authoring':
      return join('kontoret');
    case 'package-editor':
      return join('kontoret', 'kriteriepaket', route.draftId);
    case 'round-setup':
      return join('kontoret', 'omgang', route.draftId);
    case 'start':
      return '#/';
  }
}
