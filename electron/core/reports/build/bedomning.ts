/**
 * The bedömning's model from one assessment file: the team's consensus (before
 * or after the site visit) or one examiner's own assessment, marked as such.
 * Only the criteria of the contestant's class are in it; a criterion the file
 * does not mention is not scored. Private notes never enter the model.
 */
import type { ConsensusCriterion, CriterionAssessment } from '../../../../shared/domain/assessment';
import type { UnsignedAssessmentFile } from '../../../../shared/formats/assessment-file';
import type { Criterion } from '../../../../shared/formats/criteria-package';
import { stockholmDate } from '../../../../shared/format';
import { fingerprint } from '../../../../shared/fingerprint';
import { totalPoints } from '../../../../shared/scoring/points';
import type { BedomningArea, BedomningCriterion, BedomningModel, ChangeLogDigest, IndividualScores } from '../model';
import { checkReportDate, contestantPlace, initialsOf, reportScale, scoreValue, teamComment, type ContestantPlace, type ReportSource, type SignedBasis } from './source';

export interface BedomningInput extends ReportSource {
  /** A verified .kvbedomning (an AssessmentFile), any stage. */
  readonly assessment: UnsignedAssessmentFile;
  /** "YYYY-MM-DD". */
  readonly reportDate: string;
  /** The file's bytes' SHA-256 (null when read from this computer's store) and its signer's key id. */
  readonly signed?: SignedBasis;
}

type AnyCriterion = CriterionAssessment | ConsensusCriterion;

const isConsensus = (c: AnyCriterion): c is ConsensusCriterion => 'individualScores' in c;

function individualScores(place: ContestantPlace, c: ConsensusCriterion, threshold: number): IndividualScores {
  const scored = c.individualScores.flatMap((s) => (s.score === null ? [] : [s.score]));
  const min = scored.length > 0 ? Math.min(...scored) : null;
  const max = scored.length > 0 ? Math.max(...scored) : null;
  const spread = min === null || max === null ? null : max - min;
  return {
    scores: c.individualScores.map((s) => ({ initials: initialsOf(place, s.examinerId), score: s.score })),
    min,
    max,
    spread,
    spreadReached: spread !== null && spread >= threshold - 1e-9,
  };
}

function criterionModel(input: BedomningInput, place: ContestantPlace, criterion: Criterion, c: AnyCriterion | undefined): BedomningCriterion {
  const { pkg, assessment } = input;
  const team = assessment.stage !== 'individual';
  const own = team ? undefined : initialsOf(place, assessment.author.examinerId);
  const initials = (examinerId: string, given: string) => initialsOf(place, examinerId, given);
  const consensus = c && isConsensus(c) ? c : undefined;
  return {
    id: criterion.id,
    title: criterion.title,
    kind: criterion.kind,
    pointsAvailable: criterion.points,
    scale: reportScale(pkg, criterion),
    result: scoreValue(pkg, criterion, c?.score),
    individual: team
      ? consensus
        ? individualScores(place, consensus, pkg.consensus.spreadThreshold)
        : { scores: [], min: null, max: null, spread: null, spreadReached: false }
      : null,
    rationale: consensus?.rationale.trim() ?? '',
    siteVisit: consensus?.siteVisit
      ? {
          before: scoreValue(pkg, criterion, consensus.siteVisit.scoreBefore),
          after: scoreValue(pkg, criterion, consensus.siteVisit.scoreAfter),
          note: consensus.siteVisit.note.trim(),
        }
      : null,
    strengths: (c?.strengths ?? []).map((comment) => teamComment(comment, initials, own)),
    improvements: (c?.improvements ?? []).map((comment) => teamComment(comment, initials, own)),
    siteVisitQuestions: (c?.siteVisitQuestions ?? []).map((q) => q.text),
  };
}

