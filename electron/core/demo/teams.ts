/** The övningsomgång's teams as the demo plays them: members, contestants and each team's days. */
import type { ContestantScript, TeamScript } from './script';
import { LINDGARDEN } from './scripts/lindgarden';
import { SOLROSEN } from './scripts/solrosen';

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

export const TEAMS: readonly TeamScript[] = [LAG_1];

/** Every scripted contestant, team by team. */
export const CONTESTANTS: readonly ContestantScript[] = TEAMS.flatMap((t) => t.contestants);

/** Per contestant, the examiner whose own assessment is also printed as a bedömning. */
export const INDIVIDUAL_REPORT: Readonly<Record<string, string>> = Object.fromEntries(
  TEAMS.flatMap((t) => Object.entries(t.individualReport ?? {}).map(([contestantId, position]) => [contestantId, t.members[position]])),
);

export function teamOf(contestantId: string): TeamScript {
  return TEAMS.find((t) => t.contestants.some((c) => c.contestantId === contestantId))!;
}
