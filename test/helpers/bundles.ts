/** Round bundles made in tests with the app's own builder (valid ones, and ones to break). */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundleBytes, type BundleOptions } from './bundle-bytes';
import { tempDir } from './temp';

export * from './bundle-bytes';

/** A bundle written to a temporary file (removed after the test). */
export async function bundleFile(options: BundleOptions = {}, name = 'omgang.kvomgang'): Promise<string> {
  const path = join(tempDir(), name);
  writeFileSync(path, await bundleBytes(options));
  return path;
}
