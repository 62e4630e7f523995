/**
 * The app's one ZIP reader, for round bundles, criteria sheets (XLSX) and DOCX
 * files. Reading a ZIP without trusting it (yauzl): names decoded by us and checked
 * for traversal, absolute paths, backslashes and duplicates; symlinks,
 * encryption and unknown compression refused; declared sizes bounded before
 * any byte is inflated; every entry streamed with a hard byte cap.
 */
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { AppError } from '../../../shared/errors';
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
    throw new AppError('zip-unreadable', `${what} är ingen läsbar ZIP-fil; den kan vara trasig eller av fel typ.`, { cause: error });
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
    throw new AppError('zip-too-many-entries', `${what} innehåller ${zip.entryCount} filer; högst ${limits.entries} är tillåtna.`);
  }
  const entries = new Map<string, ZipEntry>();
  let total = 0;
  try {
    for await (const entry of zipEntries(zip)) {
      const { name, raw } = entry;
      const shown = shownName(name);
      const problem = unsafeName(name);
      if (problem) throw new AppError('zip-unsafe-name', `${what} innehåller en post som ${problem}: "${shown}".`);
      if (entries.has(name)) throw new AppError('zip-duplicate', `${what} innehåller "${shown}" två gånger.`);
      if (isSymlink(raw)) throw new AppError('zip-symlink', `${what} innehåller en symbolisk länk ("${shown}"), vilket inte är tillåtet.`);
      if (raw.isEncrypted()) throw new AppError('zip-encrypted', `"${shown}" i ${what.toLowerCase()} är krypterad och kan inte läsas.`);
      if (raw.compressionMethod !== 0 && raw.compressionMethod !== 8) {
        throw new AppError('zip-compression', `"${shown}" i ${what.toLowerCase()} är packad på ett sätt som Examinator inte läser.`);
      }
      const max = limits.maxBytesFor(name);
      if (raw.uncompressedSize > max) {
        throw new AppError(
          'zip-entry-too-large',
          `"${shown}" i ${what.toLowerCase()} är ${formatMegabytes(raw.uncompressedSize)} uppackad; högst ${formatMegabytes(max)} är tillåtet.`,
        );
      }
      total += raw.uncompressedSize;
      if (total > limits.totalBytes) {
        throw new AppError('zip-too-large', `${what} är större än ${formatMegabytes(limits.totalBytes)} uppackad och kan inte tas emot.`);
      }
      entries.set(name, entry);
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('zip-unreadable', `${what} är trasig och kan inte läsas.`, { cause: error });
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
          throw new AppError('zip-entry-overflow', `"${shown}" i ${what.toLowerCase()} är större än den uppger sig vara och kan inte tas emot.`);
        }
        chunks.push(chunk);
      }
    } finally {
      stream.destroy();
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('zip-entry-damaged', `"${shown}" i ${what.toLowerCase()} är skadad och kan inte packas upp.`, { cause: error });
  }
  if (received !== entry.uncompressedSize) {
    throw new AppError('zip-entry-damaged', `"${shown}" i ${what.toLowerCase()} är skadad och kan inte packas upp.`);
  }
  return Buffer.concat(chunks, received);
}
