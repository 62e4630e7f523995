/**
 * From verified assessment files to the render jobs of the three reports:
 * the model, the document's name and how to describe it. `examinator report`
 * and `examinator demo` both build their PDFs through these, so a report
 * reads the same whichever made it.
 */
import { STAGE_LABELS } from '../../../shared/contract/exchange';
import { appError } from '../../../shared/errors';
import type { UnsignedAssessmentFile } from '../../../shared/formats/assessment-file';
import { buildAterforingModel, buildBedomningModel, buildSammanstallningModel, newestTeamFiles, type Candidate, type ReportSource, type SignedBasis } from './build';
import type { ContestantDecision } from '../jury/final-decision';
import { sammanstallningTitle } from './documents/sammanstallning';
import type { BedomningModel, SammanstallningDecision, SammanstallningMeeting } from './model';
import type { ReportJob } from './render';

export interface DescribedJob<J extends ReportJob = ReportJob> {
  readonly job: J;
  /** "Bedömningen av Förskolan Solrosen (bedömning efter platsbesök)", for messages. */
  readonly description: string;
}

/** The bedömning of one contestant: the team's file, or one examiner's own assessment (marked as such). */
export function bedomningJob(
  source: ReportSource,
  assessment: UnsignedAssessmentFile,
  options: { readonly reportDate: string; readonly appendix: boolean; readonly signed?: SignedBasis },
): DescribedJob<Extract<ReportJob, { kind: 'bedomning' }>> {
  const model = buildBedomningModel({ ...source, assessment, reportDate: options.reportDate, ...(options.signed && { signed: options.signed }) });
  const basis = model.basis.author ? `${STAGE_LABELS.individual} av ${model.basis.author.name}` : STAGE_LABELS[assessment.stage];
  return {
    job: { kind: 'bedomning', name: `Bedömning – ${model.contestant.name}`, model, appendix: options.appendix },
    description: `Bedömningen av ${model.contestant.name} (${basis})`,
  };
}

/** The återföringsrapport to the contestant, from the team's file (and the jury's final decision, when given). */
export function aterforingJob(
  source: ReportSource,
  assessment: UnsignedAssessmentFile,
  options: { readonly reportDate: string; readonly decision?: ContestantDecision | null },
): DescribedJob<Extract<ReportJob, { kind: 'aterforing' }>> {
  const model = buildAterforingModel({ ...source, assessment, reportDate: options.reportDate, decision: options.decision ?? null });
  return {
    job: { kind: 'aterforing', name: `Återföringsrapport – ${model.contestant.name}`, model },
    description: `Återföringsrapporten till ${model.contestant.name}`,
  };
}

type RoundContestant = ReportSource['round']['contestants'][number];

/** A competition class of the package and the round's contestants in it; refused when either is missing. */
export function classContestants(source: ReportSource, classId: string): { readonly title: string; readonly contestants: readonly RoundContestant[] } {
  const { pkg } = source;
  const competitionClass = pkg.classes.find((k) => k.id === classId);
  if (!competitionClass) {
    throw appError('report-unknown-class', { classId, classes: pkg.classes.map((k) => `${k.id} (${k.title})`).join(', ') });
  }
  const contestants = source.round.contestants.filter((c) => c.class === competitionClass.id);
  if (contestants.length === 0) throw appError('report-empty-class', { title: competitionClass.title, id: competitionClass.id });
  return { title: competitionClass.title, contestants };
}

export interface SammanstallningJob extends DescribedJob<Extract<ReportJob, { kind: 'sammanstallning' }>> {
  /** Contestants of the class with a team file, in the round's order. */
  readonly included: readonly RoundContestant[];
  /** Contestants of the class without one. */
  readonly missing: readonly RoundContestant[];
  /** How messages name the missing: by name and id, or in the anonymised edition by code only. */
  readonly missingLabels: readonly string[];
}

export interface SammanstallningJobOptions {
  readonly classId: string;
  readonly candidates: readonly Candidate[];
  readonly anonymous: boolean;
  readonly reportDate: string;
  /** Default: the final meeting. */
  readonly meeting?: SammanstallningMeeting;
  /** The jury's final decision, when it has one. */
  readonly decision?: SammanstallningDecision | null;
}

/**
 * The sammanställning of one class from any verified files: per contestant of
 * the class the team's newest file (individual files and other classes' files
 * are left out) — for the first meeting the newest consensus file where there
 * is one — ranked by the builder.
 */
export function sammanstallningJob(source: ReportSource, options: SammanstallningJobOptions): SammanstallningJob {
  const { contestants } = classContestants(source, options.classId);
  const inClass = new Set(contestants.map((c) => c.id));
  const candidates = options.candidates.filter((c) => inClass.has(c.file.contestant.id));
  const newest = newestTeamFiles(candidates);
  const chosen = options.meeting === 'first' ? new Map([...newest, ...newestTeamFiles(candidates.filter((c) => c.file.stage === 'consensus'))]) : newest;
  const included = contestants.filter((c) => chosen.has(c.id));
  const bedomningar: BedomningModel[] = included.map((c) => {
    const candidate = chosen.get(c.id)!;
    return buildBedomningModel({ ...source, assessment: candidate.file, reportDate: options.reportDate, ...(candidate.signed && { signed: candidate.signed }) });
  });
  const model = buildSammanstallningModel({
    ...source,
    classId: options.classId,
    bedomningar,
    anonymous: options.anonymous,
    reportDate: options.reportDate,
    meeting: options.meeting ?? 'final',
    decision: options.decision ?? null,
  });
  const name = sammanstallningTitle(model);
  const missing = contestants.filter((c) => !chosen.has(c.id));
  return {
    job: { kind: 'sammanstallning', name, model },
    description: name,
    included,
    missing,
    missingLabels: model.missing.map((m, i) => (m.name === null ? `Tävlande ${m.code}` : `${m.name} (${missing[i]!.id})`)),
  };
}
