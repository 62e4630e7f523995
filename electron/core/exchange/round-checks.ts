/**
 * Whether a valid, signed assessment file belongs on this computer: its round,
 * criteria package, contestant and author, and content that fits the package
 * and the contestant's documents. Each refusal names what differs.
 */
import type { ConsensusCriterion, CriterionAssessment } from '../../../shared/domain/assessment';
import { appError } from '../../../shared/errors';
import { formatNumber } from '../../../shared/format';
import type { AssessmentFile } from '../../../shared/formats/assessment-file';
import type { Scale } from '../../../shared/formats/criteria-package';
import { applicableCriteria, scaleOf } from '../../../shared/scoring/points';
import { isValidScore } from '../../../shared/scoring/scale';
import { scoredClass, type ContestantFacts, type RoundFacts, type TeamFacts } from '../rounds/model';

const short = (sha: string) => `${sha.slice(0, 8)}…`;

export interface CheckedPlace {
  readonly round: RoundFacts;
  readonly contestant: ContestantFacts;
  readonly team: TeamFacts;
  readonly examinerName: string;
}

/** `facts` is null when the file's round is not here; `roundTitles` names the rounds that are. */
export function checkAgainstRound(file: AssessmentFile, facts: RoundFacts | null, roundTitles: readonly string[]): CheckedPlace {
  if (!facts) {
    const here = roundTitles.length > 0 ? ` Här finns: ${roundTitles.map((t) => `"${t}"`).join(', ')}.` : '';
    throw appError('assessment-round-missing', { id: file.round.id, here });
  }
  const pkg = file.criteriaPackage;
  if (pkg.id !== facts.packageId || pkg.revision !== facts.packageRevision || pkg.sha256 !== facts.packageSha256) {
    throw appError('assessment-other-package', { id: pkg.id, revision: pkg.revision, packageHash: short(pkg.sha256), title: facts.title, packageId: facts.packageId, packageRevision: facts.packageRevision, roundPackageHash: short(facts.packageSha256) });
  }
  const contestant = facts.contestants.get(file.contestant.id);
  if (!contestant) {
    throw appError('assessment-unknown-contestant', { id: file.contestant.id, title: facts.title });
  }
  scoredClass(contestant);
  const author = file.author;
  const examiner = facts.examiners.get(author.examinerId);
  if (!examiner) {
    throw appError('assessment-unknown-examiner', { examinerId: author.examinerId, name: author.name, title: facts.title });
  }
  const team = facts.teams.get(contestant.teamId)!;
  if (!team.members.has(examiner.id)) {
    throw appError('assessment-not-in-team', { name: examiner.name, id: examiner.id, teamId: team.id, contestantName: contestant.name });
  }
  if (file.stage !== 'individual' && team.leadId !== examiner.id) {
    const lead = facts.examiners.get(team.leadId)?.name ?? team.leadId;
    throw appError('assessment-not-lead', { name: contestant.name, lead, examinerName: examiner.name });
  }
  const problem = contentProblem(file, facts, contestant, team);
  if (problem) throw appError('assessment-content', { problem });
  return { round: facts, contestant, team, examinerName: examiner.name };
}

function scoreProblem(scale: Scale, score: number | null, what: string): string | null {
  if (score === null || isValidScore(scale, score)) return null;
  return `${what} ${formatNumber(score, 4)} är inte giltig på skalan ${formatNumber(scale.min, 4)}–${formatNumber(scale.max, 4)} med steg ${formatNumber(scale.step, 4)}`;
}

function contentProblem(file: AssessmentFile, facts: RoundFacts, contestant: ContestantFacts, team: TeamFacts): string | null {
  const applicable = new Map(applicableCriteria(facts.pkg, scoredClass(contestant)).map((c) => [c.id, c]));
  const known = new Set(applicableCriteria(facts.pkg).map((c) => c.id));
  const notInTeam = (id: string) => !team.members.has(id);
  for (const criterion of file.criteria as readonly (CriterionAssessment | ConsensusCriterion)[]) {
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
      ...[...criterion.strengths, ...criterion.improvements].flatMap((comment) => [
        ...comment.evidence
          .filter((anchor) => !contestant.documents.has(anchor.documentSha256))
          .map((anchor) => `${at}: ett belägg pekar på ett dokument (${short(anchor.documentSha256)}) som inte hör till ${contestant.name}`),
        ...(comment.sources ?? []).filter((s) => notInTeam(s.examinerId)).map((s) => `${at}: en sammanslagen kommentar kommer från ${s.examinerId}, som inte ingår i teamet`),
      ]),
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
  if (file.stage !== 'individual') {
    const stranger = file.team.sources.find((s) => notInTeam(s.examinerId));
    if (stranger) return `underlaget från ${stranger.examinerId} kommer från någon som inte ingår i teamet`;
  }
  return null;
}
