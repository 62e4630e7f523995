/**
 * The prisåterföring's model: what the entrant keeps of the team's written
 * prize assessment, as the round's feedback policy says (examiners named or
 * not, sender and contact): per aspect what it asks, then the strengths, then
 * the improvement areas with their pages; the team's own words; the jury's
 * prize decision and citation when its signed final decision is held. No
 * site-visit question, private note or source initials enter it.
 */
import { effectiveFeedbackPolicy } from '../../../../shared/formats/feedback-policy';
import type { UnsignedAssessmentFile } from '../../../../shared/formats/assessment-file';
import type { PrizeDecision } from '../../jury/final-decision';
import { splitParagraphs } from '../layout/text';
import type { PrisaterforingModel, PrizeAspectReport } from '../prize-model';
import { entryAspects, prizeEntry } from './prize-entry';
import { checkReportDate, reportEvidence, type ReportSource } from './source';

export interface PrisaterforingInput extends ReportSource {
  readonly assessment: UnsignedAssessmentFile;
  /** The prize; by default the entrant's only one. */
  readonly prizeId?: string | undefined;
  readonly reportDate: string;
  /** The jury's final decision on this prize entry, when held here. */
  readonly decision?: PrizeDecision | null;
}

const lines = (items: readonly string[] | undefined) => (items ?? []).map((item) => item.trim()).filter((item) => item !== '');

export function buildPrisaterforingModel(input: PrisaterforingInput): PrisaterforingModel {
  const entry = prizeEntry(input, input.assessment, input.prizeId);
  const { contestant, file } = entry;
  const policy = effectiveFeedbackPolicy(input.round.round.feedback);
  const aspects: PrizeAspectReport[] = entryAspects(entry, (c) => ({ text: c.text, evidence: c.evidence.map(reportEvidence) })).map(({ row: _row, ...aspect }) => aspect);
  const decision = input.decision && input.decision.prizeId === entry.prize.prizeId ? input.decision : null;
  // A file only about prizes speaks only of them; an entrant in the scored award has its letter, themes and steps in the återföringsrapport.
  const prizeOnly = contestant.classTitle === null;
  return {
    round: { id: input.round.round.id, title: input.round.round.title, year: input.round.round.year, exampleMaterial: input.exampleMaterial ?? false },
    prize: { id: entry.prize.prizeId, title: entry.prize.title, description: entry.prize.description.trim() },
    contestant: { id: contestant.id, name: contestant.name, organisation: contestant.organisation },
    reportDate: checkReportDate(input.reportDate),
    team: policy.examinerNames ? entry.team.map(({ name, initials, role }) => ({ name, initials, role })) : null,
    sender: policy.sender,
    contact: policy.contact,
    siteVisit: file.stage === 'site-visit',
    decision: decision && { decision: decision.decision, meetingDate: decision.meetingDate, citation: splitParagraphs(decision.citation) },
    message: prizeOnly ? splitParagraphs(file.team.toContestant ?? '') : [],
    keyThemes: prizeOnly ? lines(file.team.keyThemes) : [],
    nextSteps: prizeOnly ? lines(file.team.nextSteps) : [],
    aspects,
  };
}
