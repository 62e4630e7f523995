/**
 * Bringing a contestant's document into the store, in two steps so that callers
 * (a round bundle import, a single document opened directly) can keep their
 * own transaction synchronous:
 *   1. `prepareDocument` — async, no database: validate, hash, extract text.
 *   2. `storeDocument`   — sync, inside the caller's transaction.
 * The same content is stored once (content-addressed by SHA-256).
 */
import { createHash } from 'node:crypto';
import type { UnitKind } from '../../../shared/contract/documents';
import { countWords, hasLetters, normaliseLines } from '../../../shared/documents/text';
import { appError } from '../../../shared/errors';
import type { Db } from '../db/open';
import { extractDocx } from './docx-text';
import { MAX_TEXT_CHARS, tooMuchText } from './limits';
import { extractPdfText, MAX_PDF_PAGES, pdfRefusal } from './pdf-text';

export const PDF = 'application/pdf';
export const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export type DocumentMediaType = typeof PDF | typeof DOCX;

export const MAX_DOCUMENT_BYTES = 50 * 1024 * 1024;
/** Which extraction produced the stored text (so a future change can re-extract). */
export const EXTRACTOR = 'pdfjs-dist 5.6.205 / mammoth 1.13.0 / units v1';

export interface PreparedUnit {
  /** Page number (PDF) or paragraph number (DOCX), from 1. */
  readonly number: number;
  /** Text with line breaks kept (PDF) or one line (DOCX). */
  readonly text: string;
  readonly hasText: boolean;
}

export interface PreparedDocument {
  readonly sha256: string;
  readonly mediaType: DocumentMediaType;
  readonly bytes: Buffer;
  readonly fileName: string;
  readonly title: string;
  readonly unitKind: UnitKind;
  readonly units: readonly PreparedUnit[];
  readonly wordCount: number;
  /**
   * The PDF carries JavaScript actions. Such a document is accepted, never run:
   * the core only extracts text, and the viewer has no scripting sandbox and
   * no annotation layer. The examiner is told the scripts are ignored.
   */
  readonly hasScripts: boolean;
}

function sniff(bytes: Buffer): DocumentMediaType | null {
  // PDF readers accept the header within the first kilobyte (after junk such as a BOM).
  if (bytes.subarray(0, 1024).includes('%PDF-')) return PDF;
  if (bytes.length >= 4 && bytes.readUInt32LE(0) === 0x04034b50) return DOCX;
  return null;
}

/** A file's name without folders or extension: "documents/solrosen.pdf" → "solrosen". */
function stem(name: string): string {
  const base = name.replace(/^.*[\\/]/, '');
  return base.replace(/\.[^.]+$/, '').trim() || base;
}

async function extract(bytes: Buffer, mediaType: DocumentMediaType, name: string) {
  if (mediaType === DOCX) {
    const docx = await extractDocx(bytes, name);
    return { unitKind: 'paragraph' as const, texts: docx.units.map((u) => u.text), title: docx.title, hasScripts: false };
  }
  let result;
  try {
    result = await extractPdfText(bytes);
  } catch (error) {
    throw pdfRefusal(error, name);
  }
  if ('tooManyPages' in result) {
    throw appError('document-too-many-pages', { name, pages: result.tooManyPages, max: MAX_PDF_PAGES });
  }
  return { unitKind: 'page' as const, texts: result.pages.map(normaliseLines), title: result.title.trim(), hasScripts: result.hasScripts };
}

/**
 * The last few extractions, by the bytes' SHA-256: a round whose contestants
 * share a document (or one read again at once) extracts it once. Only
 * successes are kept, and the text depends on the bytes alone.
 */
const recent = new Map<string, Awaited<ReturnType<typeof extract>>>();
const RECENT_EXTRACTIONS = 4;

async function extractOnce(sha256: string, bytes: Buffer, mediaType: DocumentMediaType, name: string) {
  const known = recent.get(sha256);
  if (known) return known;
  const extracted = await extract(bytes, mediaType, name);
  if (recent.size >= RECENT_EXTRACTIONS) recent.delete(recent.keys().next().value!);
  recent.set(sha256, extracted);
  return extracted;
}

/** Validates and extracts a document before anything is stored; refuses with a Swedish reason. */
/** `title` is what the document is called where it came from (a round's signed title); the file's own title comes first. */
export async function prepareDocument(bytes: Buffer, name: string, title?: string): Promise<PreparedDocument> {
  if (bytes.length === 0) throw appError('document-empty', { name });
  if (bytes.length > MAX_DOCUMENT_BYTES) {
    throw appError('document-too-large', { name });
  }
  const mediaType = sniff(bytes);
  if (!mediaType) {
    throw appError('document-unknown-type', { name });
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const extracted = await extractOnce(sha256, bytes, mediaType, name);
  const totalChars = extracted.texts.reduce((sum, text) => sum + text.length, 0);
  if (totalChars > MAX_TEXT_CHARS) {
    throw tooMuchText(name);
  }
  if (extracted.texts.length === 0) {
    throw appError('document-no-content', { name });
  }
  const units = extracted.texts.map((text, index) => ({
    number: index + 1,
    text,
    // A DOCX paragraph has text by definition (empty ones get no number); a PDF page may be a scan.
    hasText: extracted.unitKind === 'paragraph' || hasLetters(text),
  }));
  return {
    sha256,
    mediaType,
    bytes,
    fileName: name,
    title: extracted.title || title || stem(name),
    unitKind: extracted.unitKind,
    units,
    wordCount: units.reduce((sum, unit) => sum + countWords(unit.text), 0),
    hasScripts: extracted.hasScripts,
  };
}

/** Stores a prepared document with its text and search index; a no-op when the same content is stored. */
export function storeDocument(db: Db, document: PreparedDocument, importedAt: string): void {
  const inserted = db
    .prepare(
      `INSERT INTO documents (sha256, media_type, bytes, content, file_name, title, unit_kind, unit_count,
                              word_count, has_scripts, extractor, imported_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (sha256) DO NOTHING`,
    )
    .run(
      document.sha256,
      document.mediaType,
      document.bytes.length,
      document.bytes,
      document.fileName,
      document.title,
      document.unitKind,
      document.units.length,
      document.wordCount,
      document.hasScripts ? 1 : 0,
      EXTRACTOR,
      importedAt,
    );
  if (inserted.changes === 0) return;
  const unit = db.prepare('INSERT INTO document_units (document_sha256, number, text, has_text) VALUES (?, ?, ?, ?)');
  for (const u of document.units) unit.run(document.sha256, u.number, u.text, u.hasText ? 1 : 0);
}
