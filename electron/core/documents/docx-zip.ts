/**
 * A DOCX is a ZIP, and a ZIP can be a bomb. Before mammoth sees it, every part
 * mammoth reads is inflated by the app's one ZIP reader (zip/read.ts) under
 * byte caps (sizes that lie are refused), and mammoth gets a fresh,
 * uncompressed ZIP of just those parts: whatever tricks the original ZIP holds
 * never reach it. Entry names
 * are decoded and checked here as for round bundles (traversal, absolute
 * paths, backslashes, control characters), and symbolic links are refused:
 * Word never writes either, so such a file has been tampered with.
 */
import type { ZipFile } from 'yauzl';
import yazl from 'yazl';
import { AppError, appError } from '../../../shared/errors';
import { isSymlink, openZip, readEntry, shownName, unsafeName, zipEntries } from '../zip/read';

export const MAX_DOCX_ENTRIES = 5_000;
/** Text parts (XML) of a 30-page application are a few hundred kB; 64 MB in all is generous. */
export const MAX_DOCX_XML_BYTES = 64 * 1024 * 1024;

/**
 * mammoth holds every XML element of the parts as an object (≈ 2.5 kB each
 * while it works): 150 000 (several hundred pages from Word) fit its worker's
 * memory cap with room to spare. The fixtures' 30 pages have about 7 000.
 */
export const MAX_DOCX_ELEMENTS = 150_000;

/** The parts mammoth reads for text and structure; images and media are left out. */
const TEXT_PART = /(^\[Content_Types\]\.xml$|\.xml$|\.rels$)/i;

function bomb(name: string): AppError {
  return appError('document-docx-too-large', { name });
}

/** The text parts of a DOCX, re-packed; refuses bombs, damaged ZIPs and ZIPs that are no Word document. */
export async function safeDocxParts(bytes: Buffer, name: string): Promise<Buffer> {
  const damaged = (cause: unknown) =>
    appError('document-damaged', { name, format: 'docx' }, { cause });
  let zip: ZipFile;
  try {
    zip = await openZip(bytes, `"${name}"`);
  } catch (error) {
    throw damaged(error);
  }
  const parts = new Map<string, Buffer>();
  try {
    if (zip.entryCount > MAX_DOCX_ENTRIES) throw bomb(name);
    let budget = MAX_DOCX_XML_BYTES;
    for await (const entry of zipEntries(zip)) {
      const problem = unsafeName(entry.name);
      if (problem) {
        throw appError('document-docx-unsafe-entry', { name, problem, shown: shownName(entry.name) });
      }
      if (isSymlink(entry.raw)) {
        throw appError('document-docx-symlink', { name, shown: shownName(entry.name) });
      }
      if (!TEXT_PART.test(entry.name) || entry.name.endsWith('/')) continue;
      if (entry.uncompressedSize > budget) throw bomb(name);
      parts.set(entry.name, await readEntry(zip, entry, budget, `"${name}"`));
      budget -= entry.uncompressedSize;
    }
  } catch (error) {
    if (error instanceof AppError && error.code === 'zip-entry-overflow') throw bomb(name);
    throw error instanceof AppError && error.code.startsWith('document-') ? error : damaged(error);
  } finally {
    zip.close();
  }
  if (!parts.has('word/document.xml') || !parts.has('[Content_Types].xml')) {
    throw appError('document-zip-not-docx', { name });
  }
  if (countElements(parts.values(), MAX_DOCX_ELEMENTS) > MAX_DOCX_ELEMENTS) {
    throw appError('document-docx-too-complex', { name, max: MAX_DOCX_ELEMENTS });
  }
  return repack(parts);
}

/**
 * The XML elements (start and empty tags) in `xmls`, counted up to just past `limit`. A raw "<" in XML
 * only opens markup, so every "<" not followed by "/", "?" or "!" opens an element.
 */
function countElements(xmls: Iterable<Buffer>, limit: number): number {
  let count = 0;
  for (const xml of xmls) {
    for (let at = xml.indexOf(0x3c); at !== -1 && count <= limit; at = xml.indexOf(0x3c, at + 1)) {
      const next = xml[at + 1];
      if (next !== 0x2f && next !== 0x3f && next !== 0x21) count++;
    }
  }
  return count;
}

function repack(parts: Map<string, Buffer>): Promise<Buffer> {
  const out = new yazl.ZipFile();
  for (const [path, content] of parts) out.addBuffer(content, path, { compress: false });
  return zipBytes(out);
}

/** Ends a ZIP being written and collects its bytes. */
export function zipBytes(out: yazl.ZipFile): Promise<Buffer> {
  out.end();
  const chunks: Buffer[] = [];
  return new Promise((resolve, reject) => {
    out.outputStream.on('data', (chunk: Buffer) => chunks.push(chunk));
    out.outputStream.on('end', () => resolve(Buffer.concat(chunks)));
    out.outputStream.on('error', reject);
  });
}
