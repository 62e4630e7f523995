/** The built-in övningsomgång's own documents (scripts/ovning/documents/), imported as the app imports a file. */
import { join } from 'node:path';
import type { Core } from '../../electron/core';
import { call } from './core';

export const OVNING_DOCUMENTS = join(__dirname, '../../scripts/ovning/documents');

export function importOvningDocument(core: Core, fileName: string) {
  return call(core, 'document:import', { fileId: core.context.files.register(join(OVNING_DOCUMENTS, fileName)).id });
}
