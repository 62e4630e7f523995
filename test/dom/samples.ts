/** The example material as component tests use it (JSON only: no Node in the page). */
import source from '../fixtures/samples/ku-2026-exempel.package-source.json';
import type { PackageView } from '../../shared/contract/packages';
import type { MyRoundStatus } from '../../shared/contract/assessments';
import type { RoundOverview } from '../../shared/contract/rounds';
import { criteriaPackageSourceSchema, type CriteriaPackage } from '../../shared/formats/criteria-package';

export const SHA = '5c230e2676603ab0dda9cc38a116d2e37f64f03c924e08515405ef702c906144';
export const EXAMPLE_KEY_ID = 'd03ad6622c34aeb46d762e0b5a7c7a119d6803e4c611a6fdac0028906406f248';

export const samplePackage = (): CriteriaPackage => criteriaPackageSourceSchema.parse(structuredClone(source)).package;

export const packageView = (overrides: Partial<PackageView> = {}): PackageView => ({
  sha256: SHA,
  id: 'ku-2026-exempel',
  revision: 1,
  title: 'Kvalitetsutmärkelsen 2026 – exempelkriterier',
  year: 2026,
  exampleMaterial: true,
  signerKeyId: EXAMPLE_KEY_ID,
  importedAt: '2026-09-01T08:00:00.000Z',
  roundCount: 1,
  content: samplePackage(),
  ...overrides,
});

export const roundOverview = (overrides: Partial<RoundOverview> = {}): RoundOverview => ({
  id: 'ku-2026-ovning',
  title: 'Kvalitetsutmärkelsen 2026 – övningsomgång',
  year: 2026,
  exampleMaterial: true,
  importedAt: '2026-09-01T08:00:00.000Z',
  signerKeyId: EXAMPLE_KEY_ID,
  package: { sha256: SHA, id: 'ku-2026-exempel', revision: 1, title: 'Kvalitetsutmärkelsen 2026 – exempelkriterier' },
  deadlines: [
    { kind: 'individual', label: 'Individuell bedömning', date: '2099-09-15' },
    { kind: 'consensus', label: 'Konsensus', date: '2099-09-29' },
    { kind: 'siteVisits', label: 'Platsbesök', date: '2099-10-16' },
    { kind: 'jury', label: 'Domarkommittén', date: '2099-11-06' },
  ],
  teams: [
    {
      id: 'lag-1',
      leadId: 'e-anna',
      members: [
        { id: 'e-anna', name: 'Anna Lind', email: 'anna.lind@sodermalm.example.se', organisation: 'Södermalms stadsdelsförvaltning', lead: true },
        { id: 'e-bilal', name: 'Bilal Haddad', email: 'bilal.haddad@kultur.example.se', organisation: 'Kulturförvaltningen', lead: false },
      ],
      contestants: [
        {
          id: 'c-solrosen',
          name: 'Förskolan Solrosen',
          organisation: 'Norrby stadsdelsförvaltning',
          classId: 'forskola',
          classTitle: 'Förskola',
          prizes: [],
          documents: [{ path: 'documents/forskolan-solrosen.pdf', title: 'Verksamhetsbeskrivning', mediaType: 'application/pdf', sha256: 'a'.repeat(64), bytes: 159120, pages: null }],
        },
      ],
    },
  ],
  ...overrides,
});

/** "Who am I" before the user has said: no identity, no contestants of mine. */
export const noIdentity = (roundId = 'ku-2026-ovning'): MyRoundStatus => ({
  roundId,
  identity: { examinerId: null, examinerName: null, role: null, choices: 0 },
  contestants: [],
});
