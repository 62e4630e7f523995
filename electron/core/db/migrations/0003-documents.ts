import type { Migration } from './index';

/**
 * Contestants' documents, stored once per content (content-addressed by
 * SHA-256), with their text per page (PDF) or paragraph (DOCX) and a full-text
 * index. The index uses the trigram tokenizer: substring matching as in a PDF
 * reader's "find" (Swedish compounds: "hantering" finds "klagomålshantering"),
 * case-insensitive and diacritics-insensitive ("oversikt" finds "Översikt").
 */
const migration: Migration = {
  version: 3,
  name: '0003-documents',
  up(db) {
    db.exec(`
      CREATE TABLE documents (
        sha256      TEXT PRIMARY KEY,
        media_type  TEXT NOT NULL CHECK (media_type IN (
                      'application/pdf',
                      'application/vnd.openxmlformats-officedocument.wordprocessingml.document')),
        bytes       INTEGER NOT NULL,
        content     BLOB NOT NULL,
        file_name   TEXT NOT NULL,
        title       TEXT NOT NULL,
        unit_kind   TEXT NOT NULL CHECK (unit_kind IN ('page', 'paragraph')),
        unit_count  INTEGER NOT NULL,
        word_count  INTEGER NOT NULL,
        has_scripts INTEGER NOT NULL CHECK (has_scripts IN (0, 1)),
        extractor   TEXT NOT NULL,
        imported_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE document_units (
        id              INTEGER PRIMARY KEY,
        document_sha256 TEXT NOT NULL REFERENCES documents (sha256) ON DELETE CASCADE,
        number          INTEGER NOT NULL CHECK (number >= 1),
        text            TEXT NOT NULL,
        has_text        INTEGER NOT NULL CHECK (has_text IN (0, 1)),
        UNIQUE (document_sha256, number)
      ) STRICT;

      CREATE VIRTUAL TABLE document_units_fts USING fts5(
        text,
        content = 'document_units',
        content_rowid = 'id',
        tokenize = 'trigram remove_diacritics 1'
      );

      CREATE TRIGGER document_units_fts_insert AFTER INSERT ON document_units BEGIN
        INSERT INTO document_units_fts (rowid, text) VALUES (new.id, new.text);
      END;

      CREATE TRIGGER document_units_fts_delete AFTER DELETE ON document_units BEGIN
        INSERT INTO document_units_fts (document_units_fts, rowid, text) VALUES ('delete', old.id, old.text);
      END;
    `);
  },
};

export default migration;
