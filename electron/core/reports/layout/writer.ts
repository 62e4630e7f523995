/**
 * One PDF being written: an A4 pdfkit document set up as a tagged PDF/A-2a in
 * Swedish, with the report fonts, metadata, a structure tree that every layout
 * module adds to, and page breaks that keep tagged content intact.
 */
import PDFDocument from 'pdfkit';
import { shapingCache, type ReportFonts } from '../fonts';
import { GlyphCoverage } from './fallback';
import { colors, fonts, pageSetup } from './theme';

export type FontStyle = keyof typeof fonts;
const FALLBACK = 'Fallback';
type Struct = PDFKit.PDFStructureElement;
/** pdfkit's structure options; `scope` marks a table header cell as heading its row or column. */
type StructOptions = { title?: string; lang?: string; alt?: string; expanded?: string; actual?: string; scope?: 'Row' | 'Column' | 'Both' };

export interface WriterSetup {
  readonly fonts: ReportFonts;
  readonly orientation: 'portrait' | 'landscape';
  readonly metadata: {
    readonly title: string;
    readonly subject: string;
    readonly author: string;
    readonly keywords: readonly string[];
  };
  /** Also seeds the document id: the same date and content give the same bytes. */
  readonly creationDate: Date;
}

/** Draws the running header and footer on one finished page. */
export type PageFrame = (writer: ReportWriter, pageIndex: number, pageCount: number) => void;

export const CREATOR = 'Examinator';

export class ReportWriter {
  readonly doc: PDFKit.PDFDocument;
  /** Characters drawn that no embedded face has (see fallback.ts). */
  readonly coverage: GlyphCoverage;
  private role: FontStyle = 'regular';
  private readonly parents: Struct[];
  private readonly bytes: Promise<Buffer>;

  constructor(setup: WriterSetup) {
    const { margins } = pageSetup[setup.orientation];
    this.doc = new PDFDocument({
      size: 'A4',
      layout: setup.orientation,
      margins: { ...margins },
      bufferPages: true,
      pdfVersion: '1.7',
      subset: 'PDF/A-2a',
      tagged: true,
      lang: 'sv-SE',
      displayTitle: true,
      info: {
        Title: setup.metadata.title,
        Subject: setup.metadata.subject,
        Author: setup.metadata.author,
        Keywords: setup.metadata.keywords.join(', '),
        Creator: CREATOR,
        Producer: CREATOR,
        CreationDate: setup.creationDate,
      },
    });
    escapeXmpInfo(this.doc);
    for (const role of Object.keys(fonts) as FontStyle[]) {
      // pdfkit takes a parsed fontkit font as well as bytes (its types list only bytes), and keeps
      // a word → glyph-run cache per font that it only reads after filling: share it across documents.
      this.doc.registerFont(fonts[role], setup.fonts.faces[role] as unknown as Buffer);
      this.doc.font(fonts[role]);
      (this.doc as unknown as { _font: { layoutCache: object } })._font.layoutCache = shapingCache(setup.fonts, role);
    }
    this.doc.registerFont(FALLBACK, setup.fonts.fallback as unknown as Buffer);
    this.coverage = new GlyphCoverage(setup.fonts.fallback);
    this.drawWithFallback(setup.fonts);
    const chunks: Buffer[] = [];
    this.doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    this.bytes = new Promise((resolve, reject) => {
      this.doc.on('end', () => resolve(Buffer.concat(chunks)));
      this.doc.on('error', reject);
    });
    const root = this.doc.struct('Document');
    this.doc.addStructure(root);
    this.parents = [root];
    this.style('regular', 10, colors.text);
  }

  get left(): number {
    return this.doc.page.margins.left;
  }
  get right(): number {
    return this.doc.page.width - this.doc.page.margins.right;
  }
  get width(): number {
    return this.right - this.left;
  }
  get top(): number {
    return this.doc.page.margins.top;
  }
  get bottom(): number {
    return this.doc.page.height - this.doc.page.margins.bottom;
  }
  get y(): number {
    return this.doc.y;
  }
  set y(value: number) {
    this.doc.y = value;
  }
  /** Points left above the bottom margin. */
  get remaining(): number {
    return this.bottom - this.doc.y;
  }
  get pageIndex(): number {
    const { start, count } = this.doc.bufferedPageRange();
    return start + count - 1;
  }

  style(font: FontStyle, fontSize: number, color: string = colors.text): this {
    this.role = font;
    this.doc.font(fonts[font]).fontSize(fontSize).fillColor(color);
    return this;
  }

