import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { prepareDocument, storeDocument } from '../../../../../electron/core/documents/ingest';
import { testCore } from '../../../../helpers/core';
import { makePdf } from '../../../../helpers/pdf';

const fixture = (name: string) => readFileSync(join(__dirname, '../../../../fixtures/documents', name));

describe('prepareDocument: real PDFs', () => {
  it('extracts the example PDF page by page with pdfjs', async () => {
    const doc = await prepareDocument(fixture('lindgarden.pdf'), 'lindgarden.pdf');
    expect(doc.mediaType).toBe('application/pdf');
    expect(doc.unitKind).toBe('page');
    expect(doc.units).toHaveLength(30);
    expect(doc.units.every((u) => u.hasText)).toBe(true);
    expect(doc.units[0]!.text).toMatch(/^Lindgårdens vård- och omsorgsboende\nVerksamhetsbeskrivning – Kvalitetsutmärkelsen 2026/);
    expect(doc.units[11]!.text).toContain('Kostnaden för bemanningssjuksköterskor var 1,9 miljoner kronor 2022');
    expect(doc.units[11]!.text).toContain('6.1 Ledningssystem och kvalitetsråd');
    expect(doc.wordCount).toBeGreaterThan(7_000);
    expect(doc.hasScripts).toBe(false);
  });

  it('reads the other example, page 1 and page 30', async () => {
    const doc = await prepareDocument(fixture('forskolan-solrosen.pdf'), 'forskolan-solrosen.pdf');
    expect(doc.units).toHaveLength(30);
    expect(doc.units[0]!.text).toContain('Förskolan Solrosen ligger i norra Norrby');
    expect(doc.units[29]!.text.length).toBeGreaterThan(100);
  });

  it('flags a page without extractable text instead of skipping it', async () => {
    const doc = await prepareDocument(await makePdf([['Första sidan har text.'], ['12'], ['Tredje sidan.']]), 'scan.pdf');
    expect(doc.units.map((u) => [u.number, u.hasText])).toEqual([
      [1, true],
      [2, false],
      [3, true],
    ]);
  });
});

describe('prepareDocument: real DOCX', () => {
  it('numbers paragraphs by the documented rule: non-empty body paragraphs in order, headings and list items included', async () => {
    const doc = await prepareDocument(fixture('lindgarden.docx'), 'lindgarden.docx');
    expect(doc.unitKind).toBe('paragraph');
    expect(doc.title).toBe('Lindgårdens vård- och omsorgsboende');
    const text = (n: number) => doc.units[n - 1]!.text;
    expect(text(1)).toBe('Lindgårdens vård- och omsorgsboende');
    expect(text(2)).toBe('Verksamhetsbeskrivning – Kvalitetsutmärkelsen 2026');
    expect(text(3)).toBe('Enhet: Lindgårdens vård- och omsorgsboende');
    expect(text(10)).toBe('Inlämnad: 30 januari 2026');
    expect(text(11)).toBe('Innehåll');
    expect(text(12)).toBe('Inledning / Verksamhetens förutsättningar');
    expect(text(27)).toBe('1. Inledning / Verksamhetens förutsättningar');
    expect(text(28)).toBe('1.1 Lindgården i korthet');
    expect(doc.units.map((u) => u.number)).toEqual(doc.units.map((_, i) => i + 1));
  });

  it('numbers identically on every run (same file, same numbers)', async () => {
    const a = await prepareDocument(fixture('forskolan-solrosen.docx'), 'a.docx');
    const b = await prepareDocument(fixture('forskolan-solrosen.docx'), 'b.docx');
    expect(b.units).toEqual(a.units);
    expect(a.units.length).toBeGreaterThan(500);
  });
});

describe('storeDocument', () => {
  it('stores the content, its units and search index once per SHA-256', async () => {
    const core = testCore();
    const db = core.context.store.db;
    const prepared = await prepareDocument(fixture('lindgarden.pdf'), 'lindgarden.pdf');
    db.transaction(() => storeDocument(db, prepared, '2026-09-01T08:00:00.000Z'))();
    db.transaction(() => storeDocument(db, { ...prepared, fileName: 'kopia.pdf' }, '2026-09-02T08:00:00.000Z'))();
    expect(db.prepare('SELECT COUNT(*) FROM documents').pluck().get()).toBe(1);
    expect(db.prepare('SELECT file_name FROM documents').pluck().get()).toBe('lindgarden.pdf');
    expect(db.prepare('SELECT COUNT(*) FROM document_units').pluck().get()).toBe(30);
    expect(db.prepare("SELECT COUNT(*) FROM document_units_fts WHERE document_units_fts MATCH '\"bemanning\"'").pluck().get()).toBeGreaterThan(0);
    const stored = db.prepare('SELECT content FROM documents').pluck().get() as Buffer;
    expect(stored.equals(fixture('lindgarden.pdf'))).toBe(true);
  });

  it('refuses empty files and files that are neither PDF nor DOCX, in Swedish', async () => {
    await expect(prepareDocument(Buffer.alloc(0), 'tom.pdf')).rejects.toThrow(/"tom.pdf" är tom/);
    await expect(prepareDocument(Buffer.from('<html>'), 'sida.pdf')).rejects.toThrow(/varken en PDF- eller en Word-fil/);
  });
});
