/**
 * Whether an assessment file's content fits its round: criteria of the
 * contestant's class (none for a contestant taking part only in prizes), valid
 * scores and attribute ratings, aspects of the prizes the contestant enters,
 * evidence in the contestant's own documents, and individual scores and merged
 * comments only from the team. Used by the exchange's import and by a training
 * round's references (whose "team" is nobody). A file without `prizes` (from
 * before prizes) fits: its aspects are simply not written.
 */
import type { Comment, ConsensusCriterion, CriterionAssessment } from '../../../shared/domain/assessment';
import { formatNumber } from '../../../shared/format';
import type { AssessmentFile, PrizeAssessment } from '../../../shared/formats/assessment-file';
import type { Scale } from '../../../shared/formats/criteria-package';
import { applicableCriteria, scaleOf } from '../../../shared/scoring/points';
import { isValidScore } from '../../../shared/scoring/scale';
import type { ContestantFacts, RoundFacts, TeamFacts } from './model';

const short = (sha: string) => `${sha.slice(0, 8)}…`;

function scoreProblem(scale: Scale, score: number | null, what: string): string | null {
  if (score === null || isValidScore(scale, score)) return null;
  return `${what} ${formatNumber(score, 4)} är inte giltig på skalan ${formatNumber(scale.min, 4)}–${formatNumber(scale.max, 4)} med steg ${formatNumber(scale.step, 4)}`;
}

/** Evidence only in the contestant's documents, merged comments only from the team; `at` names the criterion or aspect. */
function commentProblems(comments: readonly Comment[], at: string, contestant: ContestantFacts, team: TeamFacts): string[] {
  return comments.flatMap((comment) => [
    ...comment.evidence
      .filter((anchor) => !contestant.documents.has(anchor.documentSha256))
      .map((anchor) => `${at}: ett belägg pekar på ett dokument (${short(anchor.documentSha256)}) som inte hör till ${contestant.name}`),
    ...(comment.sources ?? []).filter((s) => !team.members.has(s.examinerId)).map((s) => `${at}: en sammanslagen kommentar kommer från ${s.examinerId}, som inte ingår i teamet`),
  ]);
}

function criteriaProblem(file: AssessmentFile, facts: RoundFacts, contestant: ContestantFacts, team: TeamFacts): string | null {
  const criteria = file.criteria as readonly (CriterionAssessment | ConsensusCriterion)[];
  if (contestant.classId === null) {
    const [first] = criteria;
    return first ? `kriteriet ${first.criterionId}: ${contestant.name} tävlar bara om priser och har inga poängsatta kriterier` : null;
  }
  const applicable = new Map(applicableCriteria(facts.pkg, contestant.classId).map((c) => [c.id, c]));
  const known = new Set(applicableCriteria(facts.pkg).map((c) => c.id));
  const notInTeam = (id: string) => !team.members.has(id);
  for (const criterion of criteria) {
    const at = `kriteriet ${criterion.criterionId}`;
    const definition = applicable.get(criterion.criterionId);
    if (!definition) {
      return known.has(criterion.criterionId)
        ? `${at} gäller inte tävlingsklassen för ${contestant.name}`
        : `${at} finns inte i kriteriepaketet ${facts.packageId}`;
    }
    const scale = scaleOf(facts.pkg, definition);
    const scaleAttributes = new Set((scale.attributes ?? []).map((a) => a.id));
    const problems = [
      scoreProblem(scale, criterion.score, `${at}: poängen`),
      ...Object.entries(criterion.attributes).map(([id, rating]) =>
        scaleAttributes.has(id) ? scoreProblem(scale, rating, `${at}: attributet ${id} har värdet`) : `${at}: attributet ${id} finns inte på skalan ${scale.id}`,
      ),
      ...commentProblems([...criterion.strengths, ...criterion.improvements], at, contestant, team),
    ];
    if ('individualScores' in criterion) {
      for (const entry of criterion.individualScores) {
        problems.push(notInTeam(entry.examinerId) ? `${at}: ${entry.examinerId} har en individuell poäng men ingår inte i teamet` : null);
        problems.push(scoreProblem(scale, entry.score, `${at}: ${entry.examinerId}s poäng`));
      }
      if (criterion.siteVisit) {
        problems.push(scoreProblem(scale, criterion.siteVisit.scoreBefore, `${at}: poängen före platsbesöket`));
        problems.push(scoreProblem(scale, criterion.siteVisit.scoreAfter, `${at}: poängen efter platsbesöket`));
      }
    }
    const first = problems.find((p) => p !== null);
    if (first) return first;
  }
  return null;
}

/** Only prizes of the round the contestant enters and aspects those prizes have (all named first), then each aspect's comments. */
function prizesProblem(prizes: readonly PrizeAssessment[], facts: RoundFacts, contestant: ContestantFacts, team: TeamFacts): string | null {
  const written: { readonly at: string; readonly comments: readonly Comment[] }[] = [];
  for (const entry of prizes) {
    const prize = facts.prizes.find((p) => p.id === entry.prizeId);
    if (!prize) return `priset ${entry.prizeId} finns inte i omgången`;
    if (!contestant.prizes.includes(prize.id)) return `${contestant.name} tävlar inte om priset ${prize.title}`;
    for (const { aspectId, strengths, improvements } of entry.aspects) {
      const aspect = prize.aspects.find((a) => a.id === aspectId);
      if (!aspect) return `priset ${prize.title}: aspekten ${aspectId} finns inte i priset`;
      written.push({ at: `priset ${prize.title}, aspekten ${aspect.title}`, comments: [...strengths, ...improvements] });
    }
  }
  return written.flatMap(({ at, comments }) => commentProblems(comments, at, contestant, team))[0] ?? null;
}

/** The first way the file's content does not fit the package, the round's prizes, the contestant's documents and the team; null when it fits. */
export function assessmentContentProblem(file: AssessmentFile, facts: RoundFacts, contestant: ContestantFacts, team: TeamFacts): string | null {
  const problem = criteriaProblem(file, facts, contestant, team) ?? prizesProblem(file.prizes ?? [], facts, contestant, team);
  if (problem) return problem;
  if (file.stage !== 'individual') {
    const stranger = file.team.sources.find((s) => !team.members.has(s.examinerId));
    if (stranger) return `underlaget från ${stranger.examinerId} kommer från någon som inte ingår i teamet`;
  }
  return null;
}
