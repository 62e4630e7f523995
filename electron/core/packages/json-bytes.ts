import { AppError, appError } from '../../../shared/errors';
import { parseStrictJson, STRICT_JSON_LIMITS } from '../../../shared/formats/strict-json';

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Strict UTF-8 JSON (no byte-order mark, no duplicate member names, no lone
 * surrogates: formats.md "Strict JSON"); every signed document is read through
 * here before its signature is checked. `what` names the file in the refusal.
 */
export function parseJsonBytes(bytes: Uint8Array, what: string, maxLength = STRICT_JSON_LIMITS.maxLength): unknown {
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw appError('json-not-utf8', { what });
  }
  const parsed = parseStrictJson(text, what, { ...STRICT_JSON_LIMITS, maxLength });
  if (!parsed.ok) throw new AppError(parsed.code, parsed.message);
  return parsed.value;
}