/** The team's sources' change logs (their individual assessments), then the author's own log for this file. */
function changeLogs(input: BedomningInput, place: ContestantPlace): ChangeLogDigest[] | null {
  const { assessment } = input;
  const digest = (examinerId: string, fallbackName: string) => {
    const member = place.team.find((m) => m.id === examinerId);
    return { examinerName: member?.name ?? fallbackName, initials: initialsOf(place, examinerId) };
  };
  const logs: ChangeLogDigest[] = [];
  if (assessment.stage !== 'individual') {
    for (const source of assessment.team.sources) {
      if (source.changeLog) logs.push({ ...digest(source.examinerId, source.examinerId), ...source.changeLog, stage: 'individual', revision: source.revision });
    }
  }
  if (assessment.changeLog) {
    logs.push({ ...digest(assessment.author.examinerId, assessment.author.name), ...assessment.changeLog, stage: assessment.stage, revision: assessment.revision });
  }
  return logs.length > 0 ? logs : null;
}

export function buildBedomningModel(input: BedomningInput): BedomningModel {
  const { pkg, round, assessment } = input;
  const place = contestantPlace(input, assessment.contestant.id);
  const byId = new Map((assessment.criteria as readonly AnyCriterion[]).map((c) => [c.criterionId, c]));
  const applicable = new Set(place.criteria.map((c) => c.id));
  const areas: BedomningArea[] = pkg.areas
    .map((area) => {
      const criteria = area.criteria.filter((c) => applicable.has(c.id)).map((c) => criterionModel(input, place, c, byId.get(c.id)));
      const scored = criteria.filter((c) => c.result !== null);
      return {
        id: area.id,
        title: area.title,
        pointsAvailable: criteria.reduce((sum, c) => sum + c.pointsAvailable, 0),
        points: scored.length > 0 ? scored.reduce((sum, c) => sum + c.result!.points, 0) : null,
        criteria,
      };
    })
    .filter((area) => area.criteria.length > 0);

  const scores = Object.fromEntries([...byId].map(([id, c]) => [id, c.score]));
  const total = totalPoints(pkg, scores, place.contestant.classId);
  const all = areas.flatMap((a) => a.criteria);
  const changed = all.some((c) => c.siteVisit && c.siteVisit.before?.score !== c.siteVisit.after?.score);
  const before = all.reduce((sum, c) => sum + ((c.siteVisit ? c.siteVisit.before?.points : c.result?.points) ?? 0), 0);
  const team = assessment.stage !== 'individual' ? assessment.team : null;
  const author = team ? null : place.team.find((m) => m.id === assessment.author.examinerId) ?? { name: assessment.author.name, initials: initialsOf(place, assessment.author.examinerId), role: 'member' as const };

  return {
    round: { id: round.round.id, title: round.round.title, year: round.round.year, exampleMaterial: input.exampleMaterial ?? false },
    package: { title: pkg.title, revision: pkg.revision },
    contestant: place.contestant,
    team: place.team.map(({ name, initials, role }) => ({ name, initials, role })),
    basis: { stage: assessment.stage, revision: assessment.revision, author: author && { name: author.name, initials: author.initials, role: author.role } },
    reportDate: checkReportDate(input.reportDate),
    summary: team?.summary.trim() ?? '',
    areas,
    totals: {
      pointsAvailable: total.maxPoints,
      points: total.points,
      pointsBeforeSiteVisit: changed ? before : null,
      scoredCriteria: total.scored,
      criteria: total.criteria,
    },
    recommendation: team ? { ...team.recommendation, citation: team.recommendation.citation.trim() } : { siteVisit: null, nomination: null, citation: '' },
    notSubmitted: team ? place.team.filter((m) => !team.sources.some((s) => s.examinerId === m.id)).map((m) => m.name) : [],
    siteVisitDate: assessment.stage === 'site-visit' ? stockholmDate(new Date(assessment.exportedAt)) : null,
    spreadThreshold: pkg.consensus.spreadThreshold,
    changeLogs: changeLogs(input, place),
    basisFile: input.signed
      ? {
          author: place.team.find((m) => m.id === assessment.author.examinerId)?.name ?? assessment.author.name,
          stage: assessment.stage,
          revision: assessment.revision,
          sha256: input.signed.sha256,
          fingerprint: fingerprint(input.signed.keyId),
        }
      : null,
  };
}
