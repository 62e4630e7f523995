/**
 * The renderer's one door to the core. Whether `window.examinator` is the
 * Electron preload or browser mode's loopback bridge is not this file's concern.
 */
import type { Args, Channel, ExaminatorBridge, FileRef, Result } from '../shared/contract';
import type { FileKind } from '../shared/contract/bridge';
import { errorMessage, errorPayload, type AppErrorPayload } from '../shared/errors';

export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

function bridge(): ExaminatorBridge {
  const found = window.examinator;
  if (!found) throw new ApiError('no-bridge', errorMessage('no-bridge'));
  return found;
}

/** Calls a contract channel; resolves to its value or throws an ApiError with the Swedish message. */
export async function call<C extends Channel>(channel: C, args: Args<C>): Promise<Result<C>> {
  const envelope = await bridge().invoke(channel, args);
  if (!envelope.ok) throw new ApiError(envelope.error.code, envelope.error.message);
  return envelope.value;
}

/** One channel as a function of its arguments: what a feature's requests module exports, so components never name the bridge. */
export function request<C extends Channel>(channel: C): (args: Args<C>) => Promise<Result<C>> {
  return (args) => call(channel, args);
}

export function pickFiles(kinds: readonly FileKind[], multiple = false): Promise<FileRef[]> {
  return bridge().pickFiles({ kinds, multiple }).catch(rethrow);
}

export function refsForDroppedFiles(files: readonly File[]): Promise<FileRef[]> {
  return bridge().refsForDroppedFiles(files).catch(rethrow);
}

export function onFilesOpened(listener: (files: FileRef[]) => void): () => void {
  return window.examinator?.onFilesOpened(listener) ?? (() => undefined);
}

export function openExternal(url: string): Promise<boolean> {
  return bridge().openExternal(url);
}

/** Any failure as its code and the Swedish sentence to show. */
export function failureOf(error: unknown): AppErrorPayload {
  if (error instanceof ApiError) return { code: error.code, message: error.message };
  if (error instanceof Error && 'code' in error) return { code: String(error.code), message: error.message };
  return errorPayload('unexpected');
}

/** Any failure as the Swedish sentence to show. */
export function messageOf(error: unknown): string {
  return failureOf(error).message;
}

function rethrow(error: unknown): never {
  if (error instanceof ApiError) throw error;
  const { message } = failureOf(error);
  throw new ApiError((error as { code?: string }).code ?? 'bridge', message);
}
