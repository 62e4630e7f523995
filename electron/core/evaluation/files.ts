/**
 * Which verified files the evaluation reads: per contestant and author the
 * newest revision of each stage, and when each was first exported (the
 * earliest revision in the folder), for the deadlines.
 */
import type { Stage } from '../../../shared/domain/assessment';
import { appError } from '../../../shared/errors';
import type { IndividualAssessmentFile, TeamAssessmentFile, UnsignedAssessmentFile } from '../../../shared/formats/assessment-file';
import type { Candidate } from '../reports/build';

type Unsigned<F> = F extends unknown ? Omit<F, 'signature'> : never;
export type IndividualFile = Unsigned<IndividualAssessmentFile>;
export type TeamFile = Unsigned<TeamAssessmentFile>;

export interface Chosen<F> {
  readonly file: F;
  /** The earliest `exportedAt` among this contestant's, author's and stage's revisions. */
  readonly firstExportedAt: string;
}

export interface EvaluationFiles {
  /** By contestant id, then author id. */
  readonly individual: ReadonlyMap<string, ReadonlyMap<string, Chosen<IndividualFile>>>;
  /** By contestant id: the team's newest consensus file (before any site visit). */
  readonly consensus: ReadonlyMap<string, Chosen<TeamFile>>;
  /** By contestant id: the team's newest file after the site visit. */
  readonly siteVisit: ReadonlyMap<string, Chosen<TeamFile>>;
}

const STAGE_NOUN: Record<Stage, string> = { individual: 'individuell bedömning', consensus: 'konsensus', 'site-visit': 'bedömning efter platsbesök' };

/** Per (stage, contestant, author): the newest revision; two different files with one revision are refused. */
export function chooseFiles(candidates: readonly Candidate[]): EvaluationFiles {
  const groups = new Map<string, Candidate[]>();
  for (const candidate of candidates) {
    const { stage, contestant, author } = candidate.file;
    const key = JSON.stringify([stage, contestant.id, stage === 'individual' ? author.examinerId : '']);
    groups.set(key, [...(groups.get(key) ?? []), candidate]);
  }
  const individual = new Map<string, Map<string, Chosen<IndividualFile>>>();
  const consensus = new Map<string, Chosen<TeamFile>>();
  const siteVisit = new Map<string, Chosen<TeamFile>>();
  for (const group of groups.values()) {
    const sorted = [...group].sort((a, b) => b.file.revision - a.file.revision);
    const [newest, next] = sorted;
    if (next && next.file.revision === newest!.file.revision && next.contentSha256 !== newest!.contentSha256) {
      throw appError('report-conflicting-files', { name: newest!.name, secondName: next.name, stage: STAGE_NOUN[newest!.file.stage], revision: newest!.file.revision });
    }
    const firstExportedAt = group.map((c) => c.file.exportedAt).sort()[0]!;
    const file: UnsignedAssessmentFile = newest!.file;
    if (file.stage === 'individual') {
      const byAuthor = individual.get(file.contestant.id) ?? new Map<string, Chosen<IndividualFile>>();
      byAuthor.set(file.author.examinerId, { file, firstExportedAt });
      individual.set(file.contestant.id, byAuthor);
    } else {
      (file.stage === 'consensus' ? consensus : siteVisit).set(file.contestant.id, { file, firstExportedAt });
    }
  }
  return { individual, consensus, siteVisit };
}
