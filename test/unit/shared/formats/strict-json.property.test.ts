import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseStrictJson } from '../../../../shared/formats/strict-json';

const parse = (text: string, limits?: { maxDepth: number; maxLength: number }) => parseStrictJson(text, 'Filen', limits);

describe('strict JSON: refused with a Swedish reason', () => {
  it('a member named twice at the top level, as JSON.parse would silently keep the last', () => {
    expect(parse('{"stage": "consensus", "stage": "individual"}')).toEqual({
      ok: false,
      code: 'json-duplicate-member',
      message: 'Filen har fältet "stage" två gånger på översta nivån. Examinator godtar inga dubbla fält, eftersom olika program då kan läsa olika värden.',
    });
  });

  it('a member named twice deep down, with where it is', () => {
    const result = parse('{"criteria": [{"score": 1}, {"id": "x", "strengths": [{"text": "a", "evidence": [], "text": "b"}]}]}');
    expect(result).toMatchObject({ ok: false, message: expect.stringMatching(/^Filen har fältet "text" två gånger i "criteria\[1\]\.strengths\[0\]"\./) });
  });

  it('the same name spelled with an escape is the same name', () => {
    expect(parse('{"score": 0, "\\u0073core": 100}')).toMatchObject({ ok: false, code: 'json-duplicate-member', message: expect.stringContaining('"score"') });
  });

  it('a lone surrogate in a value, in a name, high or low, escaped', () => {
    expect(parse('{"author": {"name": "Anna \\ud800 Lind"}}')).toEqual({
      ok: false,
      code: 'json-lone-surrogate',
      message: 'Filen har en ogiltig teckenkod (ett ensamt surrogattecken) i "author.name". Examinator godtar bara giltig Unicode-text.',
    });
    expect(parse('{"a": ["x", "\\udc00"]}')).toMatchObject({ code: 'json-lone-surrogate', message: expect.stringContaining('i "a[1]"') });
    expect(parse('{"\\ud83d": 1}')).toMatchObject({ code: 'json-lone-surrogate', message: expect.stringContaining('i "\\ud83d"') });
    expect(parse('["\\ude00\\ud83d"]')).toMatchObject({ code: 'json-lone-surrogate' }); // reversed pair: two lone halves
  });

  it('nesting deeper than the limit, and text longer than the limit', () => {
    expect(parse(`${'['.repeat(65)}${']'.repeat(65)}`)).toMatchObject({ code: 'json-too-deep', message: 'Filen innehåller för djupt nästlade data för att kunna läsas (högst 64 nivåer).' });
    expect(parse(`${'['.repeat(64)}${']'.repeat(64)}`)).toMatchObject({ ok: true });
    expect(parse('"abcdef"', { maxDepth: 64, maxLength: 5 })).toMatchObject({ code: 'json-too-large' });
    expect(parse(`${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}`)).toMatchObject({ code: 'json-too-deep' });
  });

  it('what is not JSON at all', () => {
    for (const text of ['', '{', '{"a":1,}', "{'a':1}", '{"a":1} x', 'NaN']) {
      expect(parse(text)).toEqual({ ok: false, code: 'json-invalid', message: 'Filen är inte giltig JSON; filen kan vara trasig eller av fel typ.' });
    }
  });
});

describe('strict JSON: accepts what it should', () => {
  it('the same name in different objects, paired surrogates (emoji), structural characters inside strings', () => {
    const text = '{"a": {"id": 1}, "b": {"id": 2}, "c": [{"id": "{\\"id\\": [,]}"}, {"id": "😀 \\ud83d\\ude00"}]}';
    expect(parse(text)).toEqual({ ok: true, value: JSON.parse(text) });
  });

  it('for any JSON value without duplicates or lone surrogates, exactly what JSON.parse gives', () => {
    // fast-check's objects never repeat a key, and its default strings are well formed.
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), fc.constantFrom(undefined, 2), (value, indent) => {
        const text = JSON.stringify(value, null, indent);
        expect(parse(text)).toEqual({ ok: true, value: JSON.parse(text) });
      }),
    );
  });

  it('for any object, a member repeated anywhere in it is found', () => {
    const object = fc.dictionary(fc.string(), fc.jsonValue({ maxDepth: 3 }), { minKeys: 1 });
    fc.assert(
      fc.property(object, fc.nat(), fc.jsonValue({ maxDepth: 2 }), (value, pick, extra) => {
        const keys = Object.keys(value);
        const name = keys[pick % keys.length]!;
        const text = JSON.stringify({ wrapper: [value] }).replace(/\}\]\}$/, () => `,${JSON.stringify(name)}:${JSON.stringify(extra)}}]}`);
        expect(parse(text)).toMatchObject({ ok: false, code: 'json-duplicate-member' });
      }),
    );
  });

  it('for any string, a lone surrogate is refused exactly when the string is not well formed', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const wellFormed = !/[\uD800-\uDFFF]/u.test(text);
        expect(parse(JSON.stringify({ text })).ok).toBe(wellFormed);
      }),
    );
  });
});
