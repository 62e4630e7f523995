/**
 * "Who am I in this round": which of the round's examiners the user is. The
 * author of every assessment made here. Chosen once; changing it is a
 * deliberate act, recorded as a new choice (earlier ones are kept).
 */
import type { RoundRole } from '../../../shared/contract/rounds';
import { appError, type AppError } from '../../../shared/errors';
import type { Db } from '../db/open';
import { roundMissing } from './model';
import { examinerName, roundTitle } from './repository';
import { plucked, prepared } from '../db/statements';

export interface Examiner {
  readonly id: string;
  readonly name: string;
}

/** Who the user said they are in a round: one of its examiners, or stadsledningskontoret (assesses no one). */
export type RoundViewer = { readonly kind: 'examiner'; readonly examiner: Examiner } | { readonly kind: 'office' } | { readonly kind: 'unknown' };

/** The latest choice of either kind wins; both kinds share one sequence per round. */
export function currentViewer(db: Db, roundId: string): RoundViewer {
  const row = prepared(db, 
      `SELECT kind, examiner_id, name FROM (
         SELECT 'examiner' AS kind, c.seq, e.id AS examiner_id, e.name FROM round_identity_choices c
           JOIN examiners e ON e.round_id = c.round_id AND e.id = c.examiner_id WHERE c.round_id = ?
         UNION ALL
         SELECT 'office', o.seq, NULL, NULL FROM round_office_choices o WHERE o.round_id = ?)
       ORDER BY seq DESC LIMIT 1`,
    )
    .get(roundId, roundId) as { kind: 'examiner' | 'office'; examiner_id: string | null; name: string | null } | undefined;
  if (!row) return { kind: 'unknown' };
  return row.kind === 'office' ? { kind: 'office' } : { kind: 'examiner', examiner: { id: row.examiner_id!, name: row.name! } };
}

/** The examiner the user chose for the round, or null before they have chosen (or when they work at stadsledningskontoret). */
export function currentExaminer(db: Db, roundId: string): Examiner | null {
  const viewer = currentViewer(db, roundId);
  return viewer.kind === 'examiner' ? viewer.examiner : null;
}

export function identityChoices(db: Db, roundId: string): number {
  return plucked(db, 'SELECT (SELECT COUNT(*) FROM round_identity_choices WHERE round_id = ?) + (SELECT COUNT(*) FROM round_office_choices WHERE round_id = ?)').get(
    roundId,
    roundId,
  ) as number;
}

function alreadyChosen(viewer: RoundViewer): AppError {
  const who = viewer.kind === 'examiner' ? viewer.examiner.name : 'från stadsledningskontoret';
  return appError('identity-already-chosen', { who });
}

/** Chooses (or, with `change`, deliberately changes) who the user is in the round. */
export function chooseExaminer(db: Db, roundId: string, examinerId: string, change: boolean, at: string): void {
  if (examinerName(db, roundId, examinerId) === undefined) {
    throw appError('examiner-missing');
  }
  db.transaction(() => {
    const current = currentViewer(db, roundId);
    if (current.kind === 'examiner' && current.examiner.id === examinerId) return;
    if (current.kind !== 'unknown' && !change) throw alreadyChosen(current);
    const seq = identityChoices(db, roundId) + 1;
    prepared(db, 'INSERT INTO round_identity_choices (round_id, seq, examiner_id, chosen_at) VALUES (?, ?, ?, ?)').run(roundId, seq, examinerId, at);
  })();
}

/** The user works at stadsledningskontoret in this round: assesses no one, sees every team's results. */
export function chooseOffice(db: Db, roundId: string, change: boolean, at: string): void {
  if (roundTitle(db, roundId) === undefined) throw roundMissing();
  db.transaction(() => {
    const current = currentViewer(db, roundId);
    if (current.kind === 'office') return;
    if (current.kind !== 'unknown' && !change) throw alreadyChosen(current);
    const seq = identityChoices(db, roundId) + 1;
    prepared(db, 'INSERT INTO round_office_choices (round_id, seq, chosen_at) VALUES (?, ?, ?)').run(roundId, seq, at);
  })();
}

/** Utvärderingsledare when the examiner leads one of their teams. */
export function roleOf(db: Db, roundId: string, examinerId: string): RoundRole {
  const leads = prepared(db, 'SELECT 1 FROM teams WHERE round_id = ? AND lead_id = ?').get(roundId, examinerId);
  return leads ? 'utvärderingsledare' : 'examinator';
}

/** The contestants assessed by the examiner's team(s), in bundle order: in the scored award, a prize, or both. */
export function contestantsOf(db: Db, roundId: string, examinerId: string): { id: string; classId: string | null }[] {
  // Prize-only contestants (no class) are assessed too: in writing, per aspect of their prizes.
  return prepared(db, 
      `SELECT c.id, c.class_id AS classId FROM contestants c
         JOIN team_members m ON m.round_id = c.round_id AND m.team_id = c.team_id
        WHERE c.round_id = ? AND m.examiner_id = ? ORDER BY c.position`,
    )
    .all(roundId, examinerId) as { id: string; classId: string | null }[];
}
