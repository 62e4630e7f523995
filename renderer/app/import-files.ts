/**
 * Where a file the user hands us (dialog, drop, OS association) goes, by its
 * extension. Each importer is a feature's; this only routes.
 */
import type { FileRef } from '../../shared/contract';
import { useNotices, reportFailure } from './notice-store';

export type Importer = (files: FileRef[]) => Promise<void>;

const importers = new Map<string, Importer>();

/** Features register the extensions they import (without the dot). */
export function registerImporter(extension: string, importer: Importer): void {
  importers.set(extension.toLowerCase(), importer);
}

export function importableExtensions(): string[] {
  return [...importers.keys()];
}

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot + 1).toLowerCase();
}

export async function importFiles(files: readonly FileRef[]): Promise<void> {
  const { show } = useNotices.getState();
  const groups = new Map<string, FileRef[]>();
  for (const file of files) {
    const ext = extensionOf(file.name);
    if (!importers.has(ext)) {
      const known = importableExtensions().map((e) => `.${e}`).join(', ');
      show(
        'error',
        `"${file.name}" kan inte importeras här. ${known ? `Examinator tar emot ${known}.` : ''}`.trim(),
        // Another file of the same drop may open its own screen: this message goes along.
        { carry: true },
      );
      continue;
    }
    groups.set(ext, [...(groups.get(ext) ?? []), file]);
  }
  for (const [ext, group] of groups) {
    try {
      await importers.get(ext)!(group);
    } catch (error) {
      reportFailure(error, { carry: true });
    }
  }
}
