/**
 * PDFs whose content streams inflate far beyond their size (compression
 * bombs), made without ever holding the inflated bytes: a deflate stream may
 * consist of many blocks, and one megabyte of spaces compressed with a full
 * flush is a self-contained run of blocks (about 1 kB) that can be repeated.
 * The zlib header and Adler-32 trailer are computed, so the streams are valid
 * for any reader, not only for pdf.js.
 */
import { constants, deflateRawSync } from 'node:zlib';

const MB = 1024 * 1024;
const SPACE = 0x20;

/** Adler-32 of `prefix` followed by `count` copies of `byte`, without making them. */
function adler32(prefix: Buffer, byte: number, count: bigint): number {
  const MOD = 65521n;
  let a = 1n;
  let b = 0n;
  for (const value of prefix) {
    a = (a + BigInt(value)) % MOD;
    b = (b + a) % MOD;
  }
  // After n more bytes c: a' = a + n·c, b' = b + n·a + c·n(n+1)/2.
  const c = BigInt(byte);
  const a2 = (a + count * c) % MOD;
  const b2 = (b + count * a + (c * count * (count + 1n)) / 2n) % MOD;
  return Number((b2 << 16n) | a2);
}

/** A zlib stream of `text` followed by `megabytes` MB of spaces. */
export function inflatingStream(text: string, megabytes: number): Buffer {
  const prefix = Buffer.from(text, 'latin1');
  const head = deflateRawSync(prefix, { finishFlush: constants.Z_FULL_FLUSH });
  const block = deflateRawSync(Buffer.alloc(MB, SPACE), { finishFlush: constants.Z_FULL_FLUSH, level: 9 });
  const end = deflateRawSync(Buffer.alloc(0), { finishFlush: constants.Z_FINISH });
  const trailer = Buffer.alloc(4);
  trailer.writeUInt32BE(adler32(prefix, SPACE, BigInt(megabytes) * BigInt(MB)) >>> 0);
  return Buffer.concat([Buffer.from([0x78, 0xda]), head, ...Array<Buffer>(megabytes).fill(block), end, trailer]);
}

/** A PDF of one page per content stream (already Flate-compressed), with Helvetica as /F1. */
export function pdfWithContents(contents: readonly Buffer[]): Buffer {
  const objects: Buffer[] = [];
  const pageIds = contents.map((_, index) => 4 + index * 2);
  objects.push(Buffer.from('<< /Type /Catalog /Pages 2 0 R >>'));
  objects.push(Buffer.from(`<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${contents.length} >>`));
  objects.push(Buffer.from('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>'));
  contents.forEach((content, index) => {
    const contentId = 5 + index * 2;
    objects.push(Buffer.from(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents ${contentId} 0 R >>`));
    objects.push(Buffer.concat([Buffer.from(`<< /Length ${content.length} /Filter /FlateDecode >>\nstream\n`), content, Buffer.from('\nendstream')]));
  });
  const parts: Buffer[] = [Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  let offset = parts[0]!.length;
  const offsets: number[] = [];
  objects.forEach((body, index) => {
    offsets.push(offset);
    const object = Buffer.concat([Buffer.from(`${index + 1} 0 obj\n`), body, Buffer.from('\nendobj\n')]);
    parts.push(object);
    offset += object.length;
  });
  const xref = [`xref\n0 ${objects.length + 1}\n`, '0000000000 65535 f \n', ...offsets.map((at) => `${String(at).padStart(10, '0')} 00000 n \n`)].join('');
  parts.push(Buffer.from(`${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${offset}\n%%EOF\n`));
  return Buffer.concat(parts);
}

/** A page's content: a line of text, then `megabytes` MB of spaces. */
export const pageInflatingTo = (text: string, megabytes: number) => inflatingStream(`BT /F1 12 Tf 72 770 Td (${text}) Tj ET\n`, megabytes);
