/** The example material (a copy of the shared samples), as tests use it. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CriteriaPackageSource } from '../../shared/formats/criteria-package';
import type { RoundSource } from '../../shared/formats/round';

export const SAMPLES = join(__dirname, '../fixtures/samples');

export const samplePath = {
  packageSource: join(SAMPLES, 'ku-2026-exempel.package-source.json'),
  package: join(SAMPLES, 'ku-2026-exempel.kvpaket'),
  roundSource: join(SAMPLES, 'ovningsomgang-2026.round-source.json'),
  round: join(SAMPLES, 'ovningsomgang-2026.kvomgang'),
  documents: join(SAMPLES, 'documents'),
  privateKey: join(SAMPLES, 'keys/private.pem'),
  publicKey: join(SAMPLES, 'keys/public.pem'),
} as const;

export const EXAMPLE_KEY_ID = 'd03ad6622c34aeb46d762e0b5a7c7a119d6803e4c611a6fdac0028906406f248';

const json = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;

/** A fresh, mutable copy on every call. */
export const packageSource = () => json<CriteriaPackageSource>(samplePath.packageSource);
export const roundSource = () => json<RoundSource>(samplePath.roundSource);
export const signedPackageJson = () => json<Record<string, unknown>>(samplePath.package);
