import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT as ROOT, sourceFiles } from '../../helpers/source-files';
import { appError, AppError, ERROR_CATALOGUES, ERROR_MESSAGES, errorMessage, errorPayload } from '../../../shared/errors';

/**
 * A stand-in for any parameter: reads as text, counts as one, joins, and
 * answers every property, so each message function can be called without
 * knowing its parameters' shapes.
 */
function anyValue(): unknown {
  return Object.assign(new String('«x»'), { valueOf: () => 3, join: () => '«x»', min: 1, max: 5, step: 1, title: '«x»' });
}
const anyParams = new Proxy({}, { get: (_target, key) => (key === 'format' ? 'pdf' : key === 'kind' ? 'public' : key === 'teamMissing' ? null : anyValue()) });

describe('error catalogue', () => {
  const codes = Object.keys(ERROR_MESSAGES) as (keyof typeof ERROR_MESSAGES)[];

  it('has about every code the app raises, each in one feature catalogue only', () => {
    const perCatalogue = Object.values(ERROR_CATALOGUES).reduce((sum, catalogue) => sum + Object.keys(catalogue).length, 0);
    expect(perCatalogue).toBe(codes.length);
    expect(codes.length).toBeGreaterThan(150);
  });

  it.each(codes)('%s has a non-empty Swedish sentence', (code) => {
    const entry = ERROR_MESSAGES[code] as string | ((params: unknown) => string);
    const message = typeof entry === 'string' ? entry : entry(anyParams);
    expect(typeof message).toBe('string');
    expect(message.replaceAll('«x»', '').trim().length).toBeGreaterThan(0);
    expect(message).not.toMatch(/undefined|null|NaN|\[object/);
    // Swedish, not English: words an English sentence cannot do without are absent.
    expect(message).not.toMatch(/\b(the|is|not|cannot|please|error|failed)\b/i);
    expect(message).toMatch(/^["„”«A-ZÅÄÖ.]/u);
  });

  it('makes errors whose code and message are the catalogue’s, and that carry a cause', () => {
    const cause = new Error('under');
    const error = appError('file-missing', { path: '/tmp/a.pdf' }, { cause });
    expect(error).toBeInstanceOf(AppError);
    expect(error.toPayload()).toEqual({ code: 'file-missing', message: 'Filen "/tmp/a.pdf" finns inte.' });
    expect(error.cause).toBe(cause);
    expect(appError('database-busy', { cause }).cause).toBe(cause);
    expect(errorPayload('round-missing')).toEqual({ code: 'round-missing', message: errorMessage('round-missing') });
  });

  it('rejects a misspelled code and missing parameters at compile time', () => {
    // @ts-expect-error: no such code
    expect(() => appError('round-mising')).toThrow();
    // @ts-expect-error: the message names a file
    expect(() => appError('file-missing')).toThrow();
  });
});

describe('error sites', () => {
  const CODE_WITH_TEXT = /(?:new \w*Error|super)\(\s*'[a-z][a-z0-9-]*',\s*[`'"]/;
  const PAYLOAD_LITERAL = /code: '[a-z][a-z0-9-]*',\s*message:/;

  it('never write a message beside a literal code: every one comes from shared/errors', () => {
    const offenders = sourceFiles('electron', 'renderer', 'shared')
      .filter((file) => !relative(ROOT, file).startsWith('shared/errors'))
      .filter((file) => {
        const text = readFileSync(file, 'utf8');
        return CODE_WITH_TEXT.test(text) || (!relative(ROOT, file).startsWith('shared/') && PAYLOAD_LITERAL.test(text));
      })
      .map((file) => relative(ROOT, file));
    expect(offenders).toEqual([]);
  });

  it('the scan finds what it looks for', () => {
    expect(CODE_WITH_TEXT.test(`throw new AppError('round-missing', 'Omgången finns inte.')`)).toBe(true);
    expect(CODE_WITH_TEXT.test(`super(\n  'untrusted-key',\n  \`Filen är signerad\`)`)).toBe(true);
    expect(CODE_WITH_TEXT.test(`throw appError('round-missing')`)).toBe(false);
    expect(PAYLOAD_LITERAL.test(`fail({ code: 'bad-token', message: 'Sessionen har gått ut.' })`)).toBe(true);
  });
});
