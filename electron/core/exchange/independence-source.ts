/**
 * Where the independence gate learns who I am in a round and whether I have
 * submitted my own individual assessment of a contestant: the scoring
 * workspace's tables. Once submitted, always shown — a reopened revision does
 * not unsee what was already seen.
 */
import type { Db } from '../db/open';
import { currentViewer } from '../rounds/identity';
import { plucked } from '../db/statements';
import type { CoreContext } from '../context';
import type { IndependenceSource } from './independence';

export function storeIndependenceSource(db: () => Db): IndependenceSource {
  return {
    viewer: (roundId) => {
      const viewer = currentViewer(db(), roundId);
      return viewer.kind === 'examiner' ? { kind: 'examiner', examinerId: viewer.examiner.id } : viewer;
    },
    isMyIndividualSubmitted: (roundId, contestantId) => {
      const viewer = currentViewer(db(), roundId);
      if (viewer.kind !== 'examiner') return false;
      const submitted = plucked(db(), 
        `SELECT 1 FROM assessments WHERE round_id = ? AND contestant_id = ? AND examiner_id = ? AND stage = 'individual'
            AND (submitted_at IS NOT NULL OR revision > 1)`,
      ).get(roundId, contestantId, viewer.examiner.id);
      return submitted !== undefined;
    },
  };
}

export function independenceSource(ctx: CoreContext): IndependenceSource {
  return storeIndependenceSource(() => ctx.store.db);
}
