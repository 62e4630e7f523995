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

/** Refusals are one Swedish line on stderr. */
export function refusalLine(error: AppError): string {
  return `Fel: ${error.message.replace(/\s+/g, ' ').trim()}`;
}
