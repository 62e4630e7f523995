/**
 * The team that assesses a contestant: its members in the round's order, with
 * initials as the reports and merged comments show them, and its lead.
 */
import type { TeamMemberView } from '../../../shared/contract/consensus';
import { teamInitials } from '../../../shared/scoring/initials';
import type { Db } from '../db/open';
import { teamOf } from '../rounds/repository';

export interface ContestantTeam {
  readonly teamId: string;
  readonly leadId: string;
  readonly contestantName: string;
  readonly members: readonly TeamMemberView[];
}

export function contestantTeam(db: Db, roundId: string, contestantId: string): ContestantTeam {
  const team = teamOf(db, roundId, contestantId);
  const initials = teamInitials(team.members);
  return {
    teamId: team.teamId,
    leadId: team.leadId,
    contestantName: team.contestantName,
    members: team.members.map((m) => ({ examinerId: m.id, name: m.name, initials: initials.get(m.id)!, lead: m.id === team.leadId })),
  };
}

export function memberName(team: ContestantTeam, examinerId: string): string {
  return team.members.find((m) => m.examinerId === examinerId)?.name ?? examinerId;
}
