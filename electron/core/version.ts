import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The app's version from package.json, found from the built or the source tree. */
export function appVersion(): string {
  for (const candidate of [join(__dirname, '../../package.json'), join(__dirname, '../../../package.json')]) {
    try {
      const pkg = JSON.parse(readFileSync(candidate, 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'examinator' && pkg.version) return pkg.version;
    } catch {
      // try the next location
    }
  }
  return '0.0.0';
}
