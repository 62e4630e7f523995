/**
 * The built-in övningsomgång: its own source (scripts/ovning/: round-source.json
 * and the documents), the bundle built from it (resources/ovning/), and its
 * documents imported as the app imports a file.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Core } from '../../electron/core';
import type { RoundSource } from '../../shared/formats/round';
import { call } from './core';

const ROOT = join(__dirname, '../..');

export const OVNING_DOCUMENTS = join(ROOT, 'scripts/ovning/documents');

export const ovningPath = {
  roundSource: join(ROOT, 'scripts/ovning/round-source.json'),
  documents: OVNING_DOCUMENTS,
  round: join(ROOT, 'resources/ovning/ovningsomgang-2026.kvomgang'),
  package: join(ROOT, 'resources/ovning/ku-2026-exempel.kvpaket'),
} as const;

/** A fresh, mutable copy on every call. */
export const ovningSource = () => JSON.parse(readFileSync(ovningPath.roundSource, 'utf8')) as RoundSource;

export function importOvningDocument(core: Core, fileName: string) {
  return call(core, 'document:import', { fileId: core.context.files.register(join(OVNING_DOCUMENTS, fileName)).id });
}
