/**
 * The jury's final decision per contestant of the scored award, from a
 * verified final meeting's file: the one received from stadsledningskontoret
 * (a team lead's computer), the office's own export kept the same way, or the
 * file given to `examinator report aterforing --decision`. A first meeting's
 * file decides nothing, so the återföringsrapport then says nothing about it.
 */
import { AppError } from '../../../shared/errors';
import type { Decision, DecisionFile, Meeting } from '../../../shared/formats/jury-decision';
import type { VerifiedDecision } from './decision-file';

export interface ContestantDecision {
  /** The competition class the decision is in. */
  readonly classId: string;
  readonly decision: Decision;
  /** The jury's citation (motivering); empty for "none". */
  readonly citation: string;
  readonly meetingDate: string;
}

/** Per contestant, the classes' decisions of a final meeting's file (a first meeting's file decides nothing). */
export function decisionsInFile(file: DecisionFile): Map<string, ContestantDecision> {
  const decided = new Map<string, ContestantDecision>();
  if (file.meeting !== 'final') return decided;
  for (const award of file.classes) {
    for (const entry of award.contestants) {
      decided.set(entry.contestant, { classId: award.id, decision: entry.decision, citation: entry.decision === 'none' ? '' : entry.citation, meetingDate: file.meetingDate });
    }
  }
  return decided;
}

/**
 * The final decision for one contestant among the decisions held here; null
 * without a final meeting's file, or when it no longer verifies (the jury's
 * screens say why; a letter to the unit says nothing rather than something unverified).
 */
export function heldFinalDecision(held: ReadonlyMap<Meeting, VerifiedDecision | AppError> | undefined, contestantId: string): ContestantDecision | null {
  const final = held?.get('final');
  if (!final || final instanceof AppError) return null;
  return decisionsInFile(final.file).get(contestantId) ?? null;
}
