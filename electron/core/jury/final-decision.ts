/**
 * The jury's final decision per contestant of the scored award, as far as it
 * is held here: the final meeting's signed file received from
 * stadsledningskontoret (a team lead's computer), or — on the office's own
 * computer — the jury's record once its final decision has been exported.
 * The återföringsrapport tells the unit its decision only from these; a
 * first meeting, a decision not yet exported, or a file whose signer is no
 * longer trusted says nothing.
 */
import type { Decision, DecisionFile } from '../../../shared/formats/jury-decision';
import type { CoreContext } from '../context';
import { installationTrust } from '../packages/trust-store';
import { verifyDecisionBytes } from './decision-file';
import { entryRecords, meetingRecord } from './store';

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

function received(ctx: CoreContext, roundId: string): { revision: number; decisions: Map<string, ContestantDecision> } | null {
  const row = ctx.store.db.prepare("SELECT revision, bytes FROM received_decisions WHERE round_id = ? AND meeting = 'final'").get(roundId) as
    | { revision: number; bytes: Buffer }
    | undefined;
  if (!row) return null;
  try {
    return { revision: row.revision, decisions: decisionsInFile(verifyDecisionBytes(row.bytes, installationTrust(ctx.store.db, ctx.resourcesDir)).file) };
  } catch {
    // A signer no longer trusted here: the jury's screen says so; a letter to the unit says nothing.
    return null;
  }
}

/** The office's own record of the final meeting, once exported. */
function recorded(ctx: CoreContext, roundId: string): { revision: number; decisions: Map<string, ContestantDecision> } | null {
  const meeting = meetingRecord(ctx.store.db, roundId, 'final');
  if (meeting.lastRevision < 1 || meeting.meetingDate === null) return null;
  const decisions = new Map<string, ContestantDecision>();
  for (const entry of entryRecords(ctx.store.db, roundId, 'final').values()) {
    if (entry.awardKind !== 'class' || entry.decision === null) continue;
    decisions.set(entry.contestantId, {
      classId: entry.awardId,
      decision: entry.decision,
      citation: entry.decision === 'none' ? '' : entry.citation.trim(),
      meetingDate: meeting.meetingDate,
    });
  }
  return { revision: meeting.lastRevision, decisions };
}

/** The final decisions held for a round (the newer revision when both a received file and the office's record are here); empty when none. */
export function heldFinalDecisions(ctx: CoreContext, roundId: string): Map<string, ContestantDecision> {
  const [file, record] = [received(ctx, roundId), recorded(ctx, roundId)];
  if (file && record) return record.revision > file.revision ? record.decisions : file.decisions;
  return (file ?? record)?.decisions ?? new Map();
}
