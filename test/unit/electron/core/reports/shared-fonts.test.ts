/**
 * The fonts are parsed once and shared by every report of a batch. A glyph
 * first met inside another (an "o" inside a composite "ö", when a subset is
 * written) must still carry its character, or a later report's text layer
 * loses that letter: search, copy and screen readers read "bildl gg".
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { findFontsDir, loadReportFonts, type ReportFonts } from '../../../../../electron/core/reports/fonts';
import { tempDir } from '../../../../helpers/temp';

/** One page in the italic face, with the shared font object as the reports use it. */
function italicPdf(fonts: ReportFonts, text: string): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4' });
  doc.registerFont('italic', fonts.faces.italic as unknown as Buffer);
  doc.font('italic').fontSize(12).text(text);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  doc.end();
  return done;
}

function textOf(bytes: Buffer): string {
  const path = join(tempDir(), 'text.pdf');
  writeFileSync(path, bytes);
  return execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' }).trim();
}

describe('fonts shared by the reports of a batch', () => {
  it('keep every letter in the text layer, whatever an earlier report printed', async () => {
    const fonts = loadReportFonts(findFontsDir({ from: __dirname }));
    // The first report has "ö" but no plain "o": writing its subset meets "o" only as part of "ö".
    expect(textOf(await italicPdf(fonts, 'För äldre nätter.'))).toBe('För äldre nätter.');
    expect(textOf(await italicPdf(fonts, 'En bildlogg som ger barnen en röst.'))).toBe('En bildlogg som ger barnen en röst.');
  });

  it('keep a ligature the letters it stands for (ff, fi, fl), not the compatibility character', async () => {
    const fonts = loadReportFonts(findFontsDir({ from: __dirname }));
    const text = 'Resurseffektivitet, fina flöden och 3ffe0fb1.';
    expect(textOf(await italicPdf(fonts, text))).toBe(text);
    expect(textOf(await italicPdf(fonts, text))).toBe(text);
  });
});