  /**
   * Every doc.text of the layout modules draws runs of text the style's face lacks in the fallback face,
   * continuing on the same line (pdfkit's `continued`); text the face has throughout is drawn as it is.
   */
  private drawWithFallback(faces: ReportFonts): void {
    const doc = this.doc;
    const draw = doc.text.bind(doc) as (text: string, ...rest: unknown[]) => PDFKit.PDFDocument;
    doc.text = ((text: string, x?: number | PDFKit.Mixins.TextOptions, y?: number, options?: PDFKit.Mixins.TextOptions) => {
      const runs = this.coverage.runs(String(text), faces.faces[this.role]);
      if (runs.length === 1 && !runs[0]!.fallback) return draw(text, x, y, options);
      const [at, textOptions] = typeof x === 'object' ? [[], x] : [[x, y], options ?? {}];
      runs.forEach((run, index) => {
        doc.font(run.fallback ? FALLBACK : fonts[this.role]);
        const last = index === runs.length - 1;
        const runOptions = { ...textOptions, continued: last ? (textOptions.continued ?? false) : true };
        if (index === 0) draw(run.text, ...at, runOptions);
        else draw(run.text, runOptions);
      });
      doc.font(fonts[this.role]);
      return doc;
    }) as typeof doc.text;
  }

  /** Starts a new page; tagged content that is open continues there. */
  newPage(): void {
    this.doc.continueOnNewPage();
    this.doc.x = this.left;
  }

  /** A new page unless `height` points still fit on this one. True when it broke. */
  ensureSpace(height: number): boolean {
    if (this.doc.y + height <= this.bottom || this.doc.y <= this.top + 0.5) return false;
    this.newPage();
    return true;
  }

  /** A structure element (Sect, L, LI, Table, TR …) holding whatever `draw` tags. */
  group(type: string, draw: () => void, options: StructOptions = {}): void {
    const element = this.doc.struct(type as never, options);
    this.current().add(element);
    this.parents.push(element);
    try {
      draw();
    } finally {
      this.parents.pop();
      element.end();
    }
  }

  /** Marked content of `type` (H1, P, TD, Figure …): what `draw` paints is what a screen reader reads. */
  content(type: string, draw: () => void, options: StructOptions = {}): void {
    this.current().add(this.doc.struct(type as never, options, draw));
  }

  /** Decoration that assistive technology skips (rules, fills, running headers). Never nest inside content(). */
  artifact(draw: () => void, type?: 'Pagination' | 'Layout'): void {
    this.doc.markContent('Artifact', type ? { type } : undefined);
    try {
      draw();
    } finally {
      this.doc.endMarkedContent();
    }
  }

  /**
   * Decoration beside content that ran from (startPage, startY) down to endY on
   * the current page, drawn on every page the content crossed.
   */
  spanRule(startPage: number, startY: number, endY: number, draw: (top: number, bottom: number) => void): void {
    const current = this.pageIndex;
    for (let page = startPage; page <= current; page += 1) {
      this.doc.switchToPage(page);
      const top = page === startPage ? startY : this.top;
      const bottom = page === current ? endY : this.bottom;
      if (bottom > top) this.artifact(() => draw(top, bottom));
    }
    this.doc.switchToPage(current);
  }

  /** Runs the frame on every page, closes the document and returns its bytes. */
  finish(frame: PageFrame): Promise<Buffer> {
    const { start, count } = this.doc.bufferedPageRange();
    for (let index = start; index < start + count; index += 1) {
      this.doc.switchToPage(index);
      const { bottom } = this.doc.page.margins;
      // Text below the bottom margin would otherwise start a new page.
      this.doc.page.margins.bottom = 0;
      this.artifact(() => frame(this, index, count), 'Pagination');
      this.doc.page.margins.bottom = bottom;
    }
    this.parents[0]?.end();
    this.doc.end();
    return this.bytes;
  }

  private current(): Struct {
    const parent = this.parents[this.parents.length - 1];
    if (!parent) throw new Error('No open structure element');
    return parent;
  }
}

/**
 * pdfkit copies Title, Author, Subject and Keywords into the XMP packet without
 * escaping them, so "Vård & omsorg" would break the metadata. Escape them for
 * the XMP only; the Info dictionary keeps the plain text.
 */
function escapeXmpInfo(doc: PDFKit.PDFDocument): void {
  const internal = doc as unknown as { _addInfo: () => void; info: Record<string, unknown> };
  const addInfo = internal._addInfo;
  internal._addInfo = function (this: typeof internal) {
    const plain = this.info;
    this.info = Object.fromEntries(Object.entries(plain).map(([key, value]) => [key, typeof value === 'string' ? escapeXml(value) : value]));
    try {
      addInfo.call(this);
    } finally {
      this.info = plain;
    }
  };
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
