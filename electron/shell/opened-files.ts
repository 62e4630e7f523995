/**
 * Which command-line arguments are files for Examinator to open: the files the
 * operating system hands over through the file associations (.kvpaket,
 * .kvomgang, .kvbedomning; on Windows and Linux as arguments of a first or a
 * second instance, on macOS as open-file events) and a document named on the
 * command line (.pdf, .docx). Pure Node, no Electron: unit-tested alone.
 */
import { statSync } from 'node:fs';
import { extname, resolve } from 'node:path';

/** The associated extensions first; documents can be named on the command line too. */
export const OPENABLE_EXTENSIONS = ['kvpaket', 'kvomgang', 'kvbedomning', 'pdf', 'docx'] as const;

function isRegularFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/**
 * The absolute paths, in order and each once, of the arguments that name an
 * existing regular file with an openable extension. Switches (`--…`, which
 * Chromium adds to a second instance's argv) and everything else are ignored;
 * a relative path is taken from `workingDirectory` (the instance's own, which
 * for a second instance is not ours).
 */
export function openablePaths(args: readonly string[], workingDirectory: string, isFile: (path: string) => boolean = isRegularFile): string[] {
  const paths: string[] = [];
  for (const arg of args) {
    if (arg === '' || arg.startsWith('-')) continue;
    const extension = extname(arg).slice(1).toLowerCase();
    if (!(OPENABLE_EXTENSIONS as readonly string[]).includes(extension)) continue;
    const path = resolve(workingDirectory, arg);
    if (!paths.includes(path) && isFile(path)) paths.push(path);
  }
  return paths;
}
