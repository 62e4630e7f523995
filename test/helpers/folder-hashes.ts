import { createHash } from 'node:crypto';
import { lstatSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * Every file under `dir` (recursively) with the SHA-256 of its bytes, a
 * symlink with its target: equal maps mean no file was added, removed or
 * changed. `skip` leaves out names a reader may touch (SQLite's `-shm`).
 */
export function folderHashes(dir: string, skip: (name: string) => boolean = () => false): Record<string, string> {
  const hashes: Record<string, string> = {};
  const walk = (folder: string) => {
    for (const name of readdirSync(folder).sort()) {
      const path = join(folder, name);
      const stat = lstatSync(path);
      if (skip(name)) continue;
      if (stat.isDirectory()) walk(path);
      else if (stat.isSymbolicLink()) hashes[relative(dir, path)] = `symlink → ${readlinkSync(path)}`;
      else hashes[relative(dir, path)] = createHash('sha256').update(readFileSync(path)).digest('hex');
    }
  };
  walk(dir);
  return hashes;
}
