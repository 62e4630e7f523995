/**
 * Inside the app a prize aspect is a row of the contestant's assessment (key
 * `prize:<prize>:<aspect>`, see shared/domain/prize-aspects.ts); in a
 * `.kvbedomning` it is an entry of `prizes[].aspects[]`. These two functions
 * are the one crossing between the forms, used by export and by every reader.
 */
import type { ConsensusCriterion, CriterionAssessment } from '../domain/assessment';
import { aspectKey, parseAspectKey } from '../domain/prize-aspects';
import type { AspectAssessment, PrizeAssessment } from './assessment-file';

type Row = CriterionAssessment | ConsensusCriterion;

/** The file's parts of an assessment's rows: criteria as they are, aspect rows grouped per prize in row order. */
export function splitPrizeRows<T extends Row>(rows: readonly T[]): { criteria: T[]; prizes: PrizeAssessment[] } {
  const criteria: T[] = [];
  const prizes = new Map<string, AspectAssessment[]>();
  for (const row of rows) {
    const aspect = parseAspectKey(row.criterionId);
    if (!aspect) {
      criteria.push(row);
      continue;
    }
    const entry: AspectAssessment = {
      aspectId: aspect.aspectId,
      strengths: row.strengths,
      improvements: row.improvements,
      siteVisitQuestions: row.siteVisitQuestions,
      ...(row.privateNote !== undefined && { privateNote: row.privateNote }),
    };
    prizes.set(aspect.prizeId, [...(prizes.get(aspect.prizeId) ?? []), entry]);
  }
  return { criteria, prizes: [...prizes].map(([prizeId, aspects]) => ({ prizeId, aspects })) };
}

/** An individual file's aspects as rows of the assessment (no score, no attribute ratings). */
export function prizeRows(prizes: readonly PrizeAssessment[] | undefined): CriterionAssessment[] {
  return (prizes ?? []).flatMap((prize) =>
    prize.aspects.map(({ aspectId, ...written }) => ({ criterionId: aspectKey(prize.prizeId, aspectId), score: null, attributes: {}, ...written })),
  );
}

/** A team file's aspects as rows of the team's assessment: no individual scores, rationale or site-visit change. */
export function teamPrizeRows(prizes: readonly PrizeAssessment[] | undefined): ConsensusCriterion[] {
  return prizeRows(prizes).map((row) => ({ ...row, individualScores: [], rationale: '', discussed: false }));
}
