/**
 * The återföringsrapport's model: what the contestant keeps. Built from the
 * team's file (consensus or after the site visit) through the bedömning model,
 * so it holds exactly what that holds minus the jury's matters: no individual
 * scores, no rationale, no recommendation, and scores only when asked for.
 * Like every model it has no field for a private note.
 */
import { appError } from '../../../../shared/errors';
import { splitParagraphs } from '../layout/text';
import type { AterforingModel, BedomningCriterion, FeedbackComment } from '../model';
import { buildBedomningModel, type BedomningInput } from './bedomning';

export interface AterforingInput extends BedomningInput {
  /** Show the scores (only when the round says the feedback carries them). */
  readonly scores: boolean;
}

function feedback(criterion: BedomningCriterion, list: 'strengths' | 'improvements'): FeedbackComment[] {
  return criterion[list].map((comment) => ({ text: comment.text, evidence: comment.evidence, criterionId: criterion.id, criterionTitle: criterion.title }));
}

export function buildAterforingModel(input: AterforingInput): AterforingModel {
  const { assessment } = input;
  if (assessment.stage === 'individual') {
    throw appError('report-feedback-individual', { name: assessment.author.name });
  }
  const bedomning = buildBedomningModel(input);
  return {
    round: bedomning.round,
    contestant: bedomning.contestant,
    team: bedomning.team,
    reportDate: bedomning.reportDate,
    summary: splitParagraphs(assessment.team.summary),
    nextSteps: (assessment.team.nextSteps ?? []).map((step) => step.trim()).filter((step) => step !== ''),
    areas: bedomning.areas.map((area) => ({
      id: area.id,
      title: area.title,
      strengths: area.criteria.flatMap((c) => feedback(c, 'strengths')),
      improvements: area.criteria.flatMap((c) => feedback(c, 'improvements')),
      scores: input.scores
        ? {
            points: area.points ?? 0,
            pointsAvailable: area.pointsAvailable,
            criteria: area.criteria.map((c) => ({ id: c.id, title: c.title, pointsAvailable: c.pointsAvailable, scale: c.scale, result: c.result })),
          }
        : null,
    })),
    totals: input.scores ? { points: bedomning.totals.points, pointsAvailable: bedomning.totals.pointsAvailable } : null,
  };
}
