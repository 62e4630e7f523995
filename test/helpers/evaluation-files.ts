/**
 * A round's worth of files for the evaluation (issue 17), for the
 * övningsomgång: every examiner's individual files of both contestants (Anna's
 * Solrosen in two revisions, Cecilia's Solrosen late), both teams' consensus
 * (Solrosen's late) and Solrosen's site visit. Signed by each author's key.
 */
import type { AssessmentFileInput } from '../../electron/core/exchange/assessment-file';
import { lindgarden } from './reports/lindgarden';
import { solrosen } from './reports/solrosen';
import { individualFileInput, signed, teamFileInput, type ContestantSource } from './reports/source';

/** The team's consensus before the site visit: the scores the file had before it. */
export const beforeVisit = (source: ContestantSource): ContestantSource => ({
  ...source,
  stage: 'consensus',
  criteria: source.criteria.map(({ before, ...c }) => ({ ...c, score: before ?? c.score })),
});

export interface EvaluationFiles {
  /** By file name. */
  readonly files: Readonly<Record<string, Buffer>>;
  readonly consensus: { readonly solrosen: AssessmentFileInput; readonly lindgarden: AssessmentFileInput };
}

export function evaluationFiles(): EvaluationFiles {
  // Anna's first revision of Solrosen scored everything 0 and was replaced: only her second counts, but it was first exported on 10 September.
  const zero = { ...solrosen, criteria: solrosen.criteria.map((c) => ({ ...c, scores: [0, 0, 0] as const })) };
  const consensus = {
    solrosen: teamFileInput(beforeVisit(solrosen), { exportedAt: '2026-09-25T12:00:00.000Z' }),
    lindgarden: teamFileInput(lindgarden, { exportedAt: '2026-10-01T12:00:00.000Z' }),
  };
  const inputs: Record<string, AssessmentFileInput> = {
    'solrosen-al-r1.kvbedomning': individualFileInput(zero, 'AL', { revision: 1, exportedAt: '2026-09-10T08:00:00.000Z' }),
    'solrosen-al-r2.kvbedomning': individualFileInput(solrosen, 'AL', { revision: 2, exportedAt: '2026-09-16T08:00:00.000Z' }),
    'solrosen-bh.kvbedomning': individualFileInput(solrosen, 'BH'),
    // Cecilia is late: 16 September, after the deadline of the 15th (22:30 UTC on the 15th is the 16th in Stockholm).
    'solrosen-ce.kvbedomning': individualFileInput(solrosen, 'CE', { exportedAt: '2026-09-15T22:30:00.000Z' }),
    ...Object.fromEntries((['AL', 'BH', 'CE'] as const).map((initials) => [`lindgarden-${initials}.kvbedomning`, individualFileInput(lindgarden, initials)])),
    'solrosen-konsensus.kvbedomning': consensus.solrosen,
    'lindgarden-konsensus.kvbedomning': consensus.lindgarden,
    'solrosen-platsbesok.kvbedomning': teamFileInput(solrosen, { exportedAt: '2026-10-10T12:00:00.000Z' }),
  };
  return { files: Object.fromEntries(Object.entries(inputs).map(([name, input]) => [name, signed(input).bytes])), consensus };
}
