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
  /** How many winners the jury named in the class: a sole winner is not "one of the winners". */
  readonly winners: number;
}

/** Per contestant, the classes' decisions of a final meeting's file (a first meeting's file decides nothing). */
export function decisionsInFile(file: DecisionFile): Map<string, ContestantDecision> {
  return new Map(awardDecisions(file, 'classes').map(({ awardId, contestant, ...decision }) => [contestant, { classId: awardId, ...decision }]));
}

/** The jury's final decision on one prize for one entrant; null when the file (a first meeting's) does not decide it. */
export interface PrizeDecision {
  readonly prizeId: string;
  readonly decision: Decision;
  readonly citation: string;
  readonly meetingDate: string;
}

export function prizeDecisionInFile(file: DecisionFile, prizeId: string, contestantId: string): PrizeDecision | null {
  const found = awardDecisions(file, 'prizes').find((d) => d.awardId === prizeId && d.contestant === contestantId);
  if (!found) return null;
  const { awardId, contestant: _contestant, winners: _winners, ...decision } = found;
  return { prizeId: awardId, ...decision };
}

/** Every entry of the final meeting's classes or prizes, with its award; none from a first meeting's file. */
function awardDecisions(file: DecisionFile, kind: 'classes' | 'prizes') {
  if (file.meeting !== 'final') return [];
  return file[kind].flatMap((award) => {
    const winners = award.contestants.filter((entry) => entry.decision === 'winner').length;
    return award.contestants.map((entry) => ({
      awardId: award.id,
      contestant: entry.contestant,
      decision: entry.decision,
      citation: entry.decision === 'none' ? '' : entry.citation,
      meetingDate: file.meetingDate,
      winners,
    }));
  });
}

/** The final meeting's file held here; null without one, or when it no longer verifies (the jury's screens say why). */
function heldFinal(held: ReadonlyMap<Meeting, VerifiedDecision | AppError> | undefined): DecisionFile | null {
  const final = held?.get('final');
  return !final || final instanceof AppError ? null : final.file;
}

/**
 * The final decision for one contestant among the decisions held here; null
 * without a final meeting's file, or when it no longer verifies (the jury's
 * screens say why; a letter to the unit says nothing rather than something unverified).
 */
export function heldFinalDecision(held: ReadonlyMap<Meeting, VerifiedDecision | AppError> | undefined, contestantId: string): ContestantDecision | null {
  const file = heldFinal(held);
  return file ? (decisionsInFile(file).get(contestantId) ?? null) : null;
}

/** The same for one prize entry. */
export function heldPrizeDecision(held: ReadonlyMap<Meeting, VerifiedDecision | AppError> | undefined, prizeId: string, contestantId: string): PrizeDecision | null {
  const file = heldFinal(held);
  return file ? prizeDecisionInFile(file, prizeId, contestantId) : null;
}
