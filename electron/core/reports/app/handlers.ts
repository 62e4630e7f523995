import { randomUUID } from 'node:crypto';
import { basename, join } from 'node:path';
import type { Handlers } from '../../../../shared/contract';
import { appError } from '../../../../shared/errors';
import { stockholmDate } from '../../../../shared/format';
import type { CoreContext } from '../../context';
import { installationIdentity } from '../../exchange/identity';
import type { IndependenceSource } from '../../exchange/independence';
import { independenceSource } from '../../exchange/independence-source';
import { saveToFolder } from '../../save-to-folder';
import { aterforingDocx } from '../docx/aterforing';
import { prisaterforingDocx } from '../docx/prisaterforing';
import { loadReportFonts, type ReportFonts } from '../fonts';
import { renderReport } from '../render';
import { catalog, plan } from './catalog';
import { heldDecisions } from '../../jury/received';
import { reportInputs } from './inputs';

export function reportHandlers(ctx: CoreContext, gate: IndependenceSource = independenceSource(ctx)) {
  const folders = new Map<string, string>();
  let fonts: ReportFonts | undefined;
  const renderOptions = () => ({ fonts: (fonts ??= loadReportFonts(join(ctx.resourcesDir, 'fonts'))), now: ctx.clock.now() });
  const inputs = async (roundId: string) => ({
    ...reportInputs(ctx.store.db, roundId, gate, await installationIdentity(ctx.secrets)),
    decisions: heldDecisions(ctx, roundId),
  });
  const today = () => stockholmDate(ctx.clock.now());
  return {
    'report:list': async ({ roundId }) => {
      const found = await inputs(roundId);
      return { roundId, roundTitle: found.facts.title, exampleMaterial: found.facts.example, items: catalog(found) };
    },
    'report:preview': async ({ roundId, item, options }) => {
      const { job } = plan(await inputs(roundId), item, options, today());
      const rendered = await renderReport(job, renderOptions());
      return { base64: rendered.bytes.toString('base64'), pages: rendered.pages, warnings: rendered.warnings };
    },
    'report:choose-folder': async () => {
      const path = await ctx.chooseFolder();
      if (!path) return null;
      const folderId = randomUUID();
      folders.set(folderId, path);
      return { folderId, path };
    },
    'report:create-word': async ({ roundId, contestantId, prizeId }) => {
      const ref = prizeId === undefined ? ({ kind: 'aterforing', contestantId } as const) : ({ kind: 'prisaterforing', contestantId, prizeId } as const);
      const { job, fileName } = plan(await inputs(roundId), ref, { appendix: false, anonymous: false, meeting: 'final' }, today());
      if (job.kind !== 'aterforing' && job.kind !== 'prisaterforing') throw appError('report-docx-only');
      const bytes = job.kind === 'aterforing' ? await aterforingDocx(job.model) : await prisaterforingDocx(job.model);
      const saved = await ctx.saveFile({ suggestedName: fileName.replace(/\.pdf$/, '.docx'), bytes, filterName: 'Word-dokument', extensions: ['docx'] });
      return saved ? { path: saved.path, fileName: basename(saved.path) } : null;
    },
    'report:create': async ({ roundId, item, options, folderId }) => {
      const planned = plan(await inputs(roundId), item, options, today());
      const rendered = await renderReport(planned.job, renderOptions());
      let save = ctx.saveFile;
      if (folderId !== undefined) {
        const folder = folders.get(folderId);
        if (!folder) throw appError('folder-unknown');
        save = saveToFolder(folder);
      }
      const saved = await save({ suggestedName: planned.fileName, bytes: rendered.bytes, filterName: 'PDF-dokument', extensions: ['pdf'] });
      return saved ? { path: saved.path, fileName: basename(saved.path), pages: rendered.pages, warnings: rendered.warnings } : null;
    },
  } satisfies Partial<Handlers>;
}
