/**
 * One document in a throwaway in-memory store, read with exactly the app's
 * extraction, index and matching — for the CLI's `document inspect/search`.
 */
import { basename } from 'node:path';
import type { DocumentSummary, SearchHit } from '../../../shared/contract/documents';
import { appError } from '../../../shared/errors';
import { closeDatabase, openDatabase } from '../db/open';
import { readDocumentFile } from './import-file';
import { prepareDocument, storeDocument, type DocumentMediaType } from './ingest';
import { documentUnits, getDocument, type StoredUnit } from './repository';
import { searchUnits } from './search';

export interface StandaloneDocument {
  readonly summary: DocumentSummary;
  readonly mediaType: DocumentMediaType;
  readonly units: readonly StoredUnit[];
  search(query: string): SearchHit[];
  close(): void;
}

export async function openStandalone(path: string, now: Date): Promise<StandaloneDocument> {
  const bytes = await readDocumentFile(path).catch((error: unknown) => {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw appError('file-missing', { path });
    throw error;
  });
  const prepared = await prepareDocument(bytes, basename(path));
  const db = openDatabase(':memory:');
  db.transaction(() => storeDocument(db, prepared, now.toISOString()))();
  return {
    // A document read on its own: no round uses it.
    summary: { ...getDocument(db, prepared.sha256), usedBy: [] },
    mediaType: prepared.mediaType,
    units: documentUnits(db, prepared.sha256),
    search: (query) => searchUnits(db, { sql: 'u.document_sha256 = ?', params: [prepared.sha256] }, query).get(prepared.sha256) ?? [],
    close: () => closeDatabase(db),
  };
}
