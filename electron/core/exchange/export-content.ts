/**
 * What an export of one of my assessments carries, read from the store: for
 * an individual assessment its content (private notes only when I choose to
 * include them); for the team's consensus or site-visit assessment the
 * consensus model with the individual scores it was built from, the team's
 * part and which member revisions (with their change-log digests) were used.
 * Only a submitted assessment is exported.
 */
import type { ExportRequest } from './export';
import { appError } from '../../../shared/errors';
import { assertAuthor, getAssessment, submittedContent } from '../assessments';
import type { Db } from '../db/open';

export function exportRequestFor(db: Db, assessmentId: string, includePrivateNotes: boolean): ExportRequest {
  const assessment = getAssessment(db, assessmentId);
  const examinerId = assertAuthor(db, assessment);
  if (assessment.status !== 'submitted') {
    throw appError('assessment-not-submitted');
  }
  const place = { roundId: assessment.roundId, contestantId: assessment.contestantId, stage: assessment.stage, examinerId };
  // A team assessment has no private notes of its own to include.
  return { ...place, ...submittedContent(db, assessment, includePrivateNotes), includePrivateNotes: assessment.stage === 'individual' && includePrivateNotes };
}
