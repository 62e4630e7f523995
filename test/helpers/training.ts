/**
 * A training round for tests: the övningsomgång with a reference assessment
 * (facit) for Förskolan Solrosen, signed with the example key as the round is.
 */
import { buildAssessmentFile } from '../../electron/core/exchange/assessment-file';
import { readRoundBundle } from '../../electron/core/rounds/round-bundle-read';
import { roundFactsFromManifest, type RoundFacts } from '../../electron/core/rounds/model';
import type { ConsensusCriterion } from '../../shared/domain/assessment';
import { bundleBytes, examplePrivateKey, exampleTrust } from './bundle-bytes';
import { individualCriteria, SOLROSEN } from './assessment-content';
import { samplePath } from './samples';

export const REFERENCE_PATH = 'reference/forskolan-solrosen.kvbedomning';

export async function sampleFacts(): Promise<RoundFacts> {
  const verified = await readRoundBundle(samplePath.round, exampleTrust());
  return roundFactsFromManifest(verified.manifest, verified.criteria, true);
}

/** The reference's criteria: every criterion of Solrosen's class scored (seed varies the scores), one strength and improvement area each with evidence. */
export function referenceCriteria(facts: RoundFacts, seed = 3): ConsensusCriterion[] {
  return individualCriteria(facts, SOLROSEN, seed).map((c) => ({
    ...c,
    strengths: c.strengths.map((s) => ({ ...s, text: `Facit: ${s.text}` })),
    improvements: c.improvements.map((s) => ({ ...s, text: `Facit: ${s.text}` })),
    individualScores: [],
    rationale: `Facit motiverar ${c.criterionId}.`,
    discussed: true,
  }));
}

export function referenceBytes(facts: RoundFacts, criteria = referenceCriteria(facts)): Buffer {
  return buildAssessmentFile(
    {
      roundId: facts.id,
      criteriaPackage: { id: facts.packageId, revision: facts.packageRevision, sha256: facts.packageSha256 },
      contestantId: SOLROSEN,
      stage: 'consensus',
      author: { examinerId: 'facit', name: 'Stadsledningskontoret' },
      revision: 1,
      exportedAt: '2026-08-01T10:00:00.000Z',
      includesPrivateNotes: false,
      criteria,
      team: { recommendation: { siteVisit: false, nomination: 'none', citation: '' }, summary: 'Facit för övningen.', sources: [] },
      changeLog: null,
    },
    examplePrivateKey(),
  ).bytes;
}

/** The övningsomgång as a training round with a reference for Solrosen. */
export async function trainingBundleBytes(facts: RoundFacts): Promise<Buffer> {
  return bundleBytes({
    editRound: (round) => void Object.assign(round, { training: { references: [{ contestant: SOLROSEN, path: REFERENCE_PATH }] } }),
    references: { [REFERENCE_PATH]: referenceBytes(facts) },
  });
}

