import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Core } from '../../../../../electron/core';
import { call, testCore } from '../../../../helpers/core';
import { makePdf } from '../../../../helpers/pdf';
import { tempDir } from '../../../../helpers/temp';

const fixtures = join(__dirname, '../../../../fixtures/documents');

async function importFile(core: Core, path: string) {
  return call(core, 'document:import', { fileId: core.context.files.register(path).id });
}

async function importBytes(core: Core, name: string, bytes: Buffer) {
  const path = join(tempDir(), name);
  writeFileSync(path, bytes);
  return importFile(core, path);
}

const pages = (extra: string[][] = []) => [
  ...extra,
  ['Inledning. Vi beskriver verksamheten och dess förutsättningar.'],
  ['Uppföljning. Vi följer upp målen varje månad i kvalitetsrådet.', 'Resultat. Vi följer upp målen varje vecka i arbetslaget.'],
  ['Analys. Avvikelser analyseras och leder till åtgärder.'],
];

describe('evidence anchors', () => {
  it('cuts quote and context from the stored text for a selection (whitespace as selected in the viewer)', async () => {
    const core = testCore();
    const doc = await importFile(core, join(fixtures, 'lindgarden.pdf'));
    const anchor = await call(core, 'document:anchor', {
      documentSha256: doc.sha256,
      unit: 12,
      selectedText: 'Kostnaden för bemanningssjuksköterskor var 1,9 miljoner\nkronor 2022',
    });
    expect(anchor).toMatchObject({ documentSha256: doc.sha256, page: 12, quote: 'Kostnaden för bemanningssjuksköterskor var 1,9 miljoner kronor 2022' });
    expect(anchor.prefix).toMatch(/inom sin ordinarie tjänst\. $/);
    expect(anchor.suffix).toMatch(/^ och 0 kronor 2025/);
  });

  it('uses the text before the selection to choose between repeated passages', async () => {
    const core = testCore();
    const doc = await importBytes(core, 'upprepning.pdf', await makePdf(pages()));
    const second = await call(core, 'document:anchor', {
      documentSha256: doc.sha256,
      unit: 2,
      selectedText: 'Vi följer upp målen',
      before: 'Resultat.',
    });
    expect(second.prefix).toMatch(/Resultat\. $/);
    expect(second.suffix).toMatch(/^ varje vecka/);
  });

  it('survives re-import of the same document into a fresh store, at the same page', async () => {
    const first = testCore();
    const doc = await importFile(first, join(fixtures, 'lindgarden.pdf'));
    const anchor = await call(first, 'document:anchor', { documentSha256: doc.sha256, unit: 12, selectedText: 'Förbrukningen minskade med 18 procent' });
    const second = testCore();
    const copy = join(tempDir(), 'lindgarden-kopia.pdf');
    copyFileSync(join(fixtures, 'lindgarden.pdf'), copy);
    await importFile(second, copy);
    const [resolved] = await call(second, 'document:resolve-anchors', { anchors: [anchor] });
    expect(resolved).toEqual({ status: 'found', unit: 12, anchor });
  });

  it('finds a passage again in a revised document where it moved, and reports it lost when its quote is gone', async () => {
    const core = testCore();
    const original = await importBytes(core, 'v1.pdf', await makePdf(pages()));
    const anchor = await call(core, 'document:anchor', { documentSha256: original.sha256, unit: 3, selectedText: 'Avvikelser analyseras' });
    expect(anchor.page).toBe(3);

    const shifted = await importBytes(core, 'v2.pdf', await makePdf(pages([['Ny försättssida.']])));
    const [moved] = await call(core, 'document:resolve-anchors', { anchors: [anchor], inDocument: shifted.sha256 });
    expect(moved).toMatchObject({ status: 'moved', unit: 4, anchor: { documentSha256: shifted.sha256, page: 4, quote: 'Avvikelser analyseras' } });

    const rewritten = await importBytes(core, 'v3.pdf', await makePdf([['Inledning.'], ['Uppföljning.'], ['Analys saknas i den här versionen.']]));
    const [lost] = await call(core, 'document:resolve-anchors', { anchors: [anchor], inDocument: rewritten.sha256 });
    expect(lost).toMatchObject({ status: 'lost', unit: null, anchor, reason: 'Det citerade stycket finns inte längre i dokumentet.' });

    // The original is still found where it was; an anchor to a document not on this computer is lost, not dropped.
    const results = await call(core, 'document:resolve-anchors', { anchors: [anchor, { ...anchor, documentSha256: 'f'.repeat(64) }] });
    expect(results.map((r) => r.status)).toEqual(['found', 'lost']);
  });

  it('anchors DOCX evidence by paragraph number', async () => {
    const core = testCore();
    const doc = await importFile(core, join(fixtures, 'lindgarden.docx'));
    const anchor = await call(core, 'document:anchor', { documentSha256: doc.sha256, unit: 28, selectedText: 'Lindgården i korthet' });
    expect(anchor).toMatchObject({ paragraph: 28, quote: 'Lindgården i korthet' });
    expect(anchor.page).toBeUndefined();
    await expect(
      call(core, 'document:anchor', { documentSha256: doc.sha256, unit: 28, selectedText: 'text som inte finns i dokumentet alls' }),
    ).rejects.toThrow(/kunde inte hittas/);
  });
});
