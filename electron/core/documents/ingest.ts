/**
 * Bringing a contestant's document into the store, in two steps so that callers
 * (a round bundle import, a single document opened directly) can keep their
 * own transaction synchronous:
 *   1. `prepareDocument` — async, no database: validate, hash, extract.
 *   2. `storeDocument`   — sync, inside the caller's transaction.
 * The same content is stored once (content-addressed by SHA-256).
 */
import { createHash } from 'node:crypto';
import { AppError } from '../../../shared/errors';
import type { Db } from '../db/open';

export const PDF = 'application/pdf';
export const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export type DocumentMediaType = typeof PDF | typeof DOCX;

export const MAX_DOCUMENT_BYTES = 50 * 1024 * 1024;

export interface PreparedDocument {
  readonly sha256: string;
  readonly mediaType: DocumentMediaType;
  readonly bytes: Buffer;
}

function sniff(bytes: Buffer): DocumentMediaType | null {
  if (bytes.subarray(0, 5).toString('latin1') === '%PDF-') return PDF;
  if (bytes.length >= 4 && bytes.readUInt32LE(0) === 0x04034b50) return DOCX;
  return null;
}

/** Validates a document before anything is stored; refuses with a Swedish reason. */
export async function prepareDocument(bytes: Buffer, name: string): Promise<PreparedDocument> {
  if (bytes.length === 0) throw new AppError('document-empty', `"${name}" är tom (0 byte) och kan inte läsas.`);
  if (bytes.length > MAX_DOCUMENT_BYTES) {
    throw new AppError('document-too-large', `"${name}" är större än 50 MB och kan inte tas emot.`);
  }
  const mediaType = sniff(bytes);
  if (!mediaType) {
    throw new AppError('document-unknown-type', `"${name}" är varken en PDF- eller en Word-fil (.docx).`);
  }
  return { sha256: createHash('sha256').update(bytes).digest('hex'), mediaType, bytes };
}

/** Stores a prepared document; a no-op when the same content is already stored. */
export function storeDocument(db: Db, document: PreparedDocument, importedAt: string): void {
  db.prepare(
    `INSERT INTO documents (sha256, media_type, bytes, content, imported_at)
     VALUES (?, ?, ?, ?, ?) ON CONFLICT (sha256) DO NOTHING`,
  ).run(document.sha256, document.mediaType, document.bytes.length, document.bytes, importedAt);
}
