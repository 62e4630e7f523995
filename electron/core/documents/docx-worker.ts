/**
 * The DOCX worker's entry (a node:worker_threads Worker started by
 * docx-text.ts): reads one DOCX per message with docx-read.ts and answers with
 * its blocks and units, or with the refusal (an AppError keeps its code).
 */
import { parentPort } from 'node:worker_threads';
import { isAppError } from '../../../shared/errors';
import { readDocx } from './docx-read';

interface DocxJob {
  readonly id: number;
  readonly data: Uint8Array;
  readonly name: string;
}

const port = parentPort!;
port.on('message', (job: DocxJob) => {
  readDocx(Buffer.from(job.data.buffer, job.data.byteOffset, job.data.byteLength), job.name).then(
    (result) => port.postMessage({ id: job.id, ok: true, result }),
    (error: unknown) =>
      port.postMessage({
        id: job.id,
        ok: false,
        name: error instanceof Error ? error.name : 'Error',
        message: error instanceof Error ? error.message : String(error),
        ...(isAppError(error) ? { code: error.code } : {}),
      }),
  );
});
