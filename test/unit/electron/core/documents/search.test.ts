import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { prepareDocument, storeDocument, type PreparedDocument } from '../../../../../electron/core/documents/ingest';
import type { Db } from '../../../../../electron/core/db/open';
import { call, testCore } from '../../../../helpers/core';

const fixture = (name: string) => readFileSync(join(__dirname, '../../../../fixtures/documents', name));
const prepared = new Map<string, PreparedDocument>();

beforeAll(async () => {
  for (const name of ['lindgarden.pdf', 'forskolan-solrosen.pdf', 'lindgarden.docx']) {
    prepared.set(name, await prepareDocument(fixture(name), name));
  }
});

function storeAll(db: Db) {
  db.transaction(() => {
    for (const doc of prepared.values()) storeDocument(db, doc, '2026-09-01T08:00:00.000Z');
  })();
}

/** A minimal round whose two contestants have the two PDFs (the bundle importer's tables). */
function insertRound(db: Db) {
  db.exec(`
    INSERT INTO criteria_packages VALUES ('${'c'.repeat(64)}', 'ku', 1, 'KU 2026', 2026, 'k', 1, x'00', '2026-06-01');
    INSERT INTO rounds VALUES ('ku-2026', 'Övningsomgång 2026', 2026, '${'c'.repeat(64)}', '2026-09-15', '2026-09-30',
      '2026-10-15', '2026-11-15', 'k', 1, x'00', '${'b'.repeat(64)}', '2026-06-01');
    INSERT INTO examiners VALUES ('ku-2026', 'e1', 'Anna', 'anna@example.se', 'Org', 0);
    INSERT INTO teams VALUES ('ku-2026', 't1', 'e1', 0);
    INSERT INTO contestants VALUES ('ku-2026', 'solrosen', 'Förskolan Solrosen', 'Norrby', 'forskola', 't1', 0);
    INSERT INTO contestants VALUES ('ku-2026', 'lindgarden', 'Lindgårdens vård- och omsorgsboende', 'Sjövik', 'aldre', 't1', 1);
  `);
  const link = db.prepare("INSERT INTO contestant_documents VALUES ('ku-2026', ?, 0, ?, ?, 'application/pdf', ?, ?)");
  const solrosen = prepared.get('forskolan-solrosen.pdf')!;
  const lindgarden = prepared.get('lindgarden.pdf')!;
  link.run('solrosen', 'documents/solrosen.pdf', 'Verksamhetsbeskrivning Solrosen', solrosen.sha256, solrosen.bytes.length);
  link.run('lindgarden', 'documents/lindgarden.pdf', 'Verksamhetsbeskrivning Lindgården', lindgarden.sha256, lindgarden.bytes.length);
}

describe('document:search', () => {
  it('lists hits by page, case- and diacritics-insensitively, with snippets marking the match', async () => {
    const core = testCore();
    storeAll(core.context.store.db);
    const sha256 = prepared.get('lindgarden.pdf')!.sha256;
    // Pages found independently with pdftotext on the same file.
    const expected = [1, 4, 12, 14, 15, 16, 18, 25, 28, 29];
    for (const query of ['klagomål', 'KLAGOMÅL', 'Klagomal']) {
      const result = await call(core, 'document:search', { sha256, query });
      expect(result.hits.map((hit) => hit.unit)).toEqual(expected);
    }
    const result = await call(core, 'document:search', { sha256, query: 'ÖPPENHET' });
    expect(result.hits.map((hit) => hit.unit)).toEqual([1, 17]);
    const hit = result.hits[1]!;
    const [start, end] = hit.snippet.marks[0]!;
    expect(hit.snippet.text.slice(start, end).toLowerCase()).toBe('öppenhet');
    expect(result.total).toBeGreaterThanOrEqual(2);
  });

  it('finds parts of Swedish compounds and requires every word', async () => {
    const core = testCore();
    storeAll(core.context.store.db);
    const sha256 = prepared.get('lindgarden.pdf')!.sha256;
    const compound = await call(core, 'document:search', { sha256, query: 'sjuksköterskor' });
    expect(compound.hits.some((h) => h.unit === 12)).toBe(true); // "bemanningssjuksköterskor"
    const both = await call(core, 'document:search', { sha256, query: 'bemanningssjuksköterskor 2022' });
    const single = await call(core, 'document:search', { sha256, query: 'bemanningssjuksköterskor' });
    expect(both.hits.length).toBeLessThanOrEqual(single.hits.length);
    expect(both.hits.map((h) => h.unit)).toContain(12);
  });

  it('searches DOCX paragraphs by paragraph number', async () => {
    const core = testCore();
    storeAll(core.context.store.db);
    const sha256 = prepared.get('lindgarden.docx')!.sha256;
    const result = await call(core, 'document:search', { sha256, query: 'lindgården i korthet' });
    expect(result.hits[0]?.unit).toBe(28);
  });

  it('never passes the query as FTS syntax: quotes, operators and short words are just text', async () => {
    const core = testCore();
    storeAll(core.context.store.db);
    const sha256 = prepared.get('lindgarden.pdf')!.sha256;
    for (const query of ['"', 'NEAR(mål, 2)', 'mål*', 'text:mål', 'AND OR NOT', '^', '"mål" OR 1=1 --']) {
      await expect(call(core, 'document:search', { sha256, query })).resolves.toMatchObject({ query: expect.any(String) });
    }
    // Words shorter than a trigram are found by scanning.
    const short = await call(core, 'document:search', { sha256, query: 'MAS' });
    expect(short.hits.map((h) => h.unit)).toContain(3);
    expect((await call(core, 'document:search', { sha256, query: '   ' })).hits).toEqual([]);
  });
});

describe('document:search-round', () => {
  it("searches all of a round's documents, grouped by contestant, in the contestants' order", async () => {
    const core = testCore();
    const db = core.context.store.db;
    storeAll(db);
    insertRound(db);
    const result = await call(core, 'document:search-round', { roundId: 'ku-2026', query: 'kvalitetsutmärkelsen' });
    expect(result.roundTitle).toBe('Övningsomgång 2026');
    expect(result.documents.map((d) => d.contestantName)).toEqual(['Förskolan Solrosen', 'Lindgårdens vård- och omsorgsboende']);
    expect(result.documents[0]!.hits[0]!.unit).toBe(1);
    // The DOCX is not part of the round: not searched.
    expect(result.documents).toHaveLength(2);
    await expect(call(core, 'document:search-round', { roundId: 'saknas', query: 'x' })).rejects.toThrow(/Omgången finns inte/);
  });
});
