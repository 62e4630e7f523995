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
import { Worker } from 'node:worker_threads';
import { AppError } from '../../../shared/errors';
import { PDF_WORKER_SOURCE } from './pdf-worker-source';

export const MAX_PDF_PAGES = 2_000;
const TIMEOUT_MS = 60_000;
const WORKER_MEMORY_MB = 1_024;
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

type Reply = { id: number; ok: true; result: Share | { tooManyPages: number } } | { id: number; ok: false; name: string; message: string };

interface Job {
  resolve(value: Share | { tooManyPages: number }): void;
  reject(error: Error): void;
}

function pdfjsLocation() {
  const require = createRequire(__filename);
  const entry = require.resolve('pdfjs-dist/legacy/build/pdf.mjs');
  return {
    pdfjsUrl: pathToFileURL(entry).href,
    pdfjsWorkerUrl: pathToFileURL(join(dirname(entry), 'pdf.worker.mjs')).href,
  };
}

/** One place in the pool: a worker (made on first need) and the jobs it is doing. */
class Slot {
  private worker: Worker | undefined;
  private readonly jobs = new Map<number, Job>();

  run(id: number, message: object, transfer: ArrayBuffer[]): Promise<Share | { tooManyPages: number }> {
    const worker = this.started();
    return new Promise((resolve, reject) => {
      this.jobs.set(id, { resolve, reject });
      worker.ref();
      worker.postMessage({ id, ...message }, transfer);
    });
  }

  stop(error: Error): void {
    const current = this.worker;
    this.worker = undefined;
    this.failAll(error);
    void current?.terminate();
  }

  private failAll(error: Error): void {
    for (const [id, job] of this.jobs) {
      this.jobs.delete(id);
      job.reject(error);
    }
  }

  private started(): Worker {
    if (this.worker) return this.worker;
    const created = new Worker(PDF_WORKER_SOURCE, { eval: true, workerData: pdfjsLocation(), resourceLimits: { maxOldGenerationSizeMb: WORKER_MEMORY_MB, maxYoungGenerationSizeMb: WORKER_YOUNG_MEMORY_MB } });
    created.on('message', (reply: Reply) => {
      const job = this.jobs.get(reply.id);
      if (!job) return;
      this.jobs.delete(reply.id);
      if (reply.ok) job.resolve(reply.result);
      else job.reject(Object.assign(new Error(reply.message), { name: reply.name }));
      if (this.jobs.size === 0) created.unref();
    });
    const crashed = (error: Error) => {
      if (this.worker !== created) return;
      this.worker = undefined;
      this.failAll(Object.assign(error, { name: 'WorkerCrash' }));
    };
    created.on('error', crashed);
    created.on('exit', (code) => crashed(new Error(`PDF worker exited with ${code}`)));
    created.unref();
    this.worker = created;
    return created;
  }
}

const pool = Array.from({ length: POOL_SIZE }, () => new Slot());
let nextId = 1;

/** Extracts the text of every page; rejects with the pdfjs error (name kept) for the caller to explain. */
export async function extractPdfText(bytes: Buffer): Promise<PdfText | { tooManyPages: number }> {
  const id = nextId++;
  // The index of the next page no worker has taken yet, shared by the pool's workers.
  const nextPage = new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT);
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const error = Object.assign(new Error('timeout'), { name: 'Timeout' });
      pool.forEach((slot) => slot.stop(error));
      reject(error);
    }, TIMEOUT_MS);
  });
  try {
    const shares = await Promise.race([
      Promise.all(
        pool.map((slot, index) => {
          // A copy per worker: the caller keeps its bytes (they are stored after extraction).
          const data = new Uint8Array(bytes);
          return slot.run(id, { data, maxPages: MAX_PDF_PAGES, readsFacts: index === 0, nextPage }, [data.buffer]);
        }),
      ),
      timeout,
    ]);
    const first = shares[0]!;
    if ('tooManyPages' in first) return first;
    const pages = new Array<string>(first.numPages).fill('');
    for (const share of shares as Share[]) for (const page of share.pages) pages[page.index] = page.text;
    return { pages, hasScripts: (shares as Share[]).some((s) => s.hasScripts), title: first.title };
  } finally {
    clearTimeout(timer);
  }
}

/** The Swedish refusal for a PDF that pdfjs could not read. */
export function pdfRefusal(error: unknown, name: string): AppError {
  const kind = error instanceof Error ? error.name : '';
  if (kind === 'PasswordException') {
    return new AppError(
      'document-encrypted',
      `"${name}" är lösenordsskyddad och kan inte läsas. Be den tävlande skicka en PDF utan lösenord.`,
    );
  }
  if (kind === 'Timeout') {
    return new AppError('document-timeout', `"${name}" tog för lång tid att läsa och har inte tagits emot. Filen kan vara skadad.`);
  }
  if (kind === 'WorkerCrash') {
    return new AppError('document-too-complex', `"${name}" kräver för mycket minne för att läsas och har inte tagits emot.`);
  }
  return new AppError(
    'document-damaged',
    `"${name}" är skadad eller ingen giltig PDF och kan inte läsas. Be om en ny kopia av filen.`,
    { cause: error },
  );
}
