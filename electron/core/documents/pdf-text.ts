/**
 * Text of a PDF, page by page, extracted by pdfjs-dist (legacy build) in a
 * worker thread — see pdf-worker-source.ts for why. One worker serves the
 * process, warm between documents; it is restarted after a crash or timeout.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { AppError } from '../../../shared/errors';
import { PDF_WORKER_SOURCE } from './pdf-worker-source';

export const MAX_PDF_PAGES = 2_000;
const TIMEOUT_MS = 60_000;
const WORKER_MEMORY_MB = 1_024;

export interface PdfText {
  /** Raw text per page, lines separated by "\n"; index 0 is page 1. */
  readonly pages: readonly string[];
  readonly hasScripts: boolean;
  readonly title: string;
}

type Reply =
  | { id: number; ok: true; result: PdfText | { tooManyPages: number } }
  | { id: number; ok: false; name: string; message: string };

interface Job {
  resolve(value: PdfText | { tooManyPages: number }): void;
  reject(error: Error): void;
  timer: NodeJS.Timeout;
}

let worker: Worker | undefined;
const jobs = new Map<number, Job>();
let nextId = 1;

function pdfjsLocation() {
  const require = createRequire(__filename);
  const entry = require.resolve('pdfjs-dist/legacy/build/pdf.mjs');
  const root = join(dirname(entry), '..', '..');
  return {
    pdfjsUrl: pathToFileURL(entry).href,
    // pdfjs reads these with fs in Node: a path with a trailing separator.
    standardFontDataUrl: join(root, 'standard_fonts') + '/',
  };
}

function failAll(error: Error): void {
  for (const [id, job] of jobs) {
    clearTimeout(job.timer);
    jobs.delete(id);
    job.reject(error);
  }
}

function stopWorker(): void {
  const current = worker;
  worker = undefined;
  void current?.terminate();
}

function getWorker(): Worker {
  if (worker) return worker;
  const created = new Worker(PDF_WORKER_SOURCE, {
    eval: true,
    workerData: pdfjsLocation(),
    resourceLimits: { maxOldGenerationSizeMb: WORKER_MEMORY_MB },
  });
  created.on('message', (reply: Reply) => {
    const job = jobs.get(reply.id);
    if (!job) return;
    jobs.delete(reply.id);
    clearTimeout(job.timer);
    if (reply.ok) job.resolve(reply.result);
    else job.reject(Object.assign(new Error(reply.message), { name: reply.name }));
    if (jobs.size === 0) created.unref();
  });
  const crashed = (error: Error) => {
    if (worker === created) worker = undefined;
    failAll(Object.assign(error, { name: 'WorkerCrash' }));
  };
  created.on('error', crashed);
  created.on('exit', (code) => crashed(new Error(`PDF worker exited with ${code}`)));
  created.unref();
  worker = created;
  return created;
}

/** Extracts the text of every page; rejects with the pdfjs error (name kept) for the caller to explain. */
export function extractPdfText(bytes: Buffer): Promise<PdfText | { tooManyPages: number }> {
  return new Promise((resolve, reject) => {
    const id = nextId++;
    const target = getWorker();
    const timer = setTimeout(() => {
      jobs.delete(id);
      stopWorker();
      reject(Object.assign(new Error('timeout'), { name: 'Timeout' }));
    }, TIMEOUT_MS);
    jobs.set(id, { resolve, reject, timer });
    target.ref();
    // A copy: the caller keeps its bytes (they are stored after extraction).
    const data = new Uint8Array(bytes);
    target.postMessage({ id, data, maxPages: MAX_PDF_PAGES }, [data.buffer]);
  });
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
