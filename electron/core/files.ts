import { randomUUID } from 'node:crypto';
import { statSync } from 'node:fs';
import { basename } from 'node:path';
import { appError } from '../../shared/errors';
import type { FileRef } from '../../shared/contract';

/**
 * The files the user has handed to the app. The renderer only ever sees opaque
 * ids, so a compromised renderer cannot name arbitrary paths.
 */
export class FileRegistry {
  private readonly paths = new Map<string, string>();

  register(path: string): FileRef {
    const stat = statSync(path);
    if (!stat.isFile()) {
      throw appError('file-not-regular', { name: basename(path) });
    }
    const id = randomUUID();
    this.paths.set(id, path);
    return { id, name: basename(path), bytes: stat.size };
  }

  resolve(id: string): string {
    const path = this.paths.get(id);
    if (path === undefined) {
      throw appError('file-unknown');
    }
    return path;
  }
}
