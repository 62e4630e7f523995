import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ERROR_MESSAGES } from '../../../shared/errors';
import { REPO_ROOT as ROOT, sourceFiles } from '../../helpers/source-files';

/**
 * Words a user must never meet: the app's insides named in a message
 * ("kunde inte nå sin kärna" was a literal "core"). Scans every source file a
 * user-visible string can come from, and the error catalogue's sentences.
 */
const FORBIDDEN = [/kärna/i];

describe('user-visible words', () => {
  it('no source in renderer/, shared/ or electron/ says "kärna"', () => {
    const offenders = sourceFiles('renderer', 'shared', 'electron')
      .filter((file) => FORBIDDEN.some((word) => word.test(readFileSync(file, 'utf8'))))
      .map((file) => relative(ROOT, file));
    expect(offenders).toEqual([]);
  });

  it('no error message says "kärna"', () => {
    const fixed = Object.values(ERROR_MESSAGES).filter((entry): entry is string => typeof entry === 'string');
    expect(fixed.filter((message) => FORBIDDEN.some((word) => word.test(message)))).toEqual([]);
    expect(fixed).toContain('Examinator kunde inte starta som den ska: fönstret fick ingen kontakt med resten av programmet. Starta om programmet.');
  });
});
