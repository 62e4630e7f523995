/**
 * Whether a valid, signed assessment file belongs on this computer: its round,
 * criteria package, contestant and author, and content that fits the package
 * and the contestant's documents. A contestant taking part only in prizes has
 * files too (aspects only). Each refusal names what differs.
 */
import { appError } from '../../../shared/errors';
import type { AssessmentFile } from '../../../shared/formats/assessment-file';
import { assessmentContentProblem } from '../rounds/assessment-content';
import type { ContestantFacts, RoundFacts, TeamFacts } from '../rounds/model';

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
  const problem = assessmentContentProblem(file, facts, contestant, team);
  if (problem) throw appError('assessment-content', { problem });
  return { round: facts, contestant, team, examinerName: examiner.name };
}
