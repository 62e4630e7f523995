/**
 * Text of a PDF, page by page, extracted by pdfjs-dist (legacy build) in
 * worker threads — see pdf-worker-source.ts for why. A small pool (one worker
 * per core, at most two) serves the process, warm between documents; each
 * worker opens the document and takes pages from a shared counter, so a
 * 30-page verksamhetsbeskrivning is read on both cores of a laptop. A worker
 * is restarted after a crash or timeout.
 */
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type AppError, appError } from '../../../shared/errors';
import { PDF_WORKER_SOURCE } from './pdf-worker-source';
import { resourceRefusal, withTimeCap, WorkerSlot } from './worker-slot';

export const MAX_PDF_PAGES = 2_000;
const TIMEOUT_MS = 60_000;
// Two workers at this cap, plus the inflate bounds below, keep a hostile PDF well under 1 GB of the process.
const WORKER_MEMORY_MB = 384;
/**
 * What pdf.js may inflate (Flate, LZW, …): per stream, and for the whole document read by all workers
 * together. A page's content is a few hundred kB, an embedded font a few MB; a compression bomb is gigabytes.
 */
export const INFLATE_LIMITS = { perStream: 32 * 1024 * 1024, perDocument: 512 * 1024 * 1024 };
// A worker with a memory cap gets a small young generation, and pdf.js allocates per glyph: at 64 MB it runs as fast as an uncapped one (measured).
const WORKER_YOUNG_MEMORY_MB = 64;
const POOL_SIZE = Math.max(1, Math.min(2, availableParallelism()));

export interface PdfText {
  /** Raw text per page, lines separated by "\n"; index 0 is page 1. */
  readonly pages: readonly string[];
  readonly hasScripts: boolean;
  readonly title: string;
}

/** One worker's share: the pages it read (by index), and from the first worker the document's facts. */
interface Share {
  readonly numPages: number;
  readonly pages: readonly { readonly index: number; readonly text: string }[];
  readonly hasScripts: boolean;
  readonly title: string;
}

function pdfjsLocation() {
  const require = createRequire(__filename);
  const entry = require.resolve('pdfjs-dist/legacy/build/pdf.mjs');
  return {
    pdfjsUrl: pathToFileURL(entry).href,
    pdfjsWorkerUrl: pathToFileURL(join(dirname(entry), 'pdf.worker.mjs')).href,
  };
}

const pool = Array.from(
  { length: POOL_SIZE },
  () =>
    new WorkerSlot<Share | { tooManyPages: number }>(PDF_WORKER_SOURCE, {
      workerData: pdfjsLocation(),
      resourceLimits: { maxOldGenerationSizeMb: WORKER_MEMORY_MB, maxYoungGenerationSizeMb: WORKER_YOUNG_MEMORY_MB },
    }),
);
let nextId = 1;

/** Extracts the text of every page; rejects with the pdfjs error (name kept) for the caller to explain. */
export async function extractPdfText(bytes: Buffer, inflateLimits = INFLATE_LIMITS): Promise<PdfText | { tooManyPages: number }> {
  const id = nextId++;
  // Shared by the pool's workers: [the index of the next page no worker has taken yet, KiB inflated so far].
  const counters = new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT);
  const shares = await withTimeCap(
    pool,
    TIMEOUT_MS,
    Promise.all(
      pool.map((slot, index) => {
        // A copy per worker: the caller keeps its bytes (they are stored after extraction).
        const data = new Uint8Array(bytes);
        return slot.run(id, {
            data,
            maxPages: MAX_PDF_PAGES,
            readsFacts: index === 0,
            counters,
            maxStreamBytes: inflateLimits.perStream,
            maxDocumentKib: Math.floor(inflateLimits.perDocument / 1024),
          }, [data.buffer]);
      }),
    ),
  );
  const first = shares[0]!;
  if ('tooManyPages' in first) return first;
  const pages = new Array<string>(first.numPages).fill('');
  for (const share of shares as Share[]) for (const page of share.pages) pages[page.index] = page.text;
  return { pages, hasScripts: (shares as Share[]).some((s) => s.hasScripts), title: first.title };
}

/** The Swedish refusal for a PDF that pdfjs could not read. */
export function pdfRefusal(error: unknown, name: string): AppError {
  const kind = error instanceof Error ? error.name : '';
  if (kind === 'PasswordException') {
    return appError('document-encrypted', { name });
  }
  if (kind === 'InflateLimit') {
    return appError('document-pdf-inflates-too-much', { name });
  }
  const limited = resourceRefusal(error, name);
  if (limited) return limited;
  return appError('document-damaged', { name, format: 'pdf' }, { cause: error });
}
