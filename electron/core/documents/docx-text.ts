/**
 * A DOCX's structure and text (see docx-read.ts for the numbering rule), read
 * in a worker thread with a memory and a time cap: mammoth parses the whole
 * XML into objects on one thread, which takes a second for a normal
 * application and would hold the core's event loop, and a hostile file could
 * exhaust the process's memory. One warm worker serves the process; it is
 * replaced after a crash or timeout.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { appError, isAppError } from '../../../shared/errors';
import type { DocxContent } from './docx-read';
import { resourceRefusal, withTimeCap, WorkerSlot } from './worker-slot';

export type { DocxContent, DocxUnit } from './docx-read';

const TIMEOUT_MS = 60_000;
const WORKER_MEMORY_MB = 512;
const WORKER_YOUNG_MEMORY_MB = 32;

/**
 * The worker's module: docx-worker.ts beside this file when the core runs from its sources (tests, tsx,
 * loaded through tsx's require hook), out/main/docx-worker.js in the build (an entry of its own; this code
 * then lives in out/main/chunks/ or out/main/).
 */
function workerEntry(): { entry: string; tsx?: string } {
  const source = join(__dirname, 'docx-worker.ts');
  if (existsSync(source)) return { entry: source, tsx: createRequire(__filename).resolve('tsx/cjs/api') };
  const built = [join(__dirname, 'docx-worker.js'), join(__dirname, '..', 'docx-worker.js')].find((path) => existsSync(path));
  if (!built) throw new Error('docx-worker.js is missing from the build');
  return { entry: built };
}

const BOOTSTRAP = `
const { workerData } = require('node:worker_threads');
if (workerData.tsx) require(workerData.tsx).register();
require(workerData.entry);
`;

let slot: WorkerSlot<DocxContent> | undefined;
let nextId = 1;

/** Reads a DOCX off the core's thread; refuses with a Swedish reason (damaged, a bomb, too large, too slow). */
export async function extractDocx(bytes: Buffer, name: string): Promise<DocxContent> {
  slot ??= new WorkerSlot<DocxContent>(BOOTSTRAP, {
    workerData: workerEntry(),
    resourceLimits: { maxOldGenerationSizeMb: WORKER_MEMORY_MB, maxYoungGenerationSizeMb: WORKER_YOUNG_MEMORY_MB },
  });
  const data = new Uint8Array(bytes);
  try {
    return await withTimeCap([slot], TIMEOUT_MS, slot.run(nextId++, { data, name }, [data.buffer]));
  } catch (error) {
    if (isAppError(error)) throw error;
    throw (
      resourceRefusal(error, name) ??
      appError('document-damaged', { name, format: 'docx' }, { cause: error })
    );
  }
}
