/** Round bundles made with the app's own builder (valid ones, and ones to break); free of vitest, so the bench can use it too. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { KeyObject } from 'node:crypto';
import { buildCriteriaPackageFile } from '../../electron/core/packages/criteria-file';
import { readPrivateKeyPem } from '../../electron/core/packages/keys';
import { buildRoundBundle } from '../../electron/core/rounds/round-bundle-build';
import { builtInKeys, trustSet, type TrustedKey } from '../../electron/core/packages/trust-store';
import type { CriteriaPackageSource } from '../../shared/formats/criteria-package';
import type { RoundSource } from '../../shared/formats/round';
import { packageSource, roundSource, samplePath } from './samples';

export const RESOURCES = join(__dirname, '../../resources');
export const exampleTrust = () => trustSet(builtInKeys(RESOURCES));
export const examplePrivateKey = () => readPrivateKeyPem(readFileSync(samplePath.privateKey), 'private.pem');

export interface BundleOptions {
  readonly editRound?: (source: RoundSource) => void;
  readonly editPackage?: (source: CriteriaPackageSource) => void;
  readonly key?: KeyObject;
  /** Extra keys the package may be signed with. */
  readonly trust?: readonly TrustedKey[];
  /** Documents by file name (default: the sample documents). */
  readonly documents?: Readonly<Record<string, Buffer>>;
  /** A training round's reference files by path ("reference/x.kvbedomning"), as round.json's training lists them. */
  readonly references?: Readonly<Record<string, Buffer>>;
}

export async function bundleBytes(options: BundleOptions = {}): Promise<Buffer> {
  const key = options.key ?? examplePrivateKey();
  const pkg = packageSource();
  options.editPackage?.(pkg);
  const round = roundSource();
  options.editRound?.(round);
  const built = await buildRoundBundle({
    source: round,
    packageBytes: buildCriteriaPackageFile(pkg, key).bytes,
    loadDocument: async (path) => {
      const name = path.slice('documents/'.length);
      return options.documents?.[name] ?? readFileSync(join(samplePath.documents, name));
    },
    loadReference: async (path) => {
      const bytes = options.references?.[path];
      if (!bytes) throw new Error(`no reference ${path} in the test`);
      return bytes;
    },
    privateKey: key,
    trust: trustSet(builtInKeys(RESOURCES), options.trust ?? []),
  });
  return built.bytes;
}
