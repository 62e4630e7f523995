/** My place in a round: who I am, my role, my contestants and my progress on each. */
import type { MyContestant, MyRoundStatus } from '../../../shared/contract/assessments';
import type { RoundRole } from '../../../shared/contract/rounds';
import { assessmentProgress } from '../../../shared/scoring/progress';
import { sectionAspects } from '../../../shared/domain/prize-aspects';
import type { Db } from '../db/open';
import { contestantsOf, currentViewer, identityChoices, roleOf } from '../rounds/identity';
import { findAssessment, loadCriteria } from './repository';
import { contestantContext } from '../rounds/repository';

export function myRoundStatus(db: Db, roundId: string): MyRoundStatus {
  const viewer = currentViewer(db, roundId);
  const me = viewer.kind === 'examiner' ? viewer.examiner : null;
  const identity = {
    examinerId: me?.id ?? null,
    examinerName: me?.name ?? null,
    role: me ? roleOf(db, roundId, me.id) : viewer.kind === 'office' ? ('stadsledningskontoret' as const) : null,
    choices: identityChoices(db, roundId),
  };
  if (!me) return { roundId, identity, contestants: [] };
  const contestants = contestantsOf(db, roundId, me.id).map((contestant): MyContestant => {
    const assessment = findAssessment(db, { roundId, contestantId: contestant.id, examinerId: me.id, stage: 'individual' });
    // Criteria of the class and aspects of the prizes entered: what there is to assess.
    const context = contestantContext(db, roundId, contestant.id);
    const aspects = sectionAspects(context.prizes).length;
    if (!assessment) {
      return { contestantId: contestant.id, assessmentId: null, status: 'not-started', revision: null, done: 0, total: context.criteria.length + aspects, aspects };
    }
    const progress = assessmentProgress(context.pkg, context.classId, loadCriteria(db, assessment.id), context.prizes);
    return { contestantId: contestant.id, assessmentId: assessment.id, status: assessment.status, revision: assessment.revision, done: progress.done, total: progress.total, aspects };
  });
  return { roundId, identity, contestants };
}

/** For the start screen: my role, and criteria and aspects done over those to assess for all my contestants. */
export function roleAndProgress(db: Db, roundId: string): { myRole: RoundRole | null; progress: { done: number; total: number; aspects: number } | null } {
  const status = myRoundStatus(db, roundId);
  if (!status.identity.role) return { myRole: null, progress: null };
  if (status.identity.role === 'stadsledningskontoret') return { myRole: status.identity.role, progress: null };
  const sum = (key: 'done' | 'total' | 'aspects') => status.contestants.reduce((total, c) => total + c[key], 0);
  return { myRole: status.identity.role, progress: { done: sum('done'), total: sum('total'), aspects: sum('aspects') } };
}
