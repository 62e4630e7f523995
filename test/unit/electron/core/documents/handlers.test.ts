import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DocxBlock, DocxParagraph } from '../../../../../shared/contract/documents';
import { normaliseWhitespace } from '../../../../../shared/documents/text';
import { call, testCore } from '../../../../helpers/core';

const fixture = (name: string) => join(__dirname, '../../../../fixtures/documents', name);

function paragraphs(blocks: readonly DocxBlock[]): DocxParagraph[] {
  return blocks.flatMap((block) => (block.type === 'paragraph' ? [block] : block.rows.flatMap((row) => row.flatMap((cell) => paragraphs(cell.blocks)))));
}

describe('document channels', () => {
  it('imports directly opened files, lists them and serves the viewer what it draws', async () => {
    const core = testCore();
    const pdf = await call(core, 'document:import', { fileId: core.context.files.register(fixture('forskolan-solrosen.pdf')).id });
    const docx = await call(core, 'document:import', { fileId: core.context.files.register(fixture('forskolan-solrosen.docx')).id });
    expect(pdf).toMatchObject({ format: 'pdf', unitKind: 'page', unitCount: 30, fileName: 'forskolan-solrosen.pdf', usedBy: [], importedAt: '2026-09-01T08:00:00.000Z' });
    expect(docx).toMatchObject({ format: 'docx', unitKind: 'paragraph', pagesWithoutText: [] });
    expect((await call(core, 'document:list', {})).map((d) => d.sha256).sort()).toEqual([pdf.sha256, docx.sha256].sort());

    const view = await call(core, 'document:open', { sha256: pdf.sha256 });
    expect(view.units).toHaveLength(30);
    expect(view.units.every((u) => u.hasText)).toBe(true);
    expect(view.exampleMaterial).toBe(false);

    const { base64 } = await call(core, 'document:bytes', { sha256: pdf.sha256 });
    expect(Buffer.from(base64, 'base64').equals(readFileSync(fixture('forskolan-solrosen.pdf')))).toBe(true);
    const text = await call(core, 'document:text', { sha256: pdf.sha256 });
    expect(text[0]).toMatchObject({ unit: 1, text: expect.stringContaining('Förskolan Solrosen') });
  });

  it('numbers the DOCX view exactly like the stored, searchable paragraphs', async () => {
    const core = testCore();
    const docx = await call(core, 'document:import', { fileId: core.context.files.register(fixture('lindgarden.docx')).id });
    const shown = paragraphs(await call(core, 'document:docx-blocks', { sha256: docx.sha256 }));
    const stored = await call(core, 'document:text', { sha256: docx.sha256 });
    expect(shown.map((p) => p.number)).toEqual(stored.map((u) => u.unit));
    expect(shown.map((p) => normaliseWhitespace(p.inlines.map((i) => i.text).join('')))).toEqual(stored.map((u) => u.text));
    expect(shown[27]).toMatchObject({ number: 28, style: 'heading', level: 3 });
  });

  it('refuses what does not exist, in Swedish', async () => {
    const core = testCore();
    const pdf = await call(core, 'document:import', { fileId: core.context.files.register(fixture('lindgarden.pdf')).id });
    await expect(call(core, 'document:docx-blocks', { sha256: pdf.sha256 })).rejects.toThrow('Dokumentet är ingen Word-fil.');
    await expect(call(core, 'document:open', { sha256: 'e'.repeat(64) })).rejects.toThrow(/finns inte på den här datorn/);
    await expect(call(core, 'document:import', { fileId: 'okänd' })).rejects.toThrow(/inte längre tillgänglig/);
    await expect(call(core, 'document:search', { sha256: pdf.sha256, query: 'x'.repeat(501) })).rejects.toThrow(/ogiltiga uppgifter/);
  });
});
