/**
 * Errors that may reach a user. Every one carries a stable code (for tests and
 * logs) and a Swedish sentence that says what is wrong and what to do. The
 * codes and their one sentence each live in the catalogues under errors/;
 * `appError(code, params)` is the only way the app makes one, so a code cannot
 * be misspelled and two places cannot word the same error differently.
 */
import { appErrors } from './errors/app';
import { assessmentErrors } from './errors/assessments';
import { calibrationErrors } from './errors/calibration';
import { cliErrors } from './errors/cli';
import { consensusErrors } from './errors/consensus';
import { demoErrors } from './errors/demo';
import { documentErrors } from './errors/documents';
import { exchangeErrors } from './errors/exchange';
import { formatErrors } from './errors/formats';
import { juryErrors } from './errors/jury';
import { packageErrors } from './errors/packages';
import { reportErrors } from './errors/reports';
import { roundErrors } from './errors/rounds';

export interface AppErrorPayload {
  readonly code: string;
  readonly message: string;
}

/** Every catalogue by feature; a test checks that no code is in two of them. */
export const ERROR_CATALOGUES = {
  app: appErrors,
  formats: formatErrors,
  documents: documentErrors,
  packages: packageErrors,
  rounds: roundErrors,
  assessments: assessmentErrors,
  consensus: consensusErrors,
  exchange: exchangeErrors,
  reports: reportErrors,
  calibration: calibrationErrors,
  jury: juryErrors,
  demo: demoErrors,
  cli: cliErrors,
} as const;

export const ERROR_MESSAGES = {
  ...appErrors,
  ...formatErrors,
  ...documentErrors,
  ...packageErrors,
  ...roundErrors,
  ...assessmentErrors,
  ...consensusErrors,
  ...exchangeErrors,
  ...reportErrors,
  ...calibrationErrors,
  ...juryErrors,
  ...demoErrors,
  ...cliErrors,
} as const;

type Messages = typeof ERROR_MESSAGES;
export type ErrorCode = keyof Messages;
/** What a code's message names (a file, an examiner, a count…), or nothing for a fixed sentence. */
export type ErrorParams<C extends ErrorCode> = Messages[C] extends (params: infer P) => string ? P : never;
type ErrorArgs<C extends ErrorCode> = Messages[C] extends string
  ? [options?: ErrorOptions]
  : [params: ErrorParams<C>, options?: ErrorOptions];

export class AppError extends Error implements AppErrorPayload {
  readonly code: string;

  /** Codes from elsewhere (a reply over IPC, a worker, a format check) pass through here; the app's own use `appError`. */
  constructor(code: string, message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'AppError';
    this.code = code;
  }

  toPayload(): AppErrorPayload {
    return { code: this.code, message: this.message };
  }
}

/** The code's one Swedish sentence, with what it names filled in. */
export function errorMessage<C extends ErrorCode>(code: C, ...args: ErrorArgs<C>): string {
  const entry = ERROR_MESSAGES[code] as string | ((params: unknown) => string);
  return typeof entry === 'string' ? entry : entry(args[0]);
}

export function appError<C extends ErrorCode>(code: C, ...args: ErrorArgs<C>): AppError {
  const entry = ERROR_MESSAGES[code] as string | ((params: unknown) => string);
  const message = typeof entry === 'string' ? entry : entry(args[0]);
  const options = (typeof entry === 'string' ? args[0] : args[1]) as ErrorOptions | undefined;
  return new AppError(code, message, options);
}

/** An error as the contract carries it, for answers made without throwing. */
export function errorPayload<C extends ErrorCode>(code: C, ...args: ErrorArgs<C>): AppErrorPayload {
  return { code, message: errorMessage(code, ...args) };
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

/** The message shown for faults that are ours, never the raw exception. */
export const INTERNAL_ERROR: AppErrorPayload = errorPayload('internal');

/** A call on a channel the contract does not have: the dispatch's answer, and the preload's without asking main. */
export const UNKNOWN_CHANNEL_ERROR: AppErrorPayload = errorPayload('unknown-channel');
