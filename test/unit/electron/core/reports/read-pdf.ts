/**
 * Reading a rendered report back: its text per page and where each piece of
 * text sits (pdfjs-dist), its metadata, and what poppler's pdffonts and
 * pdfinfo say about fonts and tagging.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../../../../helpers/temp';

export interface TextBox {
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface PdfPage {
  /** The page's text with all whitespace (including no-break and figure spaces) as single spaces. */
  readonly text: string;
  readonly boxes: readonly TextBox[];
  readonly width: number;
  readonly height: number;
}

export interface ReadPdf {
  readonly pages: readonly PdfPage[];
  /** All pages' text, normalised like `PdfPage.text`. */
  readonly text: string;
  readonly info: Record<string, unknown>;
  /** The XMP packet, parsed by pdfjs (null when it is missing or malformed). */
  readonly xmp: { get(name: string): unknown } | null;
  /** The alternative texts of the figures in the structure tree. */
  readonly figureAlts: readonly string[];
}

interface StructNode {
  role?: string;
  alt?: string;
  children?: StructNode[];
}

function collectAlts(node: StructNode | null, into: string[]): void {
  if (!node) return;
  if (node.role === 'Figure' && node.alt) into.push(node.alt);
  for (const child of node.children ?? []) collectAlts(child, into);
}

export const normalise = (text: string) => text.replace(/\s+/gu, ' ').trim();

export async function readPdf(bytes: Buffer): Promise<ReadPdf> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const document = await pdfjs.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, verbosity: 0 }).promise;
  const pages: PdfPage[] = [];
  const figureAlts: string[] = [];
  for (let number = 1; number <= document.numPages; number += 1) {
    const page = await document.getPage(number);
    collectAlts((await page.getStructTree()) as StructNode | null, figureAlts);
    const viewport = page.getViewport({ scale: 1 });
    const content = await page.getTextContent();
    const parts: string[] = [];
    const boxes: TextBox[] = [];
    for (const item of content.items) {
      if (!('str' in item)) continue;
      parts.push(item.str, item.hasEOL ? '\n' : '');
      if (item.str.trim() !== '') {
        boxes.push({ text: item.str, x: item.transform[4], y: item.transform[5], width: item.width, height: item.height });
      }
    }
    pages.push({ text: normalise(parts.join('')), boxes, width: viewport.width, height: viewport.height });
  }
  const { info, metadata } = await document.getMetadata();
  await document.destroy();
  return { pages, text: pages.map((p) => p.text).join(' '), info: info as Record<string, unknown>, xmp: metadata, figureAlts };
}

/** Pairs of text boxes on one page whose glyph boxes overlap by more than a hair. */
export function overlappingText(page: PdfPage): [TextBox, TextBox][] {
  const found: [TextBox, TextBox][] = [];
  const boxes = page.boxes.map((b) => ({ b, x0: b.x, x1: b.x + b.width, y0: b.y - b.height * 0.2, y1: b.y + b.height * 0.75 }));
  for (let i = 0; i < boxes.length; i += 1) {
    for (let j = i + 1; j < boxes.length; j += 1) {
      const a = boxes[i]!;
      const c = boxes[j]!;
      const dx = Math.min(a.x1, c.x1) - Math.max(a.x0, c.x0);
      const dy = Math.min(a.y1, c.y1) - Math.max(a.y0, c.y0);
      if (dx > 1 && dy > 1) found.push([a.b, c.b]);
    }
  }
  return found;
}

/** Text that runs off the page. */
export function outsidePage(page: PdfPage): TextBox[] {
  return page.boxes.filter((b) => b.x < 0 || b.y < 0 || b.x + b.width > page.width + 0.5 || b.y + b.height > page.height);
}

function withFile<T>(bytes: Buffer, run: (file: string) => T): T {
  const file = join(tempDir('examinator-report-'), 'report.pdf');
  writeFileSync(file, bytes);
  return run(file);
}

/** pdffonts' rows: font name and whether it is embedded. */
export function pdffonts(bytes: Buffer): { name: string; embedded: boolean }[] {
  const out = withFile(bytes, (file) => execFileSync('pdffonts', [file], { encoding: 'utf8' }));
  return out
    .split('\n')
    .slice(2)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const columns = line.trim().split(/\s+/);
      // name type… encoding emb sub uni object ID
      return { name: columns[0]!, embedded: columns[columns.length - 5] === 'yes' };
    });
}

export function pdfinfo(bytes: Buffer, ...args: string[]): string {
  return withFile(bytes, (file) => execFileSync('pdfinfo', [...args, file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }));
}
