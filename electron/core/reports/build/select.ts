/**
 * Which assessment file stands for a contestant in the sammanställning: the
 * team's newest word — after the site visit before consensus, then the highest
 * revision. Individual assessments never do. Two different files that claim
 * the same stage and revision are a conflict the caller must resolve.
 */
import type { Stage } from '../../../../shared/domain/assessment';
import { appError } from '../../../../shared/errors';
import type { SignedBasis } from './source';
import type { UnsignedAssessmentFile } from '../../../../shared/formats/assessment-file';

export interface Candidate<F extends UnsignedAssessmentFile = UnsignedAssessmentFile> {
  /** The file's name, for messages. */
  readonly name: string;
  readonly file: F;
  /** SHA-256 of the signed content: the same file twice is no conflict. */
  readonly contentSha256: string;
  /** SHA-256 of the file's bytes (null when read from this computer's store) and the signer's key id, for the report's basis. */
  readonly signed?: SignedBasis;
}

const STAGE_ORDER: Record<Stage, number> = { individual: 0, consensus: 1, 'site-visit': 2 };
const STAGE_NOUN: Record<Stage, string> = { individual: 'individuell bedömning', consensus: 'teamets konsensus', 'site-visit': 'teamets bedömning efter platsbesök' };

function newer(a: UnsignedAssessmentFile, b: UnsignedAssessmentFile): number {
  return STAGE_ORDER[a.stage] - STAGE_ORDER[b.stage] || a.revision - b.revision;
}

/** By contestant id: the newest team file of each contestant that has one. */
export function newestTeamFiles<F extends UnsignedAssessmentFile>(candidates: readonly Candidate<F>[]): Map<string, Candidate<F>> {
  const byContestant = new Map<string, Candidate<F>[]>();
  for (const candidate of candidates) {
    if (candidate.file.stage === 'individual') continue;
    const id = candidate.file.contestant.id;
    byContestant.set(id, [...(byContestant.get(id) ?? []), candidate]);
  }
  const chosen = new Map<string, Candidate<F>>();
  for (const [id, list] of byContestant) {
    const [first, second] = [...list].sort((a, b) => newer(b.file, a.file));
    if (second && newer(first!.file, second.file) === 0 && first!.contentSha256 !== second.contentSha256) {
      throw appError('report-conflicting-files', { name: first!.name, secondName: second.name, stage: STAGE_NOUN[first!.file.stage], revision: first!.file.revision });
    }
    chosen.set(id, first!);
  }
  return chosen;
}
