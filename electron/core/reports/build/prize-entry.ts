/**
 * A prize entry (contestant × prize) as both prize reports read it: the
 * prize and its aspects as the round defines them, the contestant with its
 * team, and the team's written assessment per aspect from the team's file
 * (its `prizes[]`, read into rows by teamPrizeRows). The prize reports are
 * the team's: one examiner's own file is refused.
 */
import type { Comment, ConsensusCriterion } from '../../../../shared/domain/assessment';
import type { ReportComment } from '../model';
import type { PrizeAspectReport } from '../prize-model';
import { prizeSections, type PrizeSection } from '../../../../shared/domain/prize-aspects';
import { appError } from '../../../../shared/errors';
import type { UnsignedAssessmentFile } from '../../../../shared/formats/assessment-file';
import { teamPrizeRows } from '../../../../shared/formats/prize-rows';
import { contestantCode } from '../../../../shared/scoring/ranking';
import { roundContestant, teamOf, type ReportSource, type TeamMember } from './source';

type TeamFile = Extract<UnsignedAssessmentFile, { stage: 'consensus' | 'site-visit' }>;

export interface PrizeEntry {
  readonly contestant: { readonly id: string; readonly name: string; readonly organisation: string; readonly code: string; readonly classTitle: string | null };
  readonly prize: PrizeSection;
  readonly team: readonly TeamMember[];
  readonly file: TeamFile;
  /** The team's row of each aspect, by aspect key (an aspect the team did not write on is absent). */
  readonly rows: ReadonlyMap<string, ConsensusCriterion>;
}

/** The prizes of the round that the contestant takes part in, in the round's order. */
export function enteredPrizes(source: ReportSource, contestantId: string): PrizeSection[] {
  const contestant = roundContestant(source, contestantId);
  return prizeSections(source.round.round.prizes ?? [], contestant.prizes ?? []);
}

/** The prize a report is about: the one named, or the contestant's only prize when none is named. */
export function chosenPrize(source: ReportSource, contestantId: string, prizeId: string | undefined): string {
  const contestant = roundContestant(source, contestantId);
  const all = source.round.round.prizes ?? [];
  if (prizeId !== undefined) {
    const prize = all.find((p) => p.id === prizeId);
    if (!prize) throw appError('report-prize-unknown', { prizeId, prizes: all.map((p) => `${p.id} (${p.title})`).join(', ') });
    if (!(contestant.prizes ?? []).includes(prizeId)) throw appError('report-prize-not-entered', { name: contestant.name, title: prize.title });
    return prizeId;
  }
  const entered = enteredPrizes(source, contestantId);
  if (entered.length === 0) throw appError('report-prize-none', { name: contestant.name });
  if (entered.length > 1) throw appError('report-prize-choose', { name: contestant.name, prizes: entered.map((p) => `${p.prizeId} (${p.title})`).join(', ') });
  return entered[0]!.prizeId;
}

export function prizeEntry(source: ReportSource, assessment: UnsignedAssessmentFile, prizeId: string | undefined): PrizeEntry {
  if (assessment.stage === 'individual') throw appError('report-prize-individual', { name: assessment.author.name });
  const contestant = roundContestant(source, assessment.contestant.id);
  const chosen = chosenPrize(source, contestant.id, prizeId);
  const prize = enteredPrizes(source, contestant.id).find((p) => p.prizeId === chosen)!;
  const keys = new Set(prize.aspects.map((a) => a.key));
  const rows = new Map(teamPrizeRows(assessment.prizes).filter((row) => keys.has(row.criterionId)).map((row) => [row.criterionId, row]));
  if (rows.size === 0) throw appError('report-prize-not-assessed', { name: contestant.name, title: prize.title });
  const classTitle = contestant.class === undefined ? null : (source.pkg.classes.find((k) => k.id === contestant.class)?.title ?? contestant.class);
  const code = contestantCode(source.round.contestants.findIndex((c) => c.id === contestant.id));
  return {
    contestant: { id: contestant.id, name: contestant.name, organisation: contestant.organisation, code, classTitle },
    prize,
    team: teamOf(source, contestant),
    file: assessment,
    rows,
  };
}

/** Per aspect of the prize, in its order: what it asks, then the team's comments as the report writes them, and the row itself. */
export function entryAspects<C extends ReportComment>(entry: PrizeEntry, comment: (c: Comment) => C): (PrizeAspectReport<C> & { readonly row: ConsensusCriterion | undefined })[] {
  return entry.prize.aspects.map((aspect) => {
    const row = entry.rows.get(aspect.key);
    return {
      id: aspect.aspectId,
      title: aspect.title,
      description: aspect.description.trim(),
      strengths: (row?.strengths ?? []).map(comment),
      improvements: (row?.improvements ?? []).map(comment),
      row,
    };
  });
}
