/**
 * Assessment content and signed files for tests and benches: plain Node, no
 * vitest (the benches run without it). Built with the app's own builder.
 */
import { generateKeyPairSync, randomUUID, type KeyObject } from 'node:crypto';
import { buildAssessmentFile, type AssessmentFileInput } from '../../electron/core/exchange/assessment-file';
import type { RoundFacts } from '../../electron/core/rounds/model';
import type { Comment, ConsensusCriterion, CriterionAssessment } from '../../shared/domain/assessment';
import type { PrizeAssessment } from '../../shared/formats/assessment-file';
import { applicableCriteria } from '../../shared/scoring/points';

export const ROUND = 'ku-2026-ovning';
export const SOLROSEN = 'c-solrosen';
export const LINDGARDEN = 'c-lindgarden';
export const EXAMINERS = ['e-anna', 'e-bilal', 'e-cecilia'] as const;
export const LEAD = 'e-anna';
export const NAMES: Record<string, string> = { 'e-anna': 'Anna Lind', 'e-bilal': 'Bilal Haddad', 'e-cecilia': 'Cecilia Ek', 'e-david': 'David Berg', 'e-erik': 'Erik Holm' };

export const newKey = (): KeyObject => generateKeyPairSync('ed25519').privateKey;

const comment = (text: string, document: string, page: number): Comment => ({
  id: randomUUID(),
  text,
  evidence: [{ documentSha256: document, page, quote: `Citat ${page}` }],
});

/** Valid content for every criterion of the contestant's class (none for a prize-only contestant): `seed` varies the scores. */
export function individualCriteria(facts: RoundFacts, contestantId: string, seed = 0, comments = 1): CriterionAssessment[] {
  const contestant = facts.contestants.get(contestantId)!;
  const [document] = [...contestant.documents];
  if (contestant.classId === null) return [];
  return applicableCriteria(facts.pkg, contestant.classId).map((criterion, i) => ({
    criterionId: criterion.id,
    score: ((i + seed) % 11) * 10,
    attributes: {},
    strengths: Array.from({ length: comments }, (_, k) => comment(`Styrka ${k + 1} för ${criterion.id}`, document!, k + 1)),
    improvements: Array.from({ length: comments }, (_, k) => comment(`Förbättringsområde ${k + 1} för ${criterion.id}`, document!, k + 2)),
    siteVisitQuestions: [],
  }));
}

/** A team's consensus built from individual criteria (agreed score = the first member's). */
export function consensusCriteria(members: Record<string, CriterionAssessment[]>): ConsensusCriterion[] {
  const [first] = Object.values(members);
  return first!.map((criterion, i) => ({
    ...criterion,
    individualScores: Object.entries(members).map(([examinerId, list]) => ({ examinerId, score: list[i]!.score })),
    rationale: 'Teamet enades efter diskussion.',
    discussed: true,
  }));
}

/** Valid written aspects of every prize the contestant enters, in the round's order (`prize:`-free, as the file carries them). */
export function prizeAssessments(facts: RoundFacts, contestantId: string): PrizeAssessment[] {
  const contestant = facts.contestants.get(contestantId)!;
  const [document] = [...contestant.documents];
  return facts.prizes
    .filter((prize) => contestant.prizes.includes(prize.id))
    .map((prize) => ({
      prizeId: prize.id,
      aspects: prize.aspects.map((aspect, i) => ({
        aspectId: aspect.id,
        strengths: [comment(`Styrka för ${aspect.title}`, document!, i + 1)],
        improvements: [comment(`Förbättringsområde för ${aspect.title}`, document!, i + 2)],
        siteVisitQuestions: [],
      })),
    }));
}

/** The lead's consensus about the contestant: criteria from the lead's own content, every prize's aspects with the first strength merged from Bilal's. */
export function prizeTeamFile(facts: RoundFacts, contestantId = SOLROSEN): Partial<AssessmentFileInput> {
  const prizes = prizeAssessments(facts, contestantId);
  for (const aspect of prizes.flatMap((p) => p.aspects)) aspect.strengths[0]!.sources = [{ commentId: aspect.strengths[0]!.id, examinerId: 'e-bilal', initials: 'BH' }];
  return {
    contestantId,
    stage: 'consensus',
    author: { examinerId: LEAD, name: NAMES[LEAD]! },
    criteria: consensusCriteria({ [LEAD]: individualCriteria(facts, contestantId) }),
    prizes,
    team: { recommendation: { siteVisit: false, nomination: null, citation: '' }, summary: 'Sammanfattning', sources: [] },
  };
}

export type FileOptions = Partial<AssessmentFileInput> & { readonly key?: KeyObject };

export function assessmentInput(facts: RoundFacts, options: FileOptions = {}): AssessmentFileInput {
  const examinerId = options.author?.examinerId ?? 'e-bilal';
  const contestantId = options.contestantId ?? SOLROSEN;
  return {
    roundId: facts.id,
    criteriaPackage: { id: facts.packageId, revision: facts.packageRevision, sha256: facts.packageSha256 },
    contestantId,
    stage: 'individual',
    author: { examinerId, name: NAMES[examinerId] ?? examinerId },
    revision: 1,
    exportedAt: '2026-09-10T12:00:00.000Z',
    includesPrivateNotes: false,
    criteria: individualCriteria(facts, contestantId),
    changeLog: { entries: 12, finalHash: 'c'.repeat(64) },
    ...options,
  };
}

export function assessmentBytes(facts: RoundFacts, options: FileOptions = {}): Buffer {
  return buildAssessmentFile(assessmentInput(facts, options), options.key ?? newKey()).bytes;
}
