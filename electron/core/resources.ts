import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The app's resources/ folder (trusted keys, the övningsomgång) for the CLI and
 * browser mode: next to the built files (out/main → ../../resources) or the
 * sources. The Electron shell passes its own (process.resourcesPath when packaged).
 */
export function defaultResourcesDir(): string {
  const candidates = [join(__dirname, '../../resources'), join(__dirname, '../../../resources')];
  return candidates.find((dir) => existsSync(join(dir, 'trusted-keys', 'manifest.json'))) ?? candidates[0]!;
}
