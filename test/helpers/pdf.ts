import { execFileSync } from 'node:child_process';
import PDFDocument from 'pdfkit';

export interface MakePdfOptions {
  /** Encrypts the PDF; a user password means it cannot be opened without it. */
  readonly userPassword?: string;
  readonly ownerPassword?: string;
  /** A document-level JavaScript action run on open (by readers that run scripts). */
  readonly openActionScript?: string;
  readonly title?: string;
}

/**
 * A text PDF made with pdfkit (Helvetica, WinAnsi: å, ä, ö round-trip), one
 * array of paragraphs per page; deterministic for the same input.
 */
export function makePdf(pages: readonly (readonly string[])[], options: MakePdfOptions = {}): Promise<Buffer> {
  const doc = new PDFDocument({
    autoFirstPage: false,
    size: 'A4',
    margin: 56,
    pdfVersion: '1.7',
    info: { Title: options.title ?? 'Testdokument', CreationDate: new Date('2026-01-30T10:00:00Z') },
    ...(options.userPassword !== undefined ? { userPassword: options.userPassword } : {}),
    ...(options.ownerPassword !== undefined ? { ownerPassword: options.ownerPassword } : {}),
  });
  if (options.openActionScript) {
    // pdfkit has no API for actions: add the catalog entry through its object model.
    const action = doc.ref({ Type: 'Action', S: 'JavaScript', JS: new String(options.openActionScript) });
    (action as unknown as { end(): void }).end();
    (doc as unknown as { _root: { data: Record<string, unknown> } })._root.data.OpenAction = action;
  }
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  for (const paragraphs of pages) {
    doc.addPage();
    doc.font('Helvetica').fontSize(11);
    for (const paragraph of paragraphs) doc.text(paragraph, { paragraphGap: 8, lineGap: 2 });
  }
  doc.end();
  return done;
}

/** A PDF's text as pdftotext reads it (-raw), whitespace collapsed: what a reader finds in it. */
export const pdfText = (path: string): string => execFileSync('pdftotext', ['-raw', path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
