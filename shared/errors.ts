/**
 * Errors that may reach a user. Every one carries a stable code (for tests and
 * logs) and a Swedish sentence that says what is wrong and what to do.
 */
export interface AppErrorPayload {
  readonly code: string;
  readonly message: string;
}

export class AppError extends Error implements AppErrorPayload {
  readonly code: string;

  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'AppError';
    this.code = code;
  }

  toPayload(): AppErrorPayload {
    return { code: this.code, message: this.message };
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

/** The message shown for faults that are ours, never the raw exception. */
export const INTERNAL_ERROR: AppErrorPayload = {
  code: 'internal',
  message:
    'Ett oväntat fel inträffade och ingenting ändrades. Försök igen; om felet kvarstår, starta om Examinator.',
};

/** A call on a channel the contract does not have: the dispatch's answer, and the preload's without asking main. */
export const UNKNOWN_CHANNEL_ERROR: AppErrorPayload = {
  code: 'unknown-channel',
  message: 'Okänd begäran. Starta om Examinator.',
};
