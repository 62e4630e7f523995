import type { AppError } from '../../shared/errors';

/** Where the CLI writes; tests pass their own. */
export interface CliIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}

export const processIo: CliIo = {
  out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
};

export const EXIT_OK = 0;
export const EXIT_REFUSED = 1;
export const EXIT_USAGE = 2;

/** A usage mistake (exit 2), as opposed to refused input (AppError, exit 1). */
export class UsageError extends Error {}

export function printJson(io: CliIo, value: unknown): void {
  io.out(JSON.stringify(value, null, 2));
}

/** The members every `… verify --json` of a signed round file starts with: the file, its digest, its round and package. */
export function verifiedFileJson(file: string, sha256: string, content: { readonly round: { readonly id: string }; readonly criteriaPackage: unknown }) {
  return { valid: true, file, sha256, round: content.round.id, criteriaPackage: content.criteriaPackage };
}

/** Refusals are one Swedish line on stderr. */
export function refusalLine(error: AppError): string {
  return `Fel: ${error.message.replace(/\s+/g, ' ').trim()}`;
}
