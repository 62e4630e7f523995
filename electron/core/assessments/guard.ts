/**
 * What every edit must pass in the core, beyond the contract's shapes: the
 * assessment is mine and still a draft, and what is written fits the round's
 * criteria package and the contestant's documents.
 */
import type { EvidenceAnchor } from '../../../shared/domain/assessment';
import { AppError } from '../../../shared/errors';
import type { Criterion, Scale } from '../../../shared/formats/criteria-package';
import { scaleSpan } from '../../../shared/scoring/scale-text';
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
  if (!me) throw new AppError('identity-missing', 'Ange först vem du är i omgången; det gör du på omgångens sida.');
  if (me.id !== assessment.examinerId) {
    const author = examinerName(db, assessment.roundId, assessment.examinerId) ?? assessment.examinerId;
    throw new AppError('not-author', `Bedömningen är skriven av ${author}. Du kan bara ändra dina egna bedömningar.`);
  }
  return me.id;
}

/** The author's examiner id, once it is clear that the user is the author and the assessment is still a draft. */
export function assertEditable(db: Db, assessment: AssessmentRecord): string {
  const me = assertAuthor(db, assessment);
  if (assessment.status === 'submitted') {
    throw new AppError(
      'assessment-submitted',
      `Bedömningen är inlämnad (revision ${assessment.revision}) och därför låst. Öppna en ny revision om du behöver ändra den.`,
    );
  }
  return me;
}

export function criterionIn(context: ContestantContext, criterionId: string): { criterion: Criterion; scale: Scale } {
  const criterion = context.criteria.find((c) => c.id === criterionId);
  if (!criterion) {
    const inPackage = context.pkg.areas.some((area) => area.criteria.some((c) => c.id === criterionId));
    throw new AppError(
      'criterion-missing',
      inPackage
        ? `Kriterium ${criterionId} gäller inte den tävlandes tävlingsklass och bedöms inte här.`
        : `Kriterium ${criterionId} finns inte i omgångens kriteriepaket.`,
    );
  }
  return { criterion, scale: scaleOf(context.pkg, criterion) };
}

export function assertScore(scale: Scale, score: number, what = 'Poängen'): void {
  if (!isValidScore(scale, score)) {
    throw new AppError('score-invalid', `${what} ${String(score).replace('.', ',')} finns inte på skalan (${scaleSpan(scale)}). Välj ett av skalans värden.`);
  }
}

export function assertAttribute(scale: Scale, attributeId: string): void {
  if (!(scale.attributes ?? []).some((a) => a.id === attributeId)) {
    throw new AppError('attribute-missing', `Skalan "${scale.title}" har ingen aspekt med id ${attributeId}.`);
  }
}

export function commentIn(db: Db, assessmentId: string, commentId: string) {
  const comment = readComment(db, assessmentId, commentId);
  if (!comment) throw new AppError('comment-missing', 'Kommentaren finns inte i den här bedömningen. Ladda om bedömningen och försök igen.');
  return comment;
}

export function assertAnchor(context: ContestantContext, anchor: EvidenceAnchor): void {
  if (!context.documents.includes(anchor.documentSha256)) {
    throw new AppError('evidence-document', 'Belägget pekar på ett dokument som inte hör till den här tävlande. Belägg hämtas ur den tävlandes egna dokument.');
  }
}

export function assertRoom(count: number, max: number, what: string): void {
  if (count >= max) throw new AppError('list-full', `${what} kan inte bli fler än ${max}.`);
}
