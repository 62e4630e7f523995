/**
 * What a submitted assessment says, as its export carries it, and the last
 * submitted revision kept when a new one is opened (migration 0009): until the
 * new revision is submitted, reports and the overview for the jury go on using
 * the one that was.
 */
import type { ConsensusCriterion, CriterionAssessment } from '../../../shared/domain/assessment';
import type { AssessmentTeamPart, ChangeLogDigest } from '../../../shared/formats/assessment-file';
import type { Db } from '../db/open';
import type { AssessmentRecord } from './repository';
import { loadAssessmentContent } from './repository';
import { prepared } from '../db/statements';
import { teamAssessments } from './registry';

export interface SubmittedContent {
  readonly criteria: readonly CriterionAssessment[] | readonly ConsensusCriterion[];
  readonly team?: AssessmentTeamPart;
  readonly changeLog: ChangeLogDigest;
}

/** The assessment's content as it stands (private notes only when asked for; a team assessment has none). */
export function submittedContent(db: Db, assessment: AssessmentRecord, includePrivateNotes: boolean): SubmittedContent {
  const changeLog = { entries: assessment.logCount, finalHash: assessment.logHead };
  if (assessment.stage === 'individual') return { criteria: loadAssessmentContent(db, assessment.id, { includePrivateNotes }), changeLog };
  const { criteria, team } = teamAssessments().content(db, assessment);
  return { criteria, changeLog, team };
}

/** Keeps a submitted assessment's content before a new revision of it is opened. */
export function keepSubmittedRevision(db: Db, assessment: AssessmentRecord): void {
  prepared(db, 'INSERT OR REPLACE INTO submitted_revisions (assessment_id, revision, submitted_at, content) VALUES (?, ?, ?, ?)').run(
    assessment.id,
    assessment.revision,
    assessment.submittedAt ?? assessment.updatedAt,
    JSON.stringify(submittedContent(db, assessment, false)),
  );
}

export interface SubmittedRevision extends SubmittedContent {
  readonly revision: number;
  readonly submittedAt: string;
}

/**
 * The author's latest submitted word: the assessment itself when it is
 * submitted, else the revision kept when the draft was opened; null when
 * nothing was ever submitted.
 */
export function latestSubmitted(db: Db, assessment: AssessmentRecord): SubmittedRevision | null {
  if (assessment.status === 'submitted') {
    return { revision: assessment.revision, submittedAt: assessment.submittedAt ?? assessment.updatedAt, ...submittedContent(db, assessment, false) };
  }
  const kept = prepared(db, 'SELECT revision, submitted_at, content FROM submitted_revisions WHERE assessment_id = ? ORDER BY revision DESC LIMIT 1').get(assessment.id) as
    | { revision: number; submitted_at: string; content: string }
    | undefined;
  if (!kept) return null;
  return { revision: kept.revision, submittedAt: kept.submitted_at, ...(JSON.parse(kept.content) as SubmittedContent) };
}
