/**
 * The calibration channels: which practice contestants of a training round
 * can be compared now, the comparison itself, and its kalibreringsrapport.
 * The gate is here in the core: before the user's individual assessment of
 * the contestant is submitted, nothing of the reference leaves it.
 */
import { basename, join } from 'node:path';
import type { Handlers } from '../../../shared/contract';
import type { CalibrationComparison, CalibrationEntry } from '../../../shared/contract/calibration';
import { AppError, appError } from '../../../shared/errors';
import { stockholmDate } from '../../../shared/format';
import type { CoreContext } from '../context';
import { loadReportFonts, type ReportFonts } from '../reports/fonts';
import { getRound } from '../rounds/model';
import { compareWithReference } from './compare';
import { calibrationFileName, renderCalibration } from './render';
import { referencedContestants, storedReference, submittedTrainee } from './stored';

export function comparisonFor(ctx: CoreContext, roundId: string, contestantId: string): CalibrationComparison {
  const db = ctx.store.db;
  const round = getRound(db, roundId);
  const contestant = round.contestants.get(contestantId);
  if (!contestant) throw appError('contestant-missing');
  const reference = storedReference(db, roundId, contestantId);
  if (!reference) {
    throw referencedContestants(db, round).length === 0 ? appError('calibration-not-training', { title: round.title }) : appError('calibration-no-reference', { name: contestant.name });
  }
  // The gate first: the reference is read only to compare with a submitted assessment.
  const trainee = submittedTrainee(db, round, contestantId);
  return compareWithReference({
    round: round.manifest,
    pkg: round.pkg,
    exampleMaterial: round.example,
    contestantId,
    trainee,
    reference: { sha256: reference.sha256, keyId: reference.file.signature.keyId, criteria: reference.file.criteria },
  });
}

export function calibrationHandlers(ctx: CoreContext) {
  let fonts: ReportFonts | undefined;
  return {
    'calibration:status': ({ roundId }) => {
      const db = ctx.store.db;
      const round = getRound(db, roundId);
      const entries: CalibrationEntry[] = referencedContestants(db, round).map((contestantId) => {
        let unavailable: string | null = null;
        try {
          submittedTrainee(db, round, contestantId);
        } catch (error) {
          if (!(error instanceof AppError)) throw error;
          unavailable = error.message;
        }
        return { contestantId, name: round.contestants.get(contestantId)!.name, unavailable };
      });
      return { training: entries.length > 0, entries };
    },
    'calibration:comparison': ({ roundId, contestantId }) => comparisonFor(ctx, roundId, contestantId),
    'calibration:create-report': async ({ roundId, contestantId }) => {
      const comparison = comparisonFor(ctx, roundId, contestantId);
      fonts ??= loadReportFonts(join(ctx.resourcesDir, 'fonts'));
      const rendered = await renderCalibration(comparison, stockholmDate(ctx.clock.now()), { fonts, now: ctx.clock.now() });
      const saved = await ctx.saveFile({ suggestedName: calibrationFileName(comparison), bytes: rendered.bytes, filterName: 'PDF-dokument', extensions: ['pdf'] });
      return saved ? { path: saved.path, fileName: basename(saved.path), pages: rendered.pages, warnings: rendered.warnings } : null;
    },
  } satisfies Partial<Handlers>;
}
