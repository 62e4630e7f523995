/**
 * Jäv (formats.md, and "Conflicts of interest" in its additions): no examiner
 * may assess a contestant from their own organisation, nor one they declared
 * a conflict with (`declaredConflicts`). Used by the round's rules (`round
 * build`, `round verify`, the app's import) and, live, by the round set-up.
 */
import { z } from 'zod';
import { formatId, text, type FormatProblem } from './common';
import type { RoundExaminer, RoundTeam } from './round';

export const declaredConflictSchema = z.object({ examiner: formatId(), contestant: formatId(), reason: text(500) }).strict();
export type DeclaredConflict = z.infer<typeof declaredConflictSchema>;

export const declaredConflictsSchema = z.array(declaredConflictSchema).max(5000, 'högst 5 000 anmälda jäv').optional();

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
  readonly declaredConflicts?: readonly DeclaredConflict[] | undefined;
}

const IGNORABLE = /\p{Default_Ignorable_Code_Point}/gu;

/**
 * An organisation as it is compared: NFKC (fullwidth and other compatibility
 * forms become plain letters), every default-ignorable code point removed
 * (zero-width space, soft hyphen, joiners, variation selectors …), case
 * folded (upper then lower, so "ß" meets "SS" and "ς" meets "Σ"), whitespace
 * collapsed and trimmed. Invisible differences never hide jäv.
 */
export function organisationKey(organisation: string): string {
  const folded = organisation.normalize('NFKC').replace(IGNORABLE, '').toUpperCase().toLowerCase();
  return folded.normalize('NFKC').replace(IGNORABLE, '').replace(/\s+/gu, ' ').trim();
}

/** One organisation: compared by `organisationKey`; an empty (or invisible) one is never the same as any. */
export function sameOrganisation(a: string, b: string): boolean {
  const key = organisationKey(a);
  return key !== '' && key === organisationKey(b);
}

export interface ConflictOfInterest {
  readonly teamId: string;
  readonly examinerId: string;
  readonly examinerName: string;
  readonly contestantId: string;
  readonly contestantName: string;
  /** The shared organisation (as the contestant writes it), or the examiner's declared reason. */
  readonly cause: { readonly kind: 'organisation'; readonly organisation: string } | { readonly kind: 'declared'; readonly reason: string };
}

/** Every (examiner, contestant) pair in one team that share an organisation or whose conflict was declared. */
export function conflictsOfInterest(round: RoundShape): ConflictOfInterest[] {
  const examiners = new Map(round.examiners.map((e) => [e.id, e]));
  const contestants = new Map(round.contestants.map((c) => [c.id, c]));
  const declared = new Map((round.declaredConflicts ?? []).map((d) => [`${d.examiner}\n${d.contestant}`, d.reason]));
  const conflicts: ConflictOfInterest[] = [];
  for (const team of round.teams) {
    for (const contestantId of team.contestants) {
      const contestant = contestants.get(contestantId);
      for (const memberId of team.members) {
        const examiner = examiners.get(memberId);
        if (!contestant || !examiner) continue;
        const pair = { teamId: team.id, examinerId: examiner.id, examinerName: examiner.name, contestantId: contestant.id, contestantName: contestant.name };
        const reason = declared.get(`${examiner.id}\n${contestant.id}`);
        if (reason !== undefined) conflicts.push({ ...pair, cause: { kind: 'declared', reason } });
        else if (sameOrganisation(examiner.organisation, contestant.organisation)) {
          conflicts.push({ ...pair, cause: { kind: 'organisation', organisation: contestant.organisation } });
        }
      }
    }
  }
  return conflicts;
}

export function conflictMessage(conflict: ConflictOfInterest): string {
  const examiner = `examinatorn ${conflict.examinerName} (${conflict.examinerId})`;
  const contestant = `den tävlande ${conflict.contestantName} (${conflict.contestantId})`;
  return conflict.cause.kind === 'organisation'
    ? `jäv: ${examiner} och ${contestant} tillhör båda ${conflict.cause.organisation}`
    : `jäv: ${examiner} har anmält jäv mot ${contestant}: ${conflict.cause.reason}`;
}

/** The round set-up's note beside one contestant of a team: who shares its organisation, who declared jäv. */
export function conflictNote(conflicts: readonly ConflictOfInterest[]): string | null {
  const name = (c: ConflictOfInterest) => c.examinerName || c.examinerId;
  const shared = conflicts.filter((c) => c.cause.kind === 'organisation');
  const declared = conflicts.flatMap((c) => (c.cause.kind === 'declared' ? [`${name(c)} har anmält jäv (${c.cause.reason})`] : []));
  const organisation = shared[0]?.cause.kind === 'organisation' ? shared[0].cause.organisation : '';
  const parts = [
    ...(shared.length > 0 ? [`${shared.map(name).join(', ')} och den tävlande tillhör båda ${organisation}`] : []),
    ...declared,
  ];
  return parts.length > 0 ? `Jäv: ${parts.join('; ')}` : null;
}

/** A declared conflict must name an examiner and a contestant of the round. */
export function declaredConflictProblems(round: RoundShape): FormatProblem[] {
  const examinerIds = new Set(round.examiners.map((e) => e.id));
  const contestantIds = new Set(round.contestants.map((c) => c.id));
  return (round.declaredConflicts ?? []).flatMap((d, i) => [
    ...(examinerIds.has(d.examiner) ? [] : [{ path: ['declaredConflicts', i, 'examiner'], message: `examinatorn "${d.examiner}" finns inte bland examinatorerna` }]),
    ...(contestantIds.has(d.contestant) ? [] : [{ path: ['declaredConflicts', i, 'contestant'], message: `den tävlande "${d.contestant}" finns inte bland de tävlande` }]),
  ]);
}
