/**
 * The jury overview (sammanställning) from the teams' consensus files: per
 * competition class, contestants ranked by total weighted points, with each
 * criterion's agreed score, the spread of the individual scores and the
 * team's recommendation. Each row is the team's latest submitted assessment
 * (`team-result.ts`, the same answer the reports get), gated row by row.
 */
import type { JuryClass, JuryCriterionScore, JuryOverview, JuryRow } from '../../../shared/contract/exchange';
import type { ConsensusCriterion } from '../../../shared/domain/assessment';
import { appError } from '../../../shared/errors';
import { teamTitle } from '../../../shared/format';
import { applicableCriteria, totalPoints } from '../../../shared/scoring/points';
import type { Db } from '../db/open';
import { competitionRanks, contestantCode } from '../../../shared/scoring/ranking';
import type { IndependenceSource } from './independence';
import { getRound, scoredClass, type ContestantFacts, type RoundFacts } from '../rounds/model';
import { teamResults, type TeamResult } from './team-result';

function criterionScore(criterion: ConsensusCriterion): JuryCriterionScore {
  const scores = criterion.individualScores.map((s) => s.score).filter((s): s is number => s !== null);
  return {
    criterionId: criterion.criterionId,
    score: criterion.score,
    spread: scores.length === 0 ? null : Math.max(...scores) - Math.min(...scores),
    individual: criterion.individualScores,
  };
}

function row(facts: RoundFacts, contestant: ContestantFacts, code: string, result: TeamResult): JuryRow | Omit<Extract<JuryRow, { status: 'shown' }>, 'rank'> {
  const team = facts.teams.get(contestant.teamId)!;
  const base = { contestantId: contestant.id, name: contestant.name, code, teamId: contestant.teamId, teamName: teamTitle(facts.examiners.get(team.leadId)?.name ?? team.leadId) };
  if (result.status !== 'shown') return { ...base, status: result.status, reason: result.reason };
  const { file } = result;
  if (file.stage === 'individual') throw appError('jury-individual');
  const scores = Object.fromEntries(file.criteria.map((c) => [c.criterionId, c.score]));
  const points = totalPoints(facts.pkg, scores, scoredClass(contestant));
  return {
    ...base,
    status: 'shown',
    stage: file.stage,
    revision: file.revision,
    total: points.points,
    maxPoints: points.maxPoints,
    criteria: file.criteria.map(criterionScore),
    recommendation: file.team.recommendation,
    notSubmitted: result.notSubmitted,
  };
}

/** `publicKey` is this installation's: the lead's own assessments are read as the files their export would be. */
export function juryOverview(db: Db, roundId: string, source: IndependenceSource, publicKey: string): { readonly overview: JuryOverview; readonly facts: RoundFacts } {
  const facts = getRound(db, roundId);
  const results = teamResults(db, facts, source, publicKey);
  const contestants = [...facts.contestants.values()];
  const codes = new Map(contestants.map((c, i) => [c.id, contestantCode(i)]));
  const classes: JuryClass[] = facts.pkg.classes
    .map((competitionClass) => {
      const rows = contestants
        .filter((c) => c.classId === competitionClass.id)
        .map((c) => row(facts, c, codes.get(c.id)!, results.get(c.id)!));
      const shown = rows.filter((r): r is Omit<Extract<JuryRow, { status: 'shown' }>, 'rank'> => r.status === 'shown');
      const ranks = competitionRanks(shown.map((r) => r.total));
      const ranked = shown.map((r, i) => ({ ...r, rank: ranks[i]! })).sort((a, b) => a.rank - b.rank || a.name.localeCompare(b.name, 'sv'));
      return {
        classId: competitionClass.id,
        title: competitionClass.title,
        criteria: applicableCriteria(facts.pkg, competitionClass.id).map((c) => ({ id: c.id, title: c.title, points: c.points })),
        rows: [...ranked, ...rows.filter((r): r is JuryRow => r.status !== 'shown')],
      };
    })
    .filter((c) => c.rows.length > 0);
  const overview = {
    roundId,
    title: facts.title,
    year: facts.year,
    exampleMaterial: facts.example,
    examiners: [...facts.examiners.values()].map((e) => ({ id: e.id, name: e.name })),
    classes,
  };
  return { overview, facts };
}
