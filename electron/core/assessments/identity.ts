/**
 * "Who am I in this round": which of the round's examiners the user is. The
 * author of every assessment made here. Chosen once; changing it is a
 * deliberate act, recorded as a new choice (earlier ones are kept).
 */
import type { RoundRole } from '../../../shared/contract/rounds';
import { AppError } from '../../../shared/errors';
import type { Db } from '../db/open';
import { plucked, prepared } from './statements';

export interface Examiner {
  readonly id: string;
  readonly name: string;
}

/** The examiner the user chose for the round, or null before they have chosen. */
export function currentExaminer(db: Db, roundId: string): Examiner | null {
  const row = prepared(db, 
      `SELECT e.id, e.name FROM round_identity_choices c JOIN examiners e ON e.round_id = c.round_id AND e.id = c.examiner_id
        WHERE c.round_id = ? ORDER BY c.seq DESC LIMIT 1`,
    )
    .get(roundId) as Examiner | undefined;
  return row ?? null;
}

export function identityChoices(db: Db, roundId: string): number {
  return plucked(db, 'SELECT COUNT(*) FROM round_identity_choices WHERE round_id = ?').get(roundId) as number;
}

/** Chooses (or, with `change`, deliberately changes) who the user is in the round. */
export function chooseExaminer(db: Db, roundId: string, examinerId: string, change: boolean, at: string): void {
  const examiner = plucked(db, 'SELECT name FROM examiners WHERE round_id = ? AND id = ?').get(roundId, examinerId) as string | undefined;
  if (examiner === undefined) {
    throw new AppError('examiner-missing', 'Den valda examinatorn finns inte i omgången. Välj ett av namnen i listan.');
  }
  db.transaction(() => {
    const current = currentExaminer(db, roundId);
    if (current?.id === examinerId) return;
    if (current && !change) {
      throw new AppError(
        'identity-already-chosen',
        `Du har redan angett att du är ${current.name} i den här omgången. Välj "Byt examinator" om du angav fel.`,
      );
    }
    const seq = identityChoices(db, roundId) + 1;
    prepared(db, 'INSERT INTO round_identity_choices (round_id, seq, examiner_id, chosen_at) VALUES (?, ?, ?, ?)').run(roundId, seq, examinerId, at);
  })();
}

/** Utvärderingsledare when the examiner leads one of their teams. */
export function roleOf(db: Db, roundId: string, examinerId: string): RoundRole {
  const leads = prepared(db, 'SELECT 1 FROM teams WHERE round_id = ? AND lead_id = ?').get(roundId, examinerId);
  return leads ? 'utvärderingsledare' : 'examinator';
}

/** The contestants assessed by the examiner's team(s), in bundle order. */
export function contestantsOf(db: Db, roundId: string, examinerId: string): { id: string; classId: string }[] {
  return prepared(db, 
      `SELECT c.id, c.class_id AS classId FROM contestants c
         JOIN team_members m ON m.round_id = c.round_id AND m.team_id = c.team_id
        WHERE c.round_id = ? AND m.examiner_id = ? ORDER BY c.position`,
    )
    .all(roundId, examinerId) as { id: string; classId: string }[];
}
