/**
 * A synthetic round for the evaluation: 1 000 contestants in the sample
 * package's classes, 300 examiners in 75 teams of four, every examiner's
 * individual file (scores near a "true" score, ±1 step) and every team's
 * consensus — plain verified-file objects, no signatures, the same every run.
 * The evaluation's unit test and its bench share it.
 */
import type { Candidate } from '../../electron/core/reports/build';
import type { ConsensusCriterion } from '../../shared/domain/assessment';
import type { UnsignedAssessmentFile } from '../../shared/formats/assessment-file';
import type { CriteriaPackage } from '../../shared/formats/criteria-package';
import type { RoundManifest } from '../../shared/formats/round';

/** A deterministic stream of numbers in [0, 1). */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

const header = (round: RoundManifest, pkg: CriteriaPackage) => ({
  format: 'examinator.assessment' as const,
  formatVersion: 1 as const,
  round: { id: round.round.id },
  criteriaPackage: { id: pkg.id, revision: pkg.revision, sha256: 'a'.repeat(64) },
  includesPrivateNotes: false,
  changeLog: null,
});

export function individualCandidate(
  round: RoundManifest,
  pkg: CriteriaPackage,
  contestant: string,
  examiner: string,
  scores: Readonly<Record<string, number | null>>,
  options: { readonly revision?: number; readonly exportedAt?: string } = {},
): Candidate {
  const file: UnsignedAssessmentFile = {
    ...header(round, pkg),
    contestant: { id: contestant },
    stage: 'individual',
    author: { examinerId: examiner, name: examiner, publicKey: '' },
    revision: options.revision ?? 1,
    exportedAt: options.exportedAt ?? '2026-09-10T10:00:00.000Z',
    criteria: Object.entries(scores).map(([criterionId, score]) => ({ criterionId, score, attributes: {}, strengths: [], improvements: [], siteVisitQuestions: [] })),
  };
  return { name: `${contestant}-${examiner}-r${file.revision}`, file, contentSha256: `${contestant}-${examiner}-${file.revision}-${JSON.stringify(scores)}` };
}

export function teamCandidate(round: RoundManifest, pkg: CriteriaPackage, contestant: string, lead: string, criteria: ConsensusCriterion[]): Candidate {
  const file: UnsignedAssessmentFile = {
    ...header(round, pkg),
    contestant: { id: contestant },
    stage: 'consensus',
    author: { examinerId: lead, name: lead, publicKey: '' },
    revision: 1,
    exportedAt: '2026-09-20T10:00:00.000Z',
    criteria,
    team: { recommendation: { siteVisit: null, nomination: null, citation: '' }, summary: '', sources: [] },
  };
  return { name: `${contestant}-konsensus`, file, contentSha256: `${contestant}-konsensus` };
}

export const SYNTHETIC = { contestants: 1000, examiners: 300, teams: 75 } as const;

/** The sample round grown to 1 000 contestants and 300 examiners, with every file. */
export function syntheticRound(sample: { readonly round: RoundManifest; readonly pkg: CriteriaPackage }): { round: RoundManifest; candidates: Candidate[] } {
  const { pkg } = sample;
  const next = random(20_261_206);
  const examiners = Array.from({ length: SYNTHETIC.examiners }, (_, i) => ({ ...sample.round.examiners[0]!, id: `e-${i}`, name: `Examinator ${i}` }));
  const contestants = Array.from({ length: SYNTHETIC.contestants }, (_, i) => ({ ...sample.round.contestants[0]!, id: `c-${i}`, class: pkg.classes[i % pkg.classes.length]!.id }));
  const teams = Array.from({ length: SYNTHETIC.teams }, (_, t) => ({
    id: `lag-${t}`,
    lead: `e-${t * 4}`,
    members: [0, 1, 2, 3].map((m) => `e-${t * 4 + m}`),
    contestants: contestants.filter((_, i) => i % SYNTHETIC.teams === t).map((c) => c.id),
  }));
  const round: RoundManifest = { ...sample.round, examiners, contestants, teams };
  const ids = pkg.areas.flatMap((a) => a.criteria.map((c) => c.id));
  const candidates: Candidate[] = [];
  for (const team of teams) {
    for (const contestant of team.contestants) {
      const truth = Object.fromEntries(ids.map((id) => [id, Math.floor(next() * 8) + 1]));
      const given = team.members.map((member) => {
        const scores = Object.fromEntries(ids.map((id) => [id, 10 * Math.max(0, Math.min(10, truth[id]! + Math.floor(next() * 3) - 1))]));
        candidates.push(individualCandidate(round, pkg, contestant, member, scores));
        return { examinerId: member, scores };
      });
      const criteria = ids.map((id) => ({
        criterionId: id,
        score: 10 * truth[id]!,
        attributes: {},
        strengths: [],
        improvements: [],
        siteVisitQuestions: [],
        individualScores: given.map((g) => ({ examinerId: g.examinerId, score: g.scores[id]! })),
        rationale: '',
        discussed: false,
      }));
      candidates.push(teamCandidate(round, pkg, contestant, team.lead, criteria));
    }
  }
  return { round, candidates };
}
