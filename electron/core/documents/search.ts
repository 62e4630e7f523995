/**
 * Search in documents: FTS5 (trigram) finds the candidate pages/paragraphs,
 * the shared matcher (the one the viewer highlights with) confirms each and
 * cuts a snippet. The user's query is never passed as FTS syntax: every word
 * becomes a quoted string.
 */
import type { SearchHit, SearchSnippet } from '../../../shared/contract/documents';
import { findMatches, normaliseWhitespace, queryWords, type TextRange } from '../../../shared/documents/text';
import type { Db } from '../db/open';

const BEFORE = 60;
const AFTER = 100;
/** Trigram indexes cannot look up shorter words; those are matched by scanning. */
const MIN_INDEXED = 3;

/** A safe FTS5 query: each word a quoted string (quotes doubled), all required. */
export function ftsQuery(words: readonly string[]): string | null {
  const indexed = words.filter((word) => [...word].length >= MIN_INDEXED);
  if (indexed.length === 0) return null;
  return indexed.map((word) => `"${word.replaceAll('"', '""')}"`).join(' AND ');
}

export function snippet(text: string, ranges: readonly TextRange[]): SearchSnippet {
  const first = ranges[0];
  if (!first) return { text: text.slice(0, BEFORE + AFTER), marks: [] };
  let start = Math.max(0, first[0] - BEFORE);
  let end = Math.min(text.length, first[1] + AFTER);
  if (start > 0) start = text.indexOf(' ', start) + 1 || start;
  if (end < text.length) end = Math.max(first[1], text.lastIndexOf(' ', end));
  const lead = start > 0 ? '…' : '';
  const marks = ranges
    .filter(([s, e]) => s >= start && e <= end)
    .map(([s, e]) => [s - start + lead.length, e - start + lead.length] as const);
  return { text: `${lead}${text.slice(start, end)}${end < text.length ? '…' : ''}`, marks };
}

interface UnitRow {
  document_sha256: string;
  number: number;
  text: string;
}

/**
 * Hits per document, in page/paragraph order. `scope` is an SQL condition on
 * `u.document_sha256` with its parameters (one document, or a round's documents).
 */
export function searchUnits(db: Db, scope: { sql: string; params: readonly unknown[] }, query: string): Map<string, SearchHit[]> {
  const words = queryWords(query);
  const hits = new Map<string, SearchHit[]>();
  if (words.length === 0) return hits;
  const match = ftsQuery(words);
  const rows = (
    match
      ? db
          .prepare(
            `SELECT u.document_sha256, u.number, u.text
               FROM document_units_fts f JOIN document_units u ON u.id = f.rowid
              WHERE document_units_fts MATCH ? AND ${scope.sql}
              ORDER BY u.document_sha256, u.number`,
          )
          .all(match, ...scope.params)
      : db
          .prepare(`SELECT u.document_sha256, u.number, u.text FROM document_units u WHERE ${scope.sql} ORDER BY u.document_sha256, u.number`)
          .all(...scope.params)
  ) as UnitRow[];
  for (const row of rows) {
    const text = normaliseWhitespace(row.text);
    const ranges = findMatches(text, words);
    if (ranges.length === 0) continue;
    const list = hits.get(row.document_sha256) ?? [];
    list.push({ unit: row.number, count: ranges.length, snippet: snippet(text, ranges) });
    hits.set(row.document_sha256, list);
  }
  return hits;
}
