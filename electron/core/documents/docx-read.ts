/**
 * A DOCX's structure and text, read by mammoth (from the repacked parts, see
 * docx-zip.ts). This runs in the DOCX worker (docx-text.ts), never on the
 * core's thread: mammoth builds its whole tree in memory.
 *
 * Paragraph numbers ("§ 42"), the DOCX's stable locations, are defined as:
 * walk the main document body in document order — for a table, row by row and
 * within a row cell by cell, descending into each cell's content (nested
 * tables alike); every paragraph whose text, with whitespace collapsed, is not
 * empty gets the next number, starting at 1. Empty paragraphs, headers,
 * footers, footnotes, comments and images get no number. Headings, list items
 * and table cells are paragraphs like any other. The rule depends only on the
 * file, so every examiner's copy numbers a passage the same.
 */
import mammoth from 'mammoth';
import type { DocxBlock, DocxInline, DocxParagraph } from '../../../shared/contract/documents';
import { normaliseWhitespace } from '../../../shared/documents/text';
import { appError } from '../../../shared/errors';
import { safeDocxParts } from './docx-zip';
import { MAX_TEXT_CHARS, tooMuchText } from './limits';

/** mammoth's document tree (its transformDocument hook sees it before HTML conversion). */
interface Element {
  readonly type: string;
  readonly children?: readonly Element[];
  readonly value?: string;
  readonly styleName?: string | null;
  readonly numbering?: { readonly isOrdered: boolean; readonly level: string } | null;
  readonly isBold?: boolean;
  readonly isItalic?: boolean;
  readonly checked?: boolean;
}

export interface DocxUnit {
  readonly number: number;
  readonly text: string;
}

export interface DocxContent {
  readonly blocks: DocxBlock[];
  readonly units: DocxUnit[];
  readonly title: string;
}

const HEADING = /^(?:heading|rubrik)\s*([1-6])$/i;

/** Numbered paragraphs beyond this (≈ 2 000 pages, as for a PDF) are no verksamhetsbeskrivning. */
export const MAX_DOCX_PARAGRAPHS = 20_000;

function inlinesOf(element: Element, style: { bold: boolean; italic: boolean }, out: DocxInline[]): void {
  const push = (text: string) => {
    if (text === '') return;
    const last = out.at(-1);
    if (last && !!last.bold === style.bold && !!last.italic === style.italic) {
      out[out.length - 1] = { ...last, text: last.text + text };
    } else {
      out.push({ text, ...(style.bold ? { bold: true } : {}), ...(style.italic ? { italic: true } : {}) });
    }
  };
  switch (element.type) {
    case 'text':
      return push(element.value ?? '');
    case 'tab':
    case 'break':
      return push(' ');
    case 'checkbox':
      return push(element.checked ? '☒ ' : '☐ ');
    case 'run': {
      const inner = { bold: style.bold || !!element.isBold, italic: style.italic || !!element.isItalic };
      for (const child of element.children ?? []) inlinesOf(child, inner, out);
      return;
    }
    case 'hyperlink':
      for (const child of element.children ?? []) inlinesOf(child, style, out);
      return;
    default:
      // Images, note and comment references, bookmarks: no text of the body.
      return;
  }
}

class Numberer {
  readonly units: DocxUnit[] = [];
  private chars = 0;

  constructor(private readonly name: string) {}

  paragraph(element: Element): DocxParagraph | null {
    const inlines: DocxInline[] = [];
    for (const child of element.children ?? []) inlinesOf(child, { bold: false, italic: false }, inlines);
    const text = normaliseWhitespace(inlines.map((inline) => inline.text).join(''));
    if (text === '') return null;
    const number = this.units.length + 1;
    this.chars += text.length;
    if (number > MAX_DOCX_PARAGRAPHS) {
      throw appError('document-too-many-paragraphs', { name: this.name, max: MAX_DOCX_PARAGRAPHS });
    }
    if (this.chars > MAX_TEXT_CHARS) throw tooMuchText(this.name);
    this.units.push({ number, text });
    const heading = HEADING.exec(element.styleName ?? '');
    const trimmed = trimInlines(inlines);
    if (heading || element.styleName === 'Title') {
      return { type: 'paragraph', number, style: 'heading', level: heading ? Number(heading[1]) : 1, inlines: trimmed };
    }
    if (element.numbering) {
      const depth = Math.min(8, Number(element.numbering.level) || 0);
      return { type: 'paragraph', number, style: 'list-item', level: depth, ordered: element.numbering.isOrdered, inlines: trimmed };
    }
    return { type: 'paragraph', number, style: 'body', level: 0, inlines: trimmed };
  }

  blocks(children: readonly Element[]): DocxBlock[] {
    const blocks: DocxBlock[] = [];
    for (const child of children) {
      if (child.type === 'paragraph') {
        const paragraph = this.paragraph(child);
        if (paragraph) blocks.push(paragraph);
      } else if (child.type === 'table') {
        const rows = (child.children ?? [])
          .filter((row) => row.type === 'tableRow')
          .map((row) => (row.children ?? []).filter((cell) => cell.type === 'tableCell').map((cell) => ({ blocks: this.blocks(cell.children ?? []) })));
        if (rows.length > 0) blocks.push({ type: 'table', rows });
      } else if (child.children) {
        blocks.push(...this.blocks(child.children));
      }
    }
    return blocks;
  }
}

/** Whitespace of the paragraph's ends removed and inner runs collapsed, so rendered text = unit text. */
function trimInlines(inlines: DocxInline[]): DocxInline[] {
  const collapsed = inlines.map((inline) => ({ ...inline, text: inline.text.replace(/\s+/gu, ' ') }));
  for (let i = 1; i < collapsed.length; i++) {
    if (collapsed[i - 1]!.text.endsWith(' ') && collapsed[i]!.text.startsWith(' ')) collapsed[i]!.text = collapsed[i]!.text.slice(1);
  }
  if (collapsed[0]) collapsed[0].text = collapsed[0].text.trimStart();
  const last = collapsed.at(-1);
  if (last) last.text = last.text.trimEnd();
  return collapsed.filter((inline) => inline.text !== '').map((inline) => ({ ...inline, text: inline.text.normalize('NFC') }));
}

/** Reads a DOCX in this thread: call it only in the DOCX worker. */
export async function readDocx(bytes: Buffer, name: string): Promise<DocxContent> {
  const parts = await safeDocxParts(bytes, name);
  let tree: Element | undefined;
  try {
    await mammoth.convertToHtml(
      { buffer: parts },
      {
        transformDocument: (document: Element) => (tree = document),
        convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
      },
    );
  } catch (error) {
    throw appError('document-damaged', { name, format: 'docx' }, { cause: error });
  }
  const numberer = new Numberer(name);
  const blocks = numberer.blocks(tree?.children ?? []);
  const heading = blocks.find((b): b is DocxParagraph => b.type === 'paragraph' && b.style === 'heading');
  const title = heading ? normaliseWhitespace(heading.inlines.map((i) => i.text).join('')) : '';
  return { blocks, units: numberer.units, title };
}
