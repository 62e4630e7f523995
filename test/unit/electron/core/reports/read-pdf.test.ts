import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { outsidePage, overlappingText, readPdf } from './read-pdf';

function pdf(draw: (doc: PDFKit.PDFDocument) => void): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4' });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  draw(doc);
  doc.end();
  return done;
}

describe('the layout checks the report tests rely on', () => {
  it('see text drawn over other text, and text that leaves the page', async () => {
    const bad = await readPdf(
      await pdf((doc) => {
        doc.fontSize(12).text('Styrkor och förbättringsområden', 100, 100, { lineBreak: false });
        doc.text('Överlappande rad', 110, 102, { lineBreak: false });
        doc.text('Utanför sidan', 560, 300, { lineBreak: false });
      }),
    );
    expect(overlappingText(bad.pages[0]!)).toHaveLength(1);
    expect(outsidePage(bad.pages[0]!).map((b) => b.text).join(' ')).toMatch(/^Utanför/);
  });

  it('pass text set line under line', async () => {
    const good = await readPdf(await pdf((doc) => doc.fontSize(12).text('En rad.\nEn rad till.\nOch en tredje.', 100, 100)));
    expect(good.pages[0]!.boxes.length).toBe(3);
    expect(overlappingText(good.pages[0]!)).toEqual([]);
    expect(outsidePage(good.pages[0]!)).toEqual([]);
  });
});
