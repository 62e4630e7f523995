/** The övningsomgång's teams as the demo plays them: members, contestants and each team's days. */
import type { ContestantScript, TeamScript } from './script';
import { BLAKLINTEN } from './scripts/blaklinten';
import { EKORREN } from './scripts/ekorren';
import { LINDGARDEN } from './scripts/lindgarden';
import { SOLROSEN } from './scripts/solrosen';
import { SPRAKVASKAN } from './scripts/sprakvaskan';

const LAG_1: TeamScript = {
  teamId: 'lag-1',
  members: ['e-anna', 'e-bilal', 'e-cecilia'],
  contestants: [SOLROSEN, LINDGARDEN],
  individual: [
    ['2026-09-01T06:45:00.000Z', '2026-09-07T07:10:00.000Z'],
    ['2026-09-02T11:30:00.000Z', '2026-09-09T06:20:00.000Z'],
    ['2026-09-03T08:05:00.000Z', '2026-09-10T12:15:00.000Z'],
  ],
  consensus: ['2026-09-22T07:00:00.000Z', '2026-09-24T07:00:00.000Z'],
  siteVisit: ['2026-10-06T12:30:00.000Z', '2026-10-08T12:30:00.000Z'],
  individualReport: { 'c-solrosen': 1, 'c-lindgarden': 2 },
};

const LAG_2: TeamScript = {
  teamId: 'lag-2',
  members: ['e-david', 'e-eva', 'e-farid'],
  contestants: [EKORREN, BLAKLINTEN, SPRAKVASKAN],
  individual: [
    ['2026-09-02T07:15:00.000Z', '2026-09-08T08:40:00.000Z', '2026-09-09T12:30:00.000Z'],
    ['2026-09-03T12:50:00.000Z', '2026-09-10T07:05:00.000Z', '2026-09-11T06:50:00.000Z'],
    ['2026-09-04T06:30:00.000Z', '2026-09-11T13:20:00.000Z', '2026-09-14T07:40:00.000Z'],
  ],
  consensus: ['2026-09-23T12:00:00.000Z', '2026-09-25T07:30:00.000Z', '2026-09-28T07:30:00.000Z'],
  siteVisit: ['2026-10-07T07:30:00.000Z', '2026-10-13T07:30:00.000Z', '2026-10-15T07:30:00.000Z'],
};

export const TEAMS: readonly TeamScript[] = [LAG_1, LAG_2];

/** Every scripted contestant, team by team. */
export const CONTESTANTS: readonly ContestantScript[] = TEAMS.flatMap((t) => t.contestants);

/** Per contestant, the examiner whose own assessment is also printed as a bedömning. */
export const INDIVIDUAL_REPORT: Readonly<Record<string, string>> = Object.fromEntries(
  TEAMS.flatMap((t) => Object.entries(t.individualReport ?? {}).map(([contestantId, position]) => [contestantId, t.members[position]])),
);

export function teamOf(contestantId: string): TeamScript {
  return TEAMS.find((t) => t.contestants.some((c) => c.contestantId === contestantId))!;
}
