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

  it('leaves a schema’s own message and zod’s Swedish locale for everything else', () => {
    expect(message(z.number({ error: 'ska vara poängen' }), 'x')).toEqual(['ska vara poängen']);
    expect(message(z.string().min(3), 'ab')[0]).toMatch(/^För lite\(t\): /);
  });
});
