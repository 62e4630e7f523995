import { describe, expect, it } from 'vitest';
import { prepareDocument, storeDocument } from '../../../../../electron/core/documents/ingest';
import { testCore } from '../../../../helpers/core';

describe('prepareDocument / storeDocument', () => {
  it('stores the same content once, addressed by its SHA-256', async () => {
    const core = testCore();
    const pdf = Buffer.from('%PDF-1.7\n…');
    const prepared = await prepareDocument(pdf, 'a.pdf');
    expect(prepared.sha256).toMatch(/^[0-9a-f]{64}$/);
    storeDocument(core.context.store.db, prepared, '2026-09-01');
    storeDocument(core.context.store.db, await prepareDocument(pdf, 'copy.pdf'), '2026-09-02');
    expect(core.context.store.db.prepare('SELECT COUNT(*) FROM documents').pluck().get()).toBe(1);
  });

  it('refuses empty files and files that are neither PDF nor DOCX, in Swedish', async () => {
    await expect(prepareDocument(Buffer.alloc(0), 'tom.pdf')).rejects.toThrow(/"tom.pdf" är tom/);
    await expect(prepareDocument(Buffer.from('<html>'), 'sida.pdf')).rejects.toThrow(/varken en PDF- eller en Word-fil/);
  });
});
