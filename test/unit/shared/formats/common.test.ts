import { describe, expect, it } from 'vitest';
import { checkHeader, describeLocation } from '../../../../shared/formats/common';
import { fingerprint } from '../../../../shared/fingerprint';
import { packageSource } from '../../../helpers/samples';

describe('format helpers', () => {
  it('names where a problem is by the innermost id', () => {
    const root = packageSource();
    expect(describeLocation(root, ['package', 'areas', 1, 'criteria', 0, 'points'])).toBe('kriteriet 2.1, fältet "points"');
    expect(describeLocation(root, ['package', 'scales', 1, 'bands', 3, 'from'])).toBe('skalan resultat, band 4, fältet "from"');
    expect(describeLocation(root, ['package', 'title'])).toBe('fältet "package.title"');
    expect(describeLocation(root, ['package', 'areas', 0, 'criteria', 0, 'questions', 2])).toBe('kriteriet 1.1, fråga 3');
    expect(describeLocation(root, [])).toBe('');
  });

  it('checks the header before anything else', () => {
    expect(checkHeader({ format: 'x.y', formatVersion: 1 }, 'x.y', 'en fil')).toBeNull();
    expect(checkHeader({ format: 'x.y', formatVersion: 7 }, 'x.y', 'en fil')?.code).toBe('format-version-newer');
    expect(checkHeader({ format: 'x.y', formatVersion: 1.5 }, 'x.y', 'en fil')?.code).toBe('format-version-invalid');
    expect(checkHeader(null, 'x.y', 'en fil')?.code).toBe('format-not-object');
    expect(checkHeader({ formatVersion: 1 }, 'x.y', 'en fil')?.message).toBe('Filen är inte en fil.');
  });

  it("shows a fingerprint one way everywhere: the key id's first 16 hex characters in groups of four", () => {
    const keyId = 'd03ad6622c34aeb46d762e0b5a7c7a119d6803e4c611a6fdac0028906406f248';
    expect(fingerprint(keyId)).toBe('d03a d662 2c34 aeb4');
  });
});
