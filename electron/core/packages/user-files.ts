import { readFileSync, rmSync, statSync } from 'node:fs';
import { basename, relative, isAbsolute } from 'node:path';
import { appError } from '../../../shared/errors';
import { formatMegabytes } from '../../../shared/format';
import type { CoreContext } from '../context';
import { MAX_PEM_BYTES, readPrivateKeyPem } from './keys';

/** A file the user handed over, read whole after its size is checked (never past `maxBytes`). */
export function readUserFile(ctx: CoreContext, fileId: string, maxBytes: number): { bytes: Buffer; name: string; path: string } {
  const path = ctx.files.resolve(fileId);
  const name = basename(path);
  const size = statSync(path).size;
  if (size > maxBytes) throw appError('chosen-file-too-large', { name, size: formatMegabytes(size), max: formatMegabytes(maxBytes) });
  return { bytes: readFileSync(path), name, path };
}

function insideFolder(path: string, folder: string): boolean {
  const rel = relative(folder, path);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}

/**
 * The signing key the user picked. A copy that browser mode uploaded into the
 * app's temp folder is deleted at once: a private key must not linger there.
 */
export function readSigningKey(ctx: CoreContext, fileId: string) {
  const { bytes, name, path } = readUserFile(ctx, fileId, MAX_PEM_BYTES);
  if (insideFolder(path, ctx.paths.tempDir)) rmSync(path, { force: true });
  return readPrivateKeyPem(bytes, name);
}
