/**
 * The jury overview (sammanställning) from the teams' consensus files: per
 * competition class, contestants ranked by total weighted points, with each
 * criterion's agreed score, the spread of the individual scores and the
 * team's recommendation. Content passes the independence gate row by row.
 */
import type { JuryClass, JuryCriterionScore, JuryOverview, JuryRow } from '../../../shared/contract/exchange';
import type { ConsensusCriterion } from '../../../shared/domain/assessment';
import { AppError } from '../../../shared/errors';
import type { TeamAssessmentFile } from '../../../shared/formats/assessment-file';
import { applicableCriteria, totalPoints } from '../../../shared/scoring/points';
import type { Db } from '../db/open';
import { competitionRanks, contestantCode } from '../reports/ranking';
import { contentVisibility, type IndependenceSource } from './independence';
import { receivedFile } from './received-file';
import { currentReceived, type CurrentReceived } from './received-store';
import { roundFacts, type ContestantFacts, type RoundFacts } from './round-facts';

/** Per contestant, the team's latest word: after the site visit if there is one, else consensus. */
function teamFiles(db: Db, roundId: string): Map<string, TeamAssessmentFile> {
  const order = { 'site-visit': 2, consensus: 1, individual: 0 } as const;
  const latest = new Map<string, CurrentReceived>();
  for (const row of currentReceived(db, roundId).filter((r) => r.stage !== 'individual')) {
    const held = latest.get(row.contestantId);
    if (!held || order[row.stage] > order[held.stage]) latest.set(row.contestantId, row);
  }
  const files = new Map<string, TeamAssessmentFile>();
  for (const [contestantId, row] of latest) {
    const file = receivedFile(db, row, row.revision).file;
    if (file.stage !== 'individual') files.set(contestantId, file);
  }
  return files;
}

function criterionScore(criterion: ConsensusCriterion): JuryCriterionScore {
  const scores = criterion.individualScores.map((s) => s.score).filter((s): s is number => s !== null);
  return {
    criterionId: criterion.criterionId,
    score: criterion.score,
    spread: scores.length === 0 ? null : Math.max(...scores) - Math.min(...scores),
    individual: criterion.individualScores,
  };
}

function row(facts: RoundFacts, contestant: ContestantFacts, code: string, file: TeamAssessmentFile | undefined, source: IndependenceSource): JuryRow | Omit<Extract<JuryRow, { status: 'shown' }>, 'rank'> {
  const base = { contestantId: contestant.id, name: contestant.name, code, teamId: contestant.teamId };
  if (!file) return { ...base, status: 'missing', reason: 'Ingen konsensusfil har kommit in från teamet ännu.' };
  const visibility = contentVisibility(source, facts.id, contestant.id, facts.teams.get(contestant.teamId)!.members);
  if (!visibility.visible) return { ...base, status: 'hidden', reason: visibility.reason };
  const scores = Object.fromEntries(file.criteria.map((c) => [c.criterionId, c.score]));
  const points = totalPoints(facts.pkg, scores, contestant.classId);
  return {
    ...base,
    status: 'shown',
    stage: file.stage,
    revision: file.revision,
    total: points.points,
    maxPoints: points.maxPoints,
    criteria: file.criteria.map(criterionScore),
    recommendation: file.team.recommendation,
  };
}

export function juryOverview(db: Db, roundId: string, source: IndependenceSource): { readonly overview: JuryOverview; readonly facts: RoundFacts } {
  const facts = roundFacts(db, roundId);
  if (!facts) throw new AppError('round-missing', 'Omgången finns inte på den här datorn. Importera omgångsfilen igen.');
  const files = teamFiles(db, roundId);
  const contestants = [...facts.contestants.values()];
  const codes = new Map(contestants.map((c, i) => [c.id, contestantCode(i)]));
  const classes: JuryClass[] = facts.pkg.classes
    .map((competitionClass) => {
      const rows = contestants
        .filter((c) => c.classId === competitionClass.id)
        .map((c) => row(facts, c, codes.get(c.id)!, files.get(c.id), source));
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
