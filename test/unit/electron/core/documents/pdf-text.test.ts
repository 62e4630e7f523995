import { describe, expect, it } from 'vitest';
import { extractPdfText, type PdfText } from '../../../../../electron/core/documents/pdf-text';
import { makePdf } from '../../../../helpers/pdf';
import { pageInflatingTo, pdfWithContents } from '../../../../helpers/pdf-bomb';

/** A PDF whose every page names itself, so a page skipped, mixed up or put in the wrong place shows. */
function selfNamingPdf(pages: number, label: string): Promise<Buffer> {
  return makePdf(Array.from({ length: pages }, (_, index) => [`${label} sida ${index + 1} av ${pages}.`, 'Övrig text på sidan.']));
}

async function extracted(bytes: Buffer): Promise<PdfText> {
  const result = await extractPdfText(bytes);
  if ('tooManyPages' in result) throw new Error('unexpected page limit');
  return result;
}

describe('extractPdfText: the worker pool', () => {
  it('reads every page, each in its place, when the workers share the pages', async () => {
    const pdf = await extracted(await selfNamingPdf(61, 'Ekorren'));
    expect(pdf.pages).toHaveLength(61);
    pdf.pages.forEach((text, index) => expect(text).toBe(`Ekorren sida ${index + 1} av 61.\nÖvrig text på sidan.`));
    expect(pdf.title).toBe('Testdokument');
  });

  it('keeps documents read at the same time apart', async () => {
    const [first, second] = await Promise.all([
      selfNamingPdf(23, 'Ekorren').then(extracted),
      selfNamingPdf(17, 'Grävlingen').then(extracted),
    ]);
    expect(first.pages).toHaveLength(23);
    expect(second.pages).toHaveLength(17);
    first.pages.forEach((text, index) => expect(text).toContain(`Ekorren sida ${index + 1} av 23.`));
    second.pages.forEach((text, index) => expect(text).toContain(`Grävlingen sida ${index + 1} av 17.`));
  });

  it('leaves the calling realm untouched by the polyfills pdf.js brings', async () => {
    const natives = [Array.prototype.push, JSON.stringify, JSON.parse];
    await extracted(await selfNamingPdf(3, 'Ekorren'));
    expect([Array.prototype.push, JSON.stringify, JSON.parse]).toEqual(natives);
    expect(natives.map((fn) => Function.prototype.toString.call(fn))).toEqual(natives.map(() => expect.stringContaining('[native code]')));
  });
});

describe('extractPdfText: what pdf.js may inflate', () => {
  const limits = { perStream: 4 * 1024 * 1024, perDocument: 10 * 1024 * 1024 };
  const refusedAs = (promise: Promise<unknown>) => promise.then(() => 'read', (error: Error) => error.name);

  it('reads streams up to the bounds', async () => {
    const pdf = await extractPdfText(pdfWithContents([pageInflatingTo('Sida ett', 3), pageInflatingTo('Sida 2', 3)]), limits);
    expect('pages' in pdf && pdf.pages).toEqual(['Sida ett', 'Sida 2']);
  });

  it('stops a stream that inflates beyond its bound (Flate)', async () => {
    expect(await refusedAs(extractPdfText(pdfWithContents([pageInflatingTo('Sida ett', 5)]), limits))).toBe('InflateLimit');
  });

  it('stops a document whose streams together inflate beyond its bound, each within its own', async () => {
    const pages = Array.from({ length: 4 }, (_, index) => pageInflatingTo(`Sida ${index + 1}`, 3));
    expect(await refusedAs(extractPdfText(pdfWithContents(pages), limits))).toBe('InflateLimit');
  });

  it('reads a normal document after a refused one (the bound is per document)', async () => {
    await refusedAs(extractPdfText(pdfWithContents([pageInflatingTo('Bomb', 5)]), limits));
    const pdf = await extracted(await selfNamingPdf(3, 'Ekorren'));
    expect(pdf.pages[2]).toContain('Ekorren sida 3 av 3.');
  });
});
