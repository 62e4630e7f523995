/**
 * Hostile ZIPs for tests. yazl (rightly) refuses to write `../x`, absolute
 * names, backslashes and lying sizes, and its JavaScript CRC needs ~9 s for a
 * 2 GiB bomb, so hostile archives are assembled here from plain ZIP records,
 * with zlib doing the deflating. Only for building bad input; the app writes
 * its bundles with yazl.
 */
import { deflateRawSync, constants, crc32 } from 'node:zlib';
import yauzl from 'yauzl';

export interface CraftEntry {
  readonly name: string;
  /** Uncompressed content (deflated here)… */
  readonly bytes?: Buffer;
  /** …or an already deflated stream with its true size and CRC. */
  readonly deflated?: { readonly data: Buffer; readonly size: number; readonly crc: number };
  /** The uncompressed size the headers claim (default: the true size). */
  readonly declaredSize?: number;
  /** Unix mode (type + permissions) in the external attributes. */
  readonly mode?: number;
}

const MiB = 1024 * 1024;

/**
 * `size` bytes of zeros as one raw deflate stream, built by repeating one
 * fully flushed 1 MiB block (~1 KiB each): a 2 GiB entry costs ~2 MB.
 */
export function deflatedZeros(size: number): { data: Buffer; size: number; crc: number } {
  if (size % MiB !== 0) throw new Error('size must be whole MiB');
  const zeros = Buffer.alloc(MiB);
  const block = deflateRawSync(zeros, { finishFlush: constants.Z_FULL_FLUSH });
  const blocks = size / MiB;
  let crc = 0;
  for (let i = 0; i < blocks; i++) crc = crc32(zeros, crc);
  // 0x03 0x00: a final, empty block with fixed Huffman codes ends the stream.
  return { data: Buffer.concat([...Array<Buffer>(blocks).fill(block), Buffer.from([0x03, 0x00])]), size, crc };
}

export function craftZip(entries: readonly CraftEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const content = entry.deflated ?? {
      data: deflateRawSync(entry.bytes ?? Buffer.alloc(0)),
      size: entry.bytes?.length ?? 0,
      crc: crc32(entry.bytes ?? Buffer.alloc(0)),
    };
    const declared = entry.declaredSize ?? content.size;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt16LE(0, 10);
    local.writeUInt16LE((2000 - 1980) << 9 | 1 << 5 | 1, 12);
    local.writeUInt32LE(content.crc >>> 0, 14);
    local.writeUInt32LE(content.data.length, 18);
    local.writeUInt32LE(declared, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE((3 << 8) | 20, 4); // made by Unix
    local.copy(central, 6, 4, 30); // version needed … name length
    central.writeUInt16LE(0, 30); // extra
    central.writeUInt16LE(0, 32); // comment
    central.writeUInt16LE(0, 34); // disk
    central.writeUInt16LE(0, 36); // internal attributes
    central.writeUInt32LE(((entry.mode ?? 0o100644) << 16) >>> 0, 38);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, content.data);
    centrals.push(central, name);
    offset += local.length + name.length + content.data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** The entries of a (trusted, test-made) ZIP, in order. */
export async function entriesOf(zip: Buffer): Promise<{ name: string; bytes: Buffer }[]> {
  const file = await yauzl.fromBufferPromise(zip, { lazyEntries: true });
  const entries: { name: string; bytes: Buffer }[] = [];
  for await (const entry of file.eachEntry()) {
    const chunks: Buffer[] = [];
    for await (const chunk of (await file.openReadStreamPromise(entry)) as AsyncIterable<Buffer>) chunks.push(chunk);
    entries.push({ name: entry.fileName, bytes: Buffer.concat(chunks) });
  }
  return entries;
}
