/**
 * The evaluation in the app: stadsledningskontoret's screen reads the same
 * model as `examinator report utvardering`, built from every file received
 * here (each verified on import and again when read), and saves the same PDF
 * and workbook through a save dialog.
 */
import { basename, join } from 'node:path';
import type { Handlers } from '../../../shared/contract';
import { appError } from '../../../shared/errors';
import { stockholmDate } from '../../../shared/format';
import type { EvaluationModel } from '../../../shared/evaluation/model';
import type { CoreContext } from '../context';
import { receivedFile } from '../exchange/received-file';
import { allReceived } from '../exchange/received-store';
import type { Candidate } from '../reports/build';
import { loadReportFonts, type ReportFonts } from '../reports/fonts';
import { currentViewer } from '../rounds/identity';
import { getRound } from '../rounds/model';
import { evaluateRound } from './evaluate';
import { renderEvaluation } from './render';
import { evaluationWorkbook } from './workbook';

/** Every received revision of the round as the evaluation's candidates. */
function receivedCandidates(ctx: CoreContext, roundId: string): Candidate[] {
  return allReceived(ctx.store.db, roundId).map((slot) => {
    const read = receivedFile(ctx.store.db, slot, slot.revision);
    return { name: `${slot.examinerId}/${slot.contestantId}/${slot.stage} r${slot.revision}`, file: read.file, contentSha256: read.contentSha256, signed: { sha256: read.sha256, keyId: read.keyId } };
  });
}

export function evaluationHandlers(ctx: CoreContext) {
  let fonts: ReportFonts | undefined;
  const evaluation = ({ roundId, names }: { roundId: string; names: boolean }): EvaluationModel => {
    const facts = getRound(ctx.store.db, roundId);
    if (currentViewer(ctx.store.db, roundId).kind !== 'office') throw appError('evaluation-not-office');
    return evaluateRound({
      round: facts.manifest,
      pkg: facts.pkg,
      exampleMaterial: facts.example,
      candidates: receivedCandidates(ctx, roundId),
      namesShown: names,
      reportDate: stockholmDate(ctx.clock.now()),
    });
  };
  const fileName = (model: EvaluationModel, extension: string) => `utvardering-${model.round.id}${model.namesShown ? '-med-namn' : ''}.${extension}`;
  return {
    'evaluation:view': (args) => evaluation(args),
    'evaluation:create-pdf': async (args) => {
      const model = evaluation(args);
      const rendered = await renderEvaluation(model, { fonts: (fonts ??= loadReportFonts(join(ctx.resourcesDir, 'fonts'))), now: ctx.clock.now() });
      const saved = await ctx.saveFile({ suggestedName: fileName(model, 'pdf'), bytes: rendered.bytes, filterName: 'PDF-dokument', extensions: ['pdf'] });
      return saved ? { path: saved.path, fileName: basename(saved.path), pages: rendered.pages, warnings: rendered.warnings } : null;
    },
    'evaluation:create-xlsx': async (args) => {
      const model = evaluation(args);
      const saved = await ctx.saveFile({ suggestedName: fileName(model, 'xlsx'), bytes: await evaluationWorkbook(model), filterName: 'Excel-arbetsbok', extensions: ['xlsx'] });
      return saved ? { path: saved.path, fileName: basename(saved.path) } : null;
    },
  } satisfies Partial<Handlers>;
}
