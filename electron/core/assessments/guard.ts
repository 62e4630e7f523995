/**
 * What every edit must pass in the core, beyond the contract's shapes: the
 * assessment is mine and still a draft, and what is written fits the round's
 * criteria package and the contestant's documents.
 */
import { isAspectKey, parseAspectKey, sectionAspects } from '../../../shared/domain/prize-aspects';
import type { EvidenceAnchor } from '../../../shared/domain/assessment';
import { appError } from '../../../shared/errors';
import type { Criterion, Scale } from '../../../shared/formats/criteria-package';
import { scaleOf } from '../../../shared/scoring/points';
import { isValidScore } from '../../../shared/scoring/scale';
import type { Db } from '../db/open';
import { readComment } from './fields';
import { currentExaminer } from '../rounds/identity';
import type { AssessmentRecord } from './repository';
import { examinerName, type ContestantContext } from '../rounds/repository';

/** The author's examiner id, once it is clear that the user is the author. */
export function assertAuthor(db: Db, assessment: AssessmentRecord): string {
  const me = currentExaminer(db, assessment.roundId);
  if (!me) throw appError('identity-missing');
  if (me.id !== assessment.examinerId) {
    const author = examinerName(db, assessment.roundId, assessment.examinerId) ?? assessment.examinerId;
    throw appError('not-author', { author });
  }
  return me.id;
}

/** The author's examiner id, once it is clear that the user is the author and the assessment is still a draft. */
export function assertEditable(db: Db, assessment: AssessmentRecord): string {
  const me = assertAuthor(db, assessment);
  if (assessment.status === 'submitted') {
    throw appError('assessment-submitted', { revision: assessment.revision });
  }
  return me;
}

/** A scored criterion of the contestant's class; a prize aspect's key is refused (aspects have no score). */
export function criterionIn(context: ContestantContext, criterionId: string): { criterion: Criterion; scale: Scale } {
  if (isAspectKey(criterionId)) throw appError('aspect-not-scored');
  const criterion = context.criteria.find((c) => c.id === criterionId);
  if (!criterion) {
    const inPackage = context.pkg.areas.some((area) => area.criteria.some((c) => c.id === criterionId));
    throw appError('criterion-missing', { criterionId, inPackage });
  }
  return { criterion, scale: scaleOf(context.pkg, criterion) };
}

/** A row the contestant's assessment has: a criterion of its class or an aspect of a prize it enters. */
export function rowIn(context: ContestantContext, key: string): void {
  const aspect = parseAspectKey(key);
  if (!aspect) {
    criterionIn(context, key);
    return;
  }
  if (!sectionAspects(context.prizes).some((a) => a.key === key)) throw appError('aspect-missing', aspect);
}

export function assertScore(scale: Scale, score: number, what = 'Poängen'): void {
  if (!isValidScore(scale, score)) {
    throw appError('score-invalid', { what, score, scale });
  }
}

export function assertAttribute(scale: Scale, attributeId: string): void {
  if (!(scale.attributes ?? []).some((a) => a.id === attributeId)) {
    throw appError('attribute-missing', { title: scale.title, attributeId });
  }
}

export function commentIn(db: Db, assessmentId: string, commentId: string) {
  const comment = readComment(db, assessmentId, commentId);
  if (!comment) throw appError('comment-missing');
  return comment;
}

export function assertAnchor(context: ContestantContext, anchor: EvidenceAnchor): void {
  if (!context.documents.includes(anchor.documentSha256)) {
    throw appError('evidence-document');
  }
}

export function assertRoom(count: number, max: number, what: string): void {
  if (count >= max) throw appError('list-full', { what, max });
}
