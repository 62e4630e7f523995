/** The built-in övningsomgång: its own source (scripts/ovning/) and the bundle built from it (resources/ovning/). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RoundSource } from '../../shared/formats/round';

const ROOT = join(__dirname, '../..');

export const ovningPath = {
  roundSource: join(ROOT, 'scripts/ovning/round-source.json'),
  documents: join(ROOT, 'scripts/ovning/documents'),
  round: join(ROOT, 'resources/ovning/ovningsomgang-2026.kvomgang'),
  package: join(ROOT, 'resources/ovning/ku-2026-exempel.kvpaket'),
} as const;

/** A fresh, mutable copy on every call. */
export const ovningSource = () => JSON.parse(readFileSync(ovningPath.roundSource, 'utf8')) as RoundSource;
