/** What `examinator demo` plays, as its tests expect it: the CLI run in-process, the contestants' files, every file written. */
import { runCli } from '../../../../../electron/cli/program';
import { ovningSource } from '../../../../helpers/ovning';

export interface CliRun {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

export async function cli(...argv: string[]): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (t) => void out.push(t), err: (t) => void err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

export const CONTESTANT_NAMES: Readonly<Record<string, string>> = Object.fromEntries(ovningSource().contestants.map((c) => [c.id, c.name]));
export const SOLROSEN = 'forskolan-solrosen';
export const LINDGARDEN = 'lindgardens-vard-och-omsorgsboende';
export const EKORREN = 'forskolan-ekorren';
const BLAKLINTEN = 'forskolan-blaklinten';
export const SPRAKVASKAN = 'sprakvaskan-vasterby-bibliotek';
const TEAM_1 = ['anna-lind', 'bilal-haddad', 'cecilia-ek'];
const TEAM_2 = ['david-olsson', 'eva-strand', 'farid-karimi'];
/** Per contestant: its name in file names, its team (lead first), whether the jury sent a site visit, whether it is in a class, and the prizes it enters. */
export const PLAYED: Readonly<Record<string, { slug: string; team: readonly string[]; visited: boolean; scored: boolean; prizes: readonly string[] }>> = {
  'c-solrosen': { slug: SOLROSEN, team: TEAM_1, visited: true, scored: true, prizes: [] },
  'c-lindgarden': { slug: LINDGARDEN, team: TEAM_1, visited: true, scored: true, prizes: [] },
  'c-ekorren': { slug: EKORREN, team: TEAM_2, visited: true, scored: true, prizes: ['framsteget'] },
  'c-blaklinten': { slug: BLAKLINTEN, team: TEAM_2, visited: false, scored: true, prizes: [] },
  'c-sprakvaskan': { slug: SPRAKVASKAN, team: TEAM_2, visited: false, scored: false, prizes: ['framsteget'] },
};
export const EXPECTED_FILES = [
  ...Object.values(PLAYED).flatMap(({ slug: c, team, visited, scored, prizes }) => [
    ...team.map((e) => `2026-${c}-individuell-${e}-r1.kvbedomning`),
    `2026-${c}-konsensus-${team[0]}-r1.kvbedomning`,
    ...(visited ? [`2026-${c}-platsbesok-${team[0]}-r1.kvbedomning`] : []),
    ...(scored ? [`bedomning-${c}.pdf`, `aterforing-${c}.pdf`] : []),
    ...prizes.flatMap((p) => [`2026-prisbedomning-${p}-${c}.pdf`, `2026-prisaterforing-${p}-${c}.pdf`]),
  ]),
  `bedomning-${SOLROSEN}-individuell-bilal-haddad.pdf`,
  `bedomning-${LINDGARDEN}-individuell-cecilia-ek.pdf`,
  'sammanstallning-forskola.pdf',
  'sammanstallning-forskola-anonymiserad.pdf',
  'sammanstallning-aldreomsorg.pdf',
  '2026-ku-2026-ovning-poang.xlsx',
  '2026-ku-2026-ovning-poang.csv',
  'stadsledningskontoret-nyckel.pem',
  'ku-2026-ovning-beslut-forsta-motet-r1.kvbeslut',
  'ku-2026-ovning-beslut-slutmotet-r1.kvbeslut',
  'beslutsprotokoll-forsta-motet.pdf',
  'beslutsprotokoll-slutmotet.pdf',
  'utvardering-av-omgangen.pdf',
  'utvardering-av-omgangen.xlsx',
  `kalibrering-${SOLROSEN}-bilal-haddad.pdf`,
].sort();
