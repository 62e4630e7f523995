/**
 * The calibration overview in the app, for stadsledningskontoret: every
 * trainee's newest individual file received on this computer, compared with
 * the training round's reference for its contestant, then pooled by
 * `calibrationOverview` as `examinator report kalibrering --assessments` pools a folder.
 */
import { basename, join } from 'node:path';
import type { Handlers } from '../../../shared/contract';
import type { CalibrationComparison, CalibrationOverview } from '../../../shared/contract/calibration';
import { appError } from '../../../shared/errors';
import { stockholmDate } from '../../../shared/format';
import type { CoreContext } from '../context';
import { receivedFile } from '../exchange/received-file';
import { allReceived } from '../exchange/received-store';
import { loadReportFonts, type ReportFonts } from '../reports/fonts';
import { currentViewer } from '../rounds/identity';
import { getRound } from '../rounds/model';
import { compareWithReference } from './compare';
import { calibrationOverview } from './overview';
import { renderCalibrationOverview } from './render';
import { referencedContestants, storedReference } from './stored';

function receivedComparisons(ctx: CoreContext, roundId: string): CalibrationComparison[] {
  const db = ctx.store.db;
  const round = getRound(db, roundId);
  const referenced = new Set(referencedContestants(db, round));
  if (referenced.size === 0) throw appError('calibration-not-training', { title: round.title });
  // Oldest first per slot: the last one kept is the newest revision.
  const newest = new Map(allReceived(db, roundId).filter((s) => s.stage === 'individual' && referenced.has(s.contestantId)).map((s) => [`${s.contestantId}/${s.examinerId}`, s]));
  return [...newest.values()].map((slot) => {
    const { file } = receivedFile(db, slot, slot.revision);
    const reference = storedReference(db, roundId, slot.contestantId)!;
    return compareWithReference({
      round: round.manifest,
      pkg: round.pkg,
      exampleMaterial: round.example,
      contestantId: slot.contestantId,
      trainee: { examinerId: file.author.examinerId, name: file.author.name, revision: file.revision, submittedAt: file.exportedAt, criteria: file.stage === 'individual' ? file.criteria : [] },
      reference: { sha256: reference.sha256, keyId: reference.file.signature.keyId, criteria: reference.file.criteria },
    });
  });
}

export function calibrationOfficeHandlers(ctx: CoreContext) {
  let fonts: ReportFonts | undefined;
  const overview = ({ roundId, names }: { roundId: string; names: boolean }): CalibrationOverview => {
    const round = getRound(ctx.store.db, roundId);
    if (currentViewer(ctx.store.db, roundId).kind !== 'office') throw appError('calibration-overview-not-office');
    return calibrationOverview(round.manifest, receivedComparisons(ctx, roundId), names, stockholmDate(ctx.clock.now()), round.example);
  };
  return {
    'calibration:overview': (args) => overview(args),
    'calibration:create-overview': async (args) => {
      const model = overview(args);
      const rendered = await renderCalibrationOverview(model, { fonts: (fonts ??= loadReportFonts(join(ctx.resourcesDir, 'fonts'))), now: ctx.clock.now() });
      const saved = await ctx.saveFile({ suggestedName: `kalibrering-oversikt-${model.round.id}.pdf`, bytes: rendered.bytes, filterName: 'PDF-dokument', extensions: ['pdf'] });
      return saved ? { path: saved.path, fileName: basename(saved.path), pages: rendered.pages, warnings: rendered.warnings } : null;
    },
  } satisfies Partial<Handlers>;
}
