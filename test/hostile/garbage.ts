/**
 * Garbage arguments generated from a channel's zod schema: wrong shapes, wrong
 * types for each known field, huge strings, prototype-pollution keys, deep
 * nesting, and (for IPC, which uses structured clone) values JSON cannot carry.
 * Every case is checked against the schema itself: one that happens to be valid
 * is dropped, so feeding these to a channel must never run its handler.
 */
import { z } from 'zod';

export interface Garbage {
  readonly label: string;
  readonly value: unknown;
  /** False for values JSON cannot carry (only the IPC path can deliver them). */
  readonly json: boolean;
}

const HUGE = 'x'.repeat(2 * 1024 * 1024);

function nested(depth: number): unknown {
  let value: unknown = {};
  for (let i = 0; i < depth; i++) value = { a: value };
  return value;
}

function circular(): unknown {
  const value: Record<string, unknown> = {};
  value.self = value;
  return value;
}

const shapes: Garbage[] = [
  { label: 'null', value: null, json: true },
  { label: 'a number', value: 42, json: true },
  { label: 'a string', value: 'text', json: true },
  { label: 'a huge string', value: HUGE, json: true },
  { label: 'true', value: true, json: true },
  { label: 'an array', value: [], json: true },
  { label: 'an array of objects', value: [{}, {}], json: true },
  { label: 'an unknown member', value: { unexpected: 1 }, json: true },
  { label: 'a huge unknown member name', value: { [HUGE]: 1 }, json: true },
  { label: '__proto__ member', value: JSON.parse('{"__proto__": {"polluted": true}}'), json: true },
  { label: 'constructor.prototype member', value: JSON.parse('{"constructor": {"prototype": {"polluted": true}}}'), json: true },
  { label: 'nested 2 000 deep', value: { unexpected: nested(2000) }, json: true },
  { label: 'a circular object', value: circular(), json: false },
  { label: 'a Map', value: new Map([['name', 'x']]), json: false },
  { label: 'a BigInt', value: 10n ** 30n, json: false },
  { label: 'a Date', value: new Date(0), json: false },
  { label: 'a 1 MB byte array', value: new Uint8Array(1024 * 1024), json: false },
  { label: 'Infinity', value: Number.POSITIVE_INFINITY, json: false },
];

const wrongValues: Garbage[] = [
  { label: 'a number', value: -1, json: true },
  { label: 'a fraction', value: 0.5, json: true },
  { label: 'a string', value: 'text', json: true },
  { label: 'a huge string', value: HUGE, json: true },
  { label: 'a path traversal', value: '../../../../etc/passwd', json: true },
  { label: 'NUL and control characters', value: 'a\u0000b\u202e\u0007', json: true },
  { label: 'null', value: null, json: true },
  { label: 'true', value: true, json: true },
  { label: 'an object', value: { unexpected: 1 }, json: true },
  { label: 'a __proto__ object', value: JSON.parse('{"__proto__": {"polluted": true}}'), json: true },
  { label: 'an array of 100 000', value: Array.from({ length: 100_000 }, () => 'x'), json: true },
  { label: 'NaN', value: Number.NaN, json: false },
];

/** Every garbage case for one channel's argument schema. */
export function garbageFor(schema: z.ZodType): Garbage[] {
  const cases = [...shapes];
  if (schema instanceof z.ZodObject) {
    for (const [key] of Object.entries(schema.shape as Record<string, z.ZodType>)) {
      for (const wrong of wrongValues) cases.push({ ...wrong, label: `${key} = ${wrong.label}`, value: { [key]: wrong.value } });
    }
  }
  return cases.filter((garbage) => !schema.safeParse(garbage.value).success);
}

/** Channel names that are not in the contract, some of them looking almost right. */
export const foreignChannels = [
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  'app:info ',
  'APP:INFO',
  'app:info\u0000',
  '../app:info',
  'fs:read',
  'x'.repeat(100_000),
  '',
];
