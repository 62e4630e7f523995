/**
 * The jury's final decision as the sammanställning shows it, from the signed
 * file (the CLI's --decision) or from the decisions held on this computer
 * (the app). One reading of the file for every report: decisionsInFile.
 */
import { AppError } from '../../../../shared/errors';
import type { DecisionFile, Meeting } from '../../../../shared/formats/jury-decision';
import type { VerifiedDecision } from '../../jury/decision-file';
import { decisionsInFile } from '../../jury/final-decision';
import type { SammanstallningDecision } from '../model';

/** A first meeting's file decides nothing: null. */
export function decisionFromFile(file: DecisionFile): SammanstallningDecision | null {
  if (file.meeting !== 'final') return null;
  return { meetingDate: file.meetingDate, revision: file.revision, byContestant: decisionsInFile(file) };
}

/** The final meeting's decision held here; null without one, or when it no longer verifies (the jury's screens say why). */
export function decisionFromHeld(held: ReadonlyMap<Meeting, VerifiedDecision | AppError> | undefined): SammanstallningDecision | null {
  const final = held?.get('final');
  return !final || final instanceof AppError ? null : decisionFromFile(final.file);
}
