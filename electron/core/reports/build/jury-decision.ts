/**
 * The jury's final decision as the sammanställning shows it, from the signed
 * file (the CLI's --decision) or from the decision this computer has received
 * (the app). The first meeting decides no prizes: its file gives nothing here.
 */
import type { ReceivedDecisionView } from '../../../../shared/contract/jury';
import type { DecisionFile } from '../../../../shared/formats/jury-decision';
import type { SammanstallningDecision } from '../model';

export function decisionFromFile(file: DecisionFile): SammanstallningDecision | null {
  if (file.meeting !== 'final') return null;
  const byContestant = new Map(file.classes.flatMap((award) => award.contestants.map((e) => [e.contestant, { decision: e.decision, citation: 'citation' in e ? e.citation : '' }] as const)));
  return { meetingDate: file.meetingDate, revision: file.revision, byContestant };
}

export function decisionFromReceived(received: readonly ReceivedDecisionView[]): SammanstallningDecision | null {
  const final = received.find((d) => d.meeting === 'final');
  if (!final) return null;
  const byContestant = new Map(final.entries.flatMap((e) => (e.decision === null ? [] : [[e.contestantId, { decision: e.decision, citation: e.text }] as const])));
  return { meetingDate: final.meetingDate, revision: final.revision, byContestant };
}
