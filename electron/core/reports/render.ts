/**
 * The reports' entry points: a view model in, PDF bytes out. Pure functions of
 * their inputs plus the fonts; the CLI and the app only build the models and
 * write the files.
 */
import { setImmediate } from 'node:timers/promises';
import { aterforingMetadata, writeAterforing } from './documents/aterforing';
import { bedomningMetadata, writeBedomning } from './documents/bedomning';
import { beslutsprotokollMetadata, writeBeslutsprotokoll, type BeslutsprotokollModel } from './documents/beslutsprotokoll';
import { kriteriepaketMetadata, writeKriteriepaket, type KriteriepaketModel } from './documents/kriteriepaket';
import { sammanstallningMetadata, writeSammanstallning } from './documents/sammanstallning';
import type { ReportFonts } from './fonts';
import { missingGlyphsWarning } from './layout/fallback';
import { ReportWriter, type PageFrame, type WriterSetup } from './layout/writer';
import type { AterforingModel, BedomningModel, SammanstallningModel } from './model';
import { prisaterforingMetadata, writePrisaterforing } from './documents/prisaterforing';
import { prisbedomningMetadata, writePrisbedomning } from './documents/prisbedomning';
import type { PrisaterforingModel, PrisbedomningModel } from './prize-model';

export interface RenderOptions {
  readonly fonts: ReportFonts;
  /**
   * Same model, same bytes: the creation date is the model's report date and
   * the document id follows from it. For tests and reproducible archives.
   */
  readonly deterministic?: boolean;
  /** The creation date when not deterministic (default: now). */
  readonly now?: Date;
}

export interface BedomningOptions extends RenderOptions {
  /** Add the spårbarhetsbilaga (traceability appendix). */
  readonly appendix?: boolean;
}

export async function renderBedomning(model: BedomningModel, options: BedomningOptions): Promise<Buffer> {
  return (await renderReport({ kind: 'bedomning', name: '', model, appendix: options.appendix ?? false }, options)).bytes;
}

export async function renderAterforing(model: AterforingModel, options: RenderOptions): Promise<Buffer> {
  return (await renderReport({ kind: 'aterforing', name: '', model }, options)).bytes;
}

export async function renderSammanstallning(model: SammanstallningModel, options: RenderOptions): Promise<Buffer> {
  return (await renderReport({ kind: 'sammanstallning', name: '', model }, options)).bytes;
}

export type ReportJob =
  | { readonly kind: 'bedomning'; readonly name: string; readonly model: BedomningModel; readonly appendix?: boolean }
  | { readonly kind: 'aterforing'; readonly name: string; readonly model: AterforingModel }
  | { readonly kind: 'sammanstallning'; readonly name: string; readonly model: SammanstallningModel }
  | { readonly kind: 'kriteriepaket'; readonly name: string; readonly model: KriteriepaketModel }
  | { readonly kind: 'beslutsprotokoll'; readonly name: string; readonly model: BeslutsprotokollModel }
  | { readonly kind: 'prisbedomning'; readonly name: string; readonly model: PrisbedomningModel }
  | { readonly kind: 'prisaterforing'; readonly name: string; readonly model: PrisaterforingModel };

export interface RenderedReport {
  readonly bytes: Buffer;
  readonly pages: number;
  /** What the reader should know about the PDF, in Swedish (characters no embedded font has). */
  readonly warnings: readonly string[];
}

/** Any report, with its page count. */
export function renderReport(job: ReportJob, options: RenderOptions): Promise<RenderedReport> {
  switch (job.kind) {
    case 'bedomning':
      return renderDocument(options, job.model.reportDate, 'portrait', bedomningMetadata(job.model), (w) => writeBedomning(w, job.model, job.appendix ?? false));
    case 'aterforing':
      return renderDocument(options, job.model.reportDate, 'portrait', aterforingMetadata(job.model), (w) => writeAterforing(w, job.model));
    case 'sammanstallning':
      return renderDocument(options, job.model.reportDate, 'landscape', sammanstallningMetadata(job.model), (w) => writeSammanstallning(w, job.model));
    case 'kriteriepaket':
      return renderDocument(options, job.model.reportDate, 'portrait', kriteriepaketMetadata(job.model), (w) => writeKriteriepaket(w, job.model));
    case 'beslutsprotokoll':
      return renderDocument(options, job.model.reportDate, 'portrait', beslutsprotokollMetadata(job.model), (w) => writeBeslutsprotokoll(w, job.model));
    case 'prisbedomning':
      return renderDocument(options, job.model.reportDate, 'portrait', prisbedomningMetadata(job.model), (w) => writePrisbedomning(w, job.model));
    case 'prisaterforing':
      return renderDocument(options, job.model.reportDate, 'portrait', prisaterforingMetadata(job.model), (w) => writePrisaterforing(w, job.model));
  }
}

export interface BatchProgress {
  readonly done: number;
  readonly total: number;
  /** The job just finished. */
  readonly name: string;
}

/**
 * Renders the jobs one at a time, hands each PDF to `write` as soon as it is
 * made (so a large batch never holds every PDF in memory) and reports progress
 * after each document, yielding to the event loop in between.
 */
export async function renderBatch(
  jobs: readonly ReportJob[],
  options: RenderOptions & { readonly onProgress?: (progress: BatchProgress) => void },
  write: (job: ReportJob, pdf: Buffer, pages: number) => Promise<void> | void,
): Promise<void> {
  for (const [index, job] of jobs.entries()) {
    const { bytes, pages } = await renderReport(job, options);
    await write(job, bytes, pages);
    options.onProgress?.({ done: index + 1, total: jobs.length, name: job.name });
    await setImmediate();
  }
}

/** Any document written on a ReportWriter, with its page count and warnings (for reports outside this folder, such as the evaluation). */
export async function renderDocument(
  options: RenderOptions,
  reportDate: string,
  orientation: WriterSetup['orientation'],
  metadata: WriterSetup['metadata'],
  write: (w: ReportWriter) => PageFrame,
): Promise<RenderedReport> {
  const creationDate = options.deterministic ? new Date(`${reportDate.slice(0, 10)}T12:00:00Z`) : (options.now ?? new Date());
  const writer = new ReportWriter({ fonts: options.fonts, orientation, metadata, creationDate });
  const frame = write(writer);
  const pages = writer.doc.bufferedPageRange().count;
  const missing = missingGlyphsWarning(writer.coverage.missing);
  return { bytes: await writer.finish(frame), pages, warnings: missing ? [missing] : [] };
}
