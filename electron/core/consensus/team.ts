/**
 * The team that assesses a contestant: its members in the round's order, with
 * initials as the reports and merged comments show them, and its lead.
 */
import type { TeamMemberView } from '../../../shared/contract/consensus';
import { appError } from '../../../shared/errors';
import { teamInitials } from '../../../shared/scoring/initials';
import type { Db } from '../db/open';
import { prepared } from '../assessments/statements';

export interface ContestantTeam {
  readonly teamId: string;
  readonly leadId: string;
  readonly contestantName: string;
  readonly members: readonly TeamMemberView[];
}

export function contestantTeam(db: Db, roundId: string, contestantId: string): ContestantTeam {
  const row = prepared(db, 'SELECT c.name, c.team_id, t.lead_id FROM contestants c JOIN teams t ON t.round_id = c.round_id AND t.id = c.team_id WHERE c.round_id = ? AND c.id = ?').get(
    roundId,
    contestantId,
  ) as { name: string; team_id: string; lead_id: string } | undefined;
  if (!row) throw appError('contestant-missing');
  const members = prepared(db, 
    `SELECT e.id, e.name FROM team_members m JOIN examiners e ON e.round_id = m.round_id AND e.id = m.examiner_id
      WHERE m.round_id = ? AND m.team_id = ? ORDER BY e.position`,
  ).all(roundId, row.team_id) as { id: string; name: string }[];
  const initials = teamInitials(members);
  return {
    teamId: row.team_id,
    leadId: row.lead_id,
    contestantName: row.name,
    members: members.map((m) => ({ examinerId: m.id, name: m.name, initials: initials.get(m.id)!, lead: m.id === row.lead_id })),
  };
}

export function memberName(team: ContestantTeam, examinerId: string): string {
  return team.members.find((m) => m.examinerId === examinerId)?.name ?? examinerId;
}
