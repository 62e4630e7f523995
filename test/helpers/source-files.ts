import { readdirSync } from 'node:fs';
import { join } from 'node:path';

export const REPO_ROOT = join(__dirname, '../..');

/** The app's source files under the given folders (TypeScript, HTML, CSS), as absolute paths. */
export function sourceFiles(...dirs: string[]): string[] {
  return dirs.flatMap((dir) =>
    readdirSync(join(REPO_ROOT, dir), { recursive: true, encoding: 'utf8' })
      .filter((name) => /\.(ts|tsx|html|css)$/.test(name))
      .map((name) => join(REPO_ROOT, dir, name)),
  );
}
