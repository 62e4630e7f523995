/** Reading stored documents and their text. */
import type { DocumentFormat, DocumentSummary, UnitKind } from '../../../shared/contract/documents';
import { appError } from '../../../shared/errors';
import type { Db } from '../db/open';
import { DOCX } from './ingest';

interface DocumentRow {
  sha256: string;
  media_type: string;
  bytes: number;
  file_name: string;
  title: string;
  unit_kind: UnitKind;
  unit_count: number;
  word_count: number;
  has_scripts: number;
  imported_at: string;
  without_text: string | null;
}

export interface StoredUnit {
  readonly number: number;
  readonly text: string;
  readonly hasText: boolean;
}

const SUMMARY_SQL = `
  SELECT d.sha256, d.media_type, d.bytes, d.file_name, d.title, d.unit_kind, d.unit_count, d.word_count,
         d.has_scripts, d.imported_at,
         (SELECT group_concat(u.number) FROM document_units u
           WHERE u.document_sha256 = d.sha256 AND u.has_text = 0) AS without_text
    FROM documents d`;

/** A stored document; which rounds use it is the rounds' to say (rounds/uses.ts). */
export type StoredDocument = Omit<DocumentSummary, 'usedBy'>;

function summary(row: DocumentRow): StoredDocument {
  const format: DocumentFormat = row.media_type === DOCX ? 'docx' : 'pdf';
  const withoutText = row.without_text ? row.without_text.split(',').map(Number).sort((a, b) => a - b) : [];
  return {
    sha256: row.sha256,
    format,
    title: row.title,
    fileName: row.file_name,
    bytes: row.bytes,
    unitKind: row.unit_kind,
    unitCount: row.unit_count,
    wordCount: row.word_count,
    // A DOCX paragraph always has text (empty ones get no number).
    pagesWithoutText: row.unit_kind === 'page' ? withoutText : [],
    hasScripts: row.has_scripts === 1,
    importedAt: row.imported_at,
  };
}

export function listDocuments(db: Db): StoredDocument[] {
  const rows = db.prepare(`${SUMMARY_SQL} ORDER BY d.imported_at DESC, d.title`).all() as DocumentRow[];
  return rows.map(summary);
}

export function getDocument(db: Db, sha256: string): StoredDocument {
  const row = db.prepare(`${SUMMARY_SQL} WHERE d.sha256 = ?`).get(sha256) as DocumentRow | undefined;
  if (!row) {
    throw appError('document-missing');
  }
  return summary(row);
}

export function documentContent(db: Db, sha256: string): Buffer {
  getDocument(db, sha256);
  return db.prepare('SELECT content FROM documents WHERE sha256 = ?').pluck().get(sha256) as Buffer;
}

export function documentUnits(db: Db, sha256: string): StoredUnit[] {
  const rows = db
    .prepare('SELECT number, text, has_text FROM document_units WHERE document_sha256 = ? ORDER BY number')
    .all(sha256) as { number: number; text: string; has_text: number }[];
  return rows.map((row) => ({ number: row.number, text: row.text, hasText: row.has_text === 1 }));
}
