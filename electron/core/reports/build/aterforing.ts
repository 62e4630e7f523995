/**
 * The återföringsrapport's model from the team's file (consensus or after the
 * site visit), through the bedömning model and as the round's feedback policy
 * says: scores none / band labels / points, examiners named or not, sender and
 * contact. It takes the team's words to the unit, key themes and next steps,
 * never the summary written for the jury. Like every model it has no field
 * for a private note.
 */
import { appError } from '../../../../shared/errors';
import { effectiveFeedbackPolicy, type FeedbackScores } from '../../../../shared/formats/feedback-policy';
import type { CriteriaPackage } from '../../../../shared/formats/criteria-package';
import { scaleOf } from '../../../../shared/scoring/points';
import type { ContestantDecision } from '../../jury/final-decision';
import type { AterforingModel, FeedbackCriterion, FeedbackDecision, FeedbackScaleBands, FeedbackScore } from '../feedback-model';
import { splitParagraphs } from '../layout/text';
import type { BedomningCriterion } from '../model';
import { buildBedomningModel, type BedomningInput } from './bedomning';
import { contestantPlace } from './source';

export interface AterforingInput extends BedomningInput {
  /** The jury's final decision for this contestant, when held here. */
  readonly decision?: ContestantDecision | null;
}

const plain = (comments: BedomningCriterion['strengths']) => comments.map(({ text, evidence }) => ({ text, evidence }));

function score(criterion: BedomningCriterion, policy: FeedbackScores): FeedbackScore | null {
  const result = criterion.result;
  if (policy === 'none' || !result) return null;
  if (policy === 'bands') return { kind: 'band', band: result.band };
  return { kind: 'points', band: result.band, score: result.score, scale: criterion.scale, points: result.points, pointsAvailable: criterion.pointsAvailable };
}

/** The scales the class's criteria use, in package order, each with its bands. */
function scaleBands(pkg: CriteriaPackage, criteria: ReturnType<typeof contestantPlace>['criteria']): FeedbackScaleBands[] {
  const scales = [...new Set(criteria.map((c) => scaleOf(pkg, c)))];
  return scales.map((scale) => ({ title: scale.title, bands: scale.bands.map((b) => ({ label: b.label, descriptor: b.descriptor.trim() })) }));
}

/** The decision of the contestant's own class only (a decision file names every class of the round). */
function decisionFor(decision: ContestantDecision | null | undefined, contestant: { classId: string; classTitle: string }): FeedbackDecision | null {
  if (!decision || decision.classId !== contestant.classId) return null;
  return { decision: decision.decision, classTitle: contestant.classTitle, meetingDate: decision.meetingDate, winners: decision.winners, citation: splitParagraphs(decision.citation) };
}

const lines = (items: readonly string[] | undefined) => (items ?? []).map((item) => item.trim()).filter((item) => item !== '');

export function buildAterforingModel(input: AterforingInput): AterforingModel {
  const { assessment, pkg } = input;
  if (assessment.stage === 'individual') {
    throw appError('report-feedback-individual', { name: assessment.author.name });
  }
  const policy = effectiveFeedbackPolicy(input.round.round.feedback);
  const bedomning = buildBedomningModel(input);
  const place = contestantPlace(input, assessment.contestant.id);
  const descriptions = new Map(place.criteria.map((c) => [c.id, c.description.trim()]));
  const points = policy.scores === 'points';
  return {
    round: bedomning.round,
    contestant: bedomning.contestant,
    reportDate: bedomning.reportDate,
    scores: policy.scores,
    team: policy.examinerNames ? bedomning.team : null,
    sender: policy.sender,
    contact: policy.contact,
    siteVisit: assessment.stage === 'site-visit',
    decision: decisionFor(input.decision, bedomning.contestant),
    bands: policy.scores === 'none' ? [] : scaleBands(pkg, place.criteria),
    message: splitParagraphs(assessment.team.toContestant ?? ''),
    keyThemes: lines(assessment.team.keyThemes),
    nextSteps: lines(assessment.team.nextSteps),
    areas: bedomning.areas.map((area) => ({
      id: area.id,
      title: area.title,
      criteria: area.criteria.map(
        (c): FeedbackCriterion => ({
          id: c.id,
          title: c.title,
          description: descriptions.get(c.id) ?? '',
          strengths: plain(c.strengths),
          improvements: plain(c.improvements),
          score: score(c, policy.scores),
        }),
      ),
      points: points ? { points: area.points ?? 0, pointsAvailable: area.pointsAvailable } : null,
    })),
    totals: points ? { points: bedomning.totals.points, pointsAvailable: bedomning.totals.pointsAvailable } : null,
  };
}
