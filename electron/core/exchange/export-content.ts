/**
 * What an export of one of my assessments carries, read from the store: for
 * an individual assessment its content (private notes only when I choose to
 * include them); for the team's consensus or site-visit assessment the
 * consensus model with the individual scores it was built from, the team's
 * part and which member revisions (with their change-log digests) were used.
 * Only a submitted assessment is exported.
 */
import type { ExportRequest } from './export';
import { AppError } from '../../../shared/errors';
import { assertAuthor } from '../assessments/guard';
import { getAssessment, loadAssessmentContent } from '../assessments/repository';
import { loadSources, loadTeamContent, loadTeamPart } from '../assessments/team-repository';
import type { Db } from '../db/open';

export function exportRequestFor(db: Db, assessmentId: string, includePrivateNotes: boolean): ExportRequest {
  const assessment = getAssessment(db, assessmentId);
  const examinerId = assertAuthor(db, assessment);
  if (assessment.status !== 'submitted') {
    throw new AppError('assessment-not-submitted', 'Lämna in bedömningen först. Bara en inlämnad bedömning kan exporteras, så att alla i teamet får samma version.');
  }
  const place = { roundId: assessment.roundId, contestantId: assessment.contestantId, stage: assessment.stage, examinerId };
  const changeLog = { entries: assessment.logCount, finalHash: assessment.logHead };
  if (assessment.stage === 'individual') {
    return { ...place, criteria: loadAssessmentContent(db, assessmentId, { includePrivateNotes }), includePrivateNotes, changeLog };
  }
  const team = loadTeamPart(db, assessmentId);
  return {
    ...place,
    criteria: loadTeamContent(db, assessment, { writtenOnly: true }),
    // A team assessment has no private notes of its own to include.
    includePrivateNotes: false,
    changeLog,
    team: {
      recommendation: team.recommendation,
      summary: team.summary,
      nextSteps: team.nextSteps.map((step) => step.trim()).filter(Boolean),
      sources: loadSources(db, assessment).map((s) => ({ examinerId: s.examinerId, revision: s.revision, changeLog: s.changeLog })),
    },
  };
}
