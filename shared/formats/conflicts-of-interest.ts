/**
 * Jäv (formats.md): no examiner may assess a contestant from their own
 * organisation. Used by the round's rules and, live, by the round set-up.
 */
import type { RoundExaminer, RoundTeam } from './round';

/** The parts every rule looks at, shared by the source and the signed manifest. */
export interface RoundShape {
  readonly contestants: readonly {
    readonly id: string;
    readonly name: string;
    readonly organisation: string;
    readonly documents: readonly { readonly path: string }[];
  }[];
  readonly examiners: readonly RoundExaminer[];
  readonly teams: readonly RoundTeam[];
}

/** Organisations compare without regard to case and spacing: "Norrby SDF" and "norrby  sdf" are one. */
export function sameOrganisation(a: string, b: string): boolean {
  const norm = (s: string) => s.normalize('NFC').toLocaleLowerCase('sv').replace(/\s+/g, ' ').trim();
  return norm(a) === norm(b);
}

export interface ConflictOfInterest {
  readonly teamId: string;
  readonly examinerId: string;
  readonly examinerName: string;
  readonly contestantId: string;
  readonly contestantName: string;
  readonly organisation: string;
}

/** Every (examiner, contestant) pair in one team that share an organisation. */
export function conflictsOfInterest(round: RoundShape): ConflictOfInterest[] {
  const examiners = new Map(round.examiners.map((e) => [e.id, e]));
  const contestants = new Map(round.contestants.map((c) => [c.id, c]));
  const conflicts: ConflictOfInterest[] = [];
  for (const team of round.teams) {
    for (const contestantId of team.contestants) {
      const contestant = contestants.get(contestantId);
      for (const memberId of team.members) {
        const examiner = examiners.get(memberId);
        if (!contestant || !examiner || !sameOrganisation(examiner.organisation, contestant.organisation)) continue;
        conflicts.push({
          teamId: team.id,
          examinerId: examiner.id,
          examinerName: examiner.name,
          contestantId: contestant.id,
          contestantName: contestant.name,
          organisation: contestant.organisation,
        });
      }
    }
  }
  return conflicts;
}

export function conflictMessage(conflict: ConflictOfInterest): string {
  return (
    `jäv: examinatorn ${conflict.examinerName} (${conflict.examinerId}) och den tävlande ${conflict.contestantName} ` +
    `(${conflict.contestantId}) tillhör båda ${conflict.organisation}`
  );
}
