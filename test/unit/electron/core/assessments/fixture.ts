/** A test core with the övningsomgång imported, for the assessment tests. */
import type { Db } from '../../../../../electron/core/db/open';
import type { AssessmentRecord } from '../../../../../electron/core/assessments/repository';
import { createAssessment } from '../../../../../electron/core/assessments/create';
import { call, testCore } from '../../../../helpers/core';

export const ROUND = 'ku-2026-ovning';
export const SOLROSEN = 'c-solrosen';
export const LINDGARDEN = 'c-lindgarden';

export async function exerciseCore(options: Parameters<typeof testCore>[0] = {}) {
  const core = testCore(options);
  await call(core, 'round:open-exercise', {});
  return core;
}

export async function draftOf(examinerId = 'e-anna', contestantId = SOLROSEN): Promise<{ core: Awaited<ReturnType<typeof exerciseCore>>; db: Db; assessment: AssessmentRecord }> {
  const core = await exerciseCore();
  const db = core.context.store.db;
  const assessment = createAssessment(db, { roundId: ROUND, contestantId, examinerId, stage: 'individual', at: '2026-09-01T08:00:00.000Z' });
  return { core, db, assessment };
}
