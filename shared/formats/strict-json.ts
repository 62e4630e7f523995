/**
 * Strict JSON (formats.md, "Additions to version 1"): every signed document is
 * refused, before its signature is checked, when an object names a member
 * twice or a string holds a lone surrogate. JSON.parse silently keeps the last
 * of two members while another reader may keep the first, so a signed file
 * could show one thing and verify as another; a lone surrogate cannot be
 * canonicalised (RFC 8785) at all. Depth and length are bounded, so a hostile
 * file cannot exhaust the stack of whatever walks the value afterwards.
 */
import { errorPayload } from '../errors';
import type { FormatResult } from './common';

export interface StrictJsonLimits {
  /** Nesting of objects and arrays; the signed formats need fewer than 10. */
  readonly maxDepth: number;
  /** UTF-16 code units of the text. */
  readonly maxLength: number;
}

export const STRICT_JSON_LIMITS: StrictJsonLimits = { maxDepth: 64, maxLength: 64 * 1024 * 1024 };

type Frame = { kind: 'object'; names: Set<string>; name: string | null; expectName: boolean } | { kind: 'array'; index: number };

/** A lone surrogate (not part of a pair): with the `u` flag a pair is one code point and does not match. */
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;
const MAX_SHOWN = 60;

const shown = (text: string) => {
  const visible = JSON.stringify(text).slice(1, -1); // escapes the surrogate instead of printing a broken character
  return visible.length > MAX_SHOWN ? `${visible.slice(0, MAX_SHOWN)}…` : visible;
};

/** Where in the document, as `criteria[0].strengths[1].text`; empty at the top level. */
function pathOf(stack: readonly Frame[]): string {
  let path = '';
  for (const frame of stack) {
    if (frame.kind === 'array') path += `[${frame.index}]`;
    else if (frame.name !== null && !frame.expectName) path += path === '' ? shown(frame.name) : `.${shown(frame.name)}`;
  }
  return path.length > 200 ? `…${path.slice(-200)}` : path;
}

const where = (path: string) => (path === '' ? 'på översta nivån' : `i "${path}"`);

/** Parses `text` as JSON and refuses duplicate member names, lone surrogates, and depth or length beyond `limits`; `what` names the file. */
export function parseStrictJson(text: string, what: string, limits: StrictJsonLimits = STRICT_JSON_LIMITS): FormatResult<unknown> {
  if (text.length > limits.maxLength) {
    return { ok: false, ...errorPayload('json-too-large', { what, max: limits.maxLength }) };
  }
  let value: unknown;
  try {
    value = JSON.parse(text) as unknown;
  } catch {
    return { ok: false, ...errorPayload('json-invalid', { what }) };
  }
  const problem = scan(text, what, limits.maxDepth);
  return problem ?? { ok: true, value };
}

/** Walks text that JSON.parse accepted, token by token, with an explicit stack (no recursion). */
function scan(text: string, what: string, maxDepth: number): FormatResult<never> | null {
  const stack: Frame[] = [];
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '{' || char === '[') {
      if (stack.length >= maxDepth) {
        return { ok: false, ...errorPayload('json-too-deep', { what, max: maxDepth }) };
      }
      stack.push(char === '{' ? { kind: 'object', names: new Set(), name: null, expectName: true } : { kind: 'array', index: 0 });
    } else if (char === '}' || char === ']') {
      stack.pop();
    } else if (char === ',') {
      const top = stack[stack.length - 1];
      if (top?.kind === 'array') top.index += 1;
      else if (top) top.expectName = true;
    } else if (char === '"') {
      let end = i + 1;
      while (text[end] !== '"') end += text[end] === '\\' ? 2 : 1;
      const raw = text.slice(i, end + 1);
      const decoded = raw.includes('\\') ? (JSON.parse(raw) as string) : raw.slice(1, -1);
      const top = stack[stack.length - 1];
      const isName = top?.kind === 'object' && top.expectName;
      if (isName) {
        if (top.names.has(decoded)) {
          return { ok: false, ...errorPayload('json-duplicate-member', { what, name: shown(decoded), where: where(pathOf(stack)) }) };
        }
        top.names.add(decoded);
        top.name = decoded;
        top.expectName = false;
      }
      if (LONE_SURROGATE.test(decoded)) {
        return { ok: false, ...errorPayload('json-lone-surrogate', { what, where: where(pathOf(stack)) }) };
      }
      i = end;
    }
  }
  return null;
}
