/**
 * The prize entry's two reports as render jobs, with their names and file
 * names: the CLI, the app and the demo all make them through these.
 */
import type { UnsignedAssessmentFile } from '../../../shared/formats/assessment-file';
import type { PrizeDecision } from '../jury/final-decision';
import { nameSlug } from '../exchange/export';
import { buildPrisaterforingModel, buildPrisbedomningModel, type ReportSource, type SignedBasis } from './build';
import { entrantName } from './documents/prisbedomning';
import type { DescribedJob } from './jobs';
import type { ReportJob } from './render';

export interface PrizeJobOptions {
  /** The prize; by default the entrant's only one. */
  readonly prizeId?: string | undefined;
  readonly reportDate: string;
}

/** The prisbedömning for the jury (the anonymised edition names the entrant by its code). */
export function prisbedomningJob(
  source: ReportSource,
  assessment: UnsignedAssessmentFile,
  options: PrizeJobOptions & { readonly anonymous?: boolean; readonly signed?: SignedBasis },
): DescribedJob<Extract<ReportJob, { kind: 'prisbedomning' }>> & { readonly fileName: string } {
  const model = buildPrisbedomningModel({ ...source, assessment, ...options, anonymous: options.anonymous ?? false });
  const name = entrantName(model);
  return {
    job: { kind: 'prisbedomning', name: `Prisbedömning – ${name}`, model },
    description: `Prisbedömningen av ${name} (${model.prize.title})`,
    fileName: `${model.round.year}-prisbedomning-${nameSlug(model.prize.id)}-${model.anonymous ? `tavlande-${model.contestant.code.toLowerCase()}` : nameSlug(name)}.pdf`,
  };
}

/** The prisåterföring to the entrant, from the team's file (and the jury's final decision on the prize, when given). */
export function prisaterforingJob(
  source: ReportSource,
  assessment: UnsignedAssessmentFile,
  options: PrizeJobOptions & { readonly decision?: PrizeDecision | null },
): DescribedJob<Extract<ReportJob, { kind: 'prisaterforing' }>> & { readonly fileName: string } {
  const model = buildPrisaterforingModel({ ...source, assessment, ...options });
  const name = model.contestant.name;
  return {
    job: { kind: 'prisaterforing', name: `Återföring om ${model.prize.title} – ${name}`, model },
    description: `Återföringen om ${model.prize.title} till ${name}`,
    fileName: `${model.round.year}-prisaterforing-${nameSlug(model.prize.id)}-${nameSlug(name)}.pdf`,
  };
}
