import { describe, expect, it } from 'vitest';
import { call, testCore } from '../../../../helpers/core';
import { importOvningDocument } from '../../../../helpers/ovning';

/** The övningsomgång's own documents (scripts/ovning/build-documents.mjs writes the new ones) and each one's allowed length in pages: the award's limit for a verksamhetsbeskrivning, a few pages for a prize application. */
const DOCUMENTS = {
  'forskolan-ekorren.pdf': [15, 30],
  'forskolan-blaklinten.pdf': [15, 30],
  'framsteget-sprakvaskan.pdf': [4, 8],
  'forskolan-solrosen.pdf': [15, 30],
  'lindgarden.pdf': [15, 30],
} as const;

describe('the övningsomgång\'s documents', () => {
  it.each(Object.entries(DOCUMENTS))('%s imports through the core with text on every page and an allowed length', async (name, [min, max]) => {
    const core = testCore();
    const summary = await importOvningDocument(core, name);
    expect(summary.unitKind).toBe('page');
    expect(summary.unitCount).toBeGreaterThanOrEqual(min);
    expect(summary.unitCount).toBeLessThanOrEqual(max);
    expect(summary.pagesWithoutText).toEqual([]);
    const pages = await call(core, 'document:text', { sha256: summary.sha256 });
    // More than a footer: every page says something.
    for (const page of pages) expect(page.text.split(/\s+/).length, `page ${page.unit}`).toBeGreaterThan(15);
  });
});
