import { AppError } from '../../../shared/errors';

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Strict UTF-8 JSON (no byte-order mark); `what` names the file in the refusal. */
export function parseJsonBytes(bytes: Uint8Array, what: string): unknown {
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw new AppError('json-not-utf8', `${what} är inte text i UTF-8 och kan inte läsas.`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new AppError('json-invalid', `${what} är inte giltig JSON; filen kan vara trasig eller av fel typ.`);
  }
}
