/**
 * The app's one ZIP reader, for round bundles, criteria sheets (XLSX) and DOCX
 * files. Reading a ZIP without trusting it (yauzl): names decoded by us and checked
 * for traversal, absolute paths, backslashes and duplicates; symlinks,
 * encryption and unknown compression refused; declared sizes bounded before
 * any byte is inflated; every entry streamed with a hard byte cap.
 */
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { AppError, appError } from '../../../shared/errors';
import { formatMegabytes } from '../../../shared/format';

export interface ZipEntry {
  readonly name: string;
  readonly uncompressedSize: number;
  readonly raw: Entry;
}

/** An entry name as it may be shown: control characters escaped, long names cut. */
export function shownName(name: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what must not reach a message
  const safe = name.replace(/[\u0000-\u001f\u007f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
  return safe.length > 120 ? `${safe.slice(0, 117)}…` : safe;
}

/** Why an entry name is unsafe (completing "… innehåller en post som …"), or null. */
export function unsafeName(name: string): string | null {
  if (name === '') return 'har inget namn';
  if (name.includes('\\')) return 'har ett namn med bakåtsnedstreck (\\)';
  if (name.startsWith('/') || /^[A-Za-z]:/.test(name)) return 'har en absolut sökväg';
  if (name.split('/').includes('..')) return 'pekar ut ur arkivet med ".."';
  // eslint-disable-next-line no-control-regex -- see above
  if (/[\u0000-\u001f\u007f]/.test(name)) return 'har ett namn med styrtecken';
  // yauzl's own check, as a second opinion on whatever we missed.
  if (yauzl.validateFileName(name) !== null) return 'har ett otillåtet namn';
  return null;
}

const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;

/** Made by Unix (3) or macOS (19): only then do the external attributes hold a Unix mode. */
const UNIX_HOSTS = new Set([3, 19]);

/** Whether the entry's Unix mode (external attributes) says it is a symbolic link. */
export function isSymlink(raw: Entry): boolean {
  return UNIX_HOSTS.has(raw.versionMadeBy >>> 8) && ((raw.externalFileAttributes >>> 16) & S_IFMT) === S_IFLNK;
}

const OPEN_OPTIONS = { lazyEntries: true, decodeStrings: false, validateEntrySizes: true, autoClose: false } as const;

/** A ZIP on disk (round bundles, criteria sheets) or in memory (a DOCX): entries read one at a time, names left raw. */
export async function openZip(source: string | Buffer, what: string): Promise<ZipFile> {
  try {
    return await (typeof source === 'string' ? yauzl.openPromise(source, OPEN_OPTIONS) : yauzl.fromBufferPromise(source, OPEN_OPTIONS));
  } catch (error) {
    throw appError('zip-unreadable', { what }, { cause: error });
  }
}

/** The central directory's entries in order, each with its name decoded by us (never trusted to yauzl's flags). */
export async function* zipEntries(zip: ZipFile): AsyncGenerator<ZipEntry> {
  for await (const raw of zip.eachEntry()) {
    const name = yauzl.getFileNameLowLevel(raw.generalPurposeBitFlag, raw.fileNameRaw, raw.extraFields, true);
    yield { name, uncompressedSize: raw.uncompressedSize, raw };
  }
}

export interface ListLimits {
  readonly entries: number;
  readonly totalBytes: number;
  /** The most a named entry may hold uncompressed. */
  readonly maxBytesFor: (name: string) => number;
}

/** The central directory only (nothing inflated): every entry checked against the limits. */
export async function listEntries(zip: ZipFile, limits: ListLimits, what: string): Promise<Map<string, ZipEntry>> {
  if (zip.entryCount > limits.entries) {
    throw appError('zip-too-many-entries', { what, count: zip.entryCount, max: limits.entries });
  }
  const entries = new Map<string, ZipEntry>();
  let total = 0;
  try {
    for await (const entry of zipEntries(zip)) {
      const { name, raw } = entry;
      const shown = shownName(name);
      const problem = unsafeName(name);
      if (problem) throw appError('zip-unsafe-name', { what, problem, shown });
      if (entries.has(name)) throw appError('zip-duplicate', { what, shown });
      if (isSymlink(raw)) throw appError('zip-symlink', { what, shown });
      if (raw.isEncrypted()) throw appError('zip-encrypted', { shown, what });
      if (raw.compressionMethod !== 0 && raw.compressionMethod !== 8) {
        throw appError('zip-compression', { shown, what });
      }
      const max = limits.maxBytesFor(name);
      if (raw.uncompressedSize > max) {
        throw appError('zip-entry-too-large', { shown, what, size: formatMegabytes(raw.uncompressedSize), max: formatMegabytes(max) });
      }
      total += raw.uncompressedSize;
      if (total > limits.totalBytes) {
        throw appError('zip-too-large', { what, max: formatMegabytes(limits.totalBytes) });
      }
      entries.set(name, entry);
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw appError('zip-unreadable', { what }, { cause: error });
  }
  return entries;
}

/**
 * Inflates one entry into memory, never past `cap` bytes: a stream that says
 * more than the central directory declared (or than `cap`) is cut off.
 */
export async function readEntry(zip: ZipFile, entry: ZipEntry, cap: number, what: string): Promise<Buffer> {
  const shown = shownName(entry.name);
  const limit = Math.min(cap, entry.uncompressedSize);
  const chunks: Buffer[] = [];
  let received = 0;
  try {
    const stream = await zip.openReadStreamPromise(entry.raw);
    try {
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        received += chunk.length;
        if (received > limit) {
          throw appError('zip-entry-overflow', { shown, what });
        }
        chunks.push(chunk);
      }
    } finally {
      stream.destroy();
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw appError('zip-entry-damaged', { shown, what }, { cause: error });
  }
  if (received !== entry.uncompressedSize) {
    throw appError('zip-entry-damaged', { shown, what });
  }
  return Buffer.concat(chunks, received);
}
