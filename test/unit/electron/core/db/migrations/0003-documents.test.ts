import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../../../../electron/core/db/migrate';
import { migrations } from '../../../../../../electron/core/db/migrations';

function insertDocument(db: Database.Database, sha: string, mediaType = 'application/pdf') {
  db.prepare('INSERT INTO documents VALUES (?, ?, 3, ?, ?, ?, ?, ?, ?, ?, ?, ?)').run(
    sha, mediaType, Buffer.from('pdf'), 'a.pdf', 'A', 'page', 1, 2, 0, 'test', '2026-09-01',
  );
}

describe('migration 0003-documents', () => {
  it('stores each document once by its hash and only PDF or DOCX', () => {
    const db = new Database(':memory:');
    migrate(db, migrations.slice(0, 3));
    insertDocument(db, 'a'.repeat(64));
    expect(() => insertDocument(db, 'a'.repeat(64))).toThrow(/UNIQUE/);
    expect(() => insertDocument(db, 'b'.repeat(64), 'text/html')).toThrow(/CHECK/);
    db.close();
  });

  it('keeps the trigram index in step with the units, diacritics- and case-insensitive, and cascades deletes', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, migrations.slice(0, 3));
    insertDocument(db, 'a'.repeat(64));
    db.prepare('INSERT INTO document_units (document_sha256, number, text, has_text) VALUES (?, 1, ?, 1)').run('a'.repeat(64), 'Klagomålshantering på Översiktsnivå');
    const count = (q: string) => db.prepare('SELECT COUNT(*) FROM document_units_fts WHERE document_units_fts MATCH ?').pluck().get(q);
    expect(count('"hantering"')).toBe(1);
    expect(count('"OVERSIKT"')).toBe(1);
    expect(count('"klagomal"')).toBe(1);
    expect(() => db.prepare('INSERT INTO document_units (document_sha256, number, text, has_text) VALUES (?, 1, ?, 1)').run('c'.repeat(64), 'x')).toThrow(/FOREIGN KEY/);
    db.prepare('DELETE FROM documents').run();
    expect(db.prepare('SELECT COUNT(*) FROM document_units').pluck().get()).toBe(0);
    expect(count('"hantering"')).toBe(0);
    db.close();
  });
});
