import { open, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { appError } from '../../../shared/errors';
import type { CoreContext } from '../context';
import { MAX_DOCUMENT_BYTES, prepareDocument, storeDocument } from './ingest';
import { getDocument, type StoredDocument } from './repository';

/** Reads a file the user chose, refusing an oversized one before a byte of it is read. */
export async function readDocumentFile(path: string): Promise<Buffer> {
  const name = basename(path);
  const size = (await stat(path)).size;
  if (size > MAX_DOCUMENT_BYTES) throw appError('document-too-large', { name });
  const handle = await open(path, 'r');
  try {
    // Read at most one byte past the limit, in case the file grew after stat.
    const buffer = Buffer.alloc(Math.min(size, MAX_DOCUMENT_BYTES) + 1);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    if (bytesRead > MAX_DOCUMENT_BYTES) throw appError('document-too-large', { name });
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** A document opened directly (dialog, drop, file association): all or nothing. */
export async function importDocumentFile(ctx: CoreContext, fileId: string): Promise<StoredDocument> {
  const path = ctx.files.resolve(fileId);
  const prepared = await prepareDocument(await readDocumentFile(path), basename(path));
  const db = ctx.store.db;
  db.transaction(() => storeDocument(db, prepared, ctx.clock.now().toISOString()))();
  return getDocument(db, prepared.sha256);
}
