import { describe, expect, it } from 'vitest';
import { z } from '../../../shared/zod-locale';

const message = (schema: z.ZodType, value: unknown) => {
  const result = schema.safeParse(value);
  if (result.success) throw new Error('expected a refusal');
  return result.error.issues.map((issue) => issue.message);
};

describe('validation messages in Swedish', () => {
  it('names a wrong type in Swedish, and a missing member as missing', () => {
    const schema = z.object({ score: z.number(), comments: z.array(z.string()), meta: z.object({}), done: z.boolean() }).strict();
    expect(message(schema, { score: '40', comments: {}, meta: [], done: 'ja' })).toEqual([
      'ska vara ett tal',
      'ska vara en lista',
      'ska vara ett objekt',
      'ska vara sant eller falskt',
    ]);
    expect(message(schema, { comments: [], meta: {}, done: true })).toEqual(['saknas']);
    expect(message(z.array(z.string()), [1])).toEqual(['ska vara text']);
  });

  it('says a size limit as a plain sentence: no type names, no >= or <=', () => {
    expect(message(z.string().trim().min(1), '   ')).toEqual(['får inte vara tom']);
    expect(message(z.string().min(3), 'ab')).toEqual(['ska ha minst 3 tecken']);
    expect(message(z.string().max(10_000), 'x'.repeat(10_001))).toEqual(['får ha högst 10000 tecken']);
    expect(message(z.number().int().min(1), 0)).toEqual(['ska vara minst 1']);
    expect(message(z.number().positive(), 0)).toEqual(['ska vara större än 0']);
    expect(message(z.number().max(100), 101)).toEqual(['får vara högst 100']);
    expect(message(z.number().lt(5), 5)).toEqual(['ska vara mindre än 5']);
    expect(message(z.array(z.string()).min(1), [])).toEqual(['får inte vara tom']);
    expect(message(z.array(z.string()).min(2), ['a'])).toEqual(['ska ha minst 2 poster']);
    expect(message(z.array(z.string()).max(2), ['a', 'b', 'c'])).toEqual(['får ha högst 2 poster']);
  });

  it('leaves a schema’s own message and zod’s Swedish locale for everything else', () => {
    expect(message(z.number({ error: 'ska vara poängen' }), 'x')).toEqual(['ska vara poängen']);
    expect(message(z.string().min(3, 'minst tre bokstäver'), 'ab')).toEqual(['minst tre bokstäver']);
    expect(message(z.string().regex(/^a/), 'b')[0]).toMatch(/^Ogiltig/);
  });
});
