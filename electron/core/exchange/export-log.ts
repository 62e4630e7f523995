/**
 * Saving an assessment's hash-chained change log as a JSON file that anyone
 * can verify on its own (`examinator assessment verify-log`). Private notes'
 * texts are left out unless the author includes them; the chain still
 * verifies, because each entry's hash covers the digests of its values.
 */
import { basename } from 'node:path';
import type { SavedExport } from '../../../shared/contract/exchange';
import { assertAuthor, exportLog, getAssessment } from '../assessments';
import type { CoreContext } from '../context';
import { safeFileName } from '../safe-file-name';
import { nameSlug } from './export';
import { getRound } from '../rounds/model';

export async function exportChangeLog(ctx: CoreContext, assessmentId: string, includePrivateNotes: boolean): Promise<SavedExport | null> {
  const db = ctx.store.db;
  const assessment = getAssessment(db, assessmentId);
  assertAuthor(db, assessment);
  const facts = getRound(db, assessment.roundId);
  const log = exportLog(db, assessmentId, { includePrivateNotes, exportedAt: ctx.clock.now().toISOString() });
  const contestant = facts.contestants.get(assessment.contestantId)?.name ?? assessment.contestantId;
  const examiner = facts.examiners.get(assessment.examinerId)?.name ?? assessment.examinerId;
  const stage = { individual: 'individuell', consensus: 'konsensus', 'site-visit': 'platsbesok' }[assessment.stage];
  const suggestedName = safeFileName(`${facts.year}-${nameSlug(contestant)}-${stage}-${nameSlug(examiner)}-andringslogg.json`, 'andringslogg.json');
  const bytes = Buffer.from(`${JSON.stringify(log, null, 2)}\n`, 'utf8');
  const saved = await ctx.saveFile({ suggestedName, bytes, filterName: 'Ändringslogg (JSON)', extensions: ['json'] });
  return saved ? { path: saved.path, fileName: basename(saved.path) } : null;
}
