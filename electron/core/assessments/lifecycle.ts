/**
 * An individual assessment's life: opened (an empty draft on first open),
 * submitted once complete (then locked), reopened as a new revision — each
 * step deliberate and in the change log.
 */
import type { AssessmentView } from '../../../shared/contract/assessments';
import { appError } from '../../../shared/errors';
import { assessmentProgress } from '../../../shared/scoring/progress';
import { aspectLabel, rowsNoun } from '../../../shared/domain/prize-aspects';
import type { Db } from '../db/open';
import { createAssessment } from './create';
import { assertAuthor, assertEditable } from './guard';
import { currentExaminer } from '../rounds/identity';
import { findAssessment, getAssessment, loadCriteria, type AssessmentRecord } from './repository';
import { assessesContestant, contestantContext } from '../rounds/repository';
import { keepSubmittedRevision } from './submitted-revisions';
import { teamAssessments } from './registry';
import { recordMilestone, undoState } from './session';
import { prepared } from '../db/statements';

export function assessmentView(db: Db, assessment: AssessmentRecord, at: string): AssessmentView {
  const context = contestantContext(db, assessment.roundId, assessment.contestantId);
  return {
    id: assessment.id,
    roundId: assessment.roundId,
    contestantId: assessment.contestantId,
    examinerId: assessment.examinerId,
    stage: assessment.stage,
    status: assessment.status,
    revision: assessment.revision,
    updatedAt: assessment.updatedAt,
    submittedAt: assessment.submittedAt,
    classId: context.classId,
    prizes: context.prizes,
    criteria: loadCriteria(db, assessment.id, { includePrivateNotes: true }),
    ...undoState(db, assessment, at),
  };
}

/** My individual assessment of a contestant my team assesses; an empty draft the first time. */
export function openAssessment(db: Db, roundId: string, contestantId: string, at: string): AssessmentView {
  const me = currentExaminer(db, roundId);
  if (!me) throw appError('identity-missing');
  if (!assessesContestant(db, roundId, contestantId, me.id)) throw appError('not-assigned', { name: me.name });
  const key = { roundId, contestantId, examinerId: me.id, stage: 'individual' as const };
  const assessment = findAssessment(db, key) ?? createAssessment(db, { ...key, at });
  return assessmentView(db, assessment, at);
}

/** Locks a complete draft; refused with the list of what is missing otherwise. */
export function submitAssessment(db: Db, assessmentId: string, at: string): AssessmentView {
  return db.transaction(() => {
    const assessment = getAssessment(db, assessmentId);
    const actor = assertEditable(db, assessment);
    const context = contestantContext(db, assessment.roundId, assessment.contestantId);
    const progress =
      assessment.stage === 'individual'
        ? assessmentProgress(context.pkg, context.classId, loadCriteria(db, assessmentId), context.prizes)
        : teamAssessments().progress(db, assessment, context);
    // Criteria by id, aspects by the names people know them by ("Framsteget: Nytt").
    const open = [
      ...progress.criteria.filter((c) => !c.done).map((c) => c.criterion.id),
      ...progress.aspects.filter((a) => !a.done).map((a) => aspectLabel(context.prizes, a.aspect)),
    ];
    if (open.length > 0) {
      const what = assessment.stage === 'individual' ? 'Bedömningen' : 'Teamets bedömning';
      throw appError('assessment-incomplete', { what, total: progress.total, open, rows: rowsNoun(progress.criteria.length, progress.aspects.length) });
    }
    prepared(db, "UPDATE assessments SET status = 'submitted', submitted_at = ? WHERE id = ?").run(at, assessmentId);
    const revision = assessment.revision;
    recordMilestone(db, assessment, { at, actor, action: 'submit', old: { status: 'draft', revision }, new: { status: 'submitted', revision } });
    return assessmentView(db, getAssessment(db, assessmentId), at);
  })();
}

/** A new revision of a submitted assessment, open for edits again. */
export function reopenAssessment(db: Db, assessmentId: string, at: string): AssessmentView {
  return db.transaction(() => {
    const assessment = getAssessment(db, assessmentId);
    const actor = assertAuthor(db, assessment);
    if (assessment.status !== 'submitted') {
      throw appError('assessment-already-open');
    }
    if (assessment.stage === 'consensus' && findAssessment(db, { ...assessment, stage: 'site-visit' })) {
      throw appError('site-visit-started');
    }
    keepSubmittedRevision(db, assessment);
    const revision = assessment.revision + 1;
    prepared(db, "UPDATE assessments SET status = 'draft', revision = ?, submitted_at = NULL WHERE id = ?").run(revision, assessmentId);
    recordMilestone(db, assessment, { at, actor, action: 'reopen', old: { status: 'submitted', revision: assessment.revision }, new: { status: 'draft', revision } });
    return assessmentView(db, getAssessment(db, assessmentId), at);
  })();
}
