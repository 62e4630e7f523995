import { describe, expect, it } from 'vitest';
import { withoutBidiControls } from '../../../shared/bidi';

describe('withoutBidiControls', () => {
  it('drops embeddings, overrides and isolates, so a quoted name cannot reorder the sentence after it', () => {
    const name = 'omgång\u202Egnagmo.kvomgang';
    expect(withoutBidiControls(`Importerade ${name} från stadsledningskontoret.`)).toBe('Importerade omgånggnagmo.kvomgang från stadsledningskontoret.');
    expect(withoutBidiControls('a\u202Ab\u202Bc\u202Cd\u202De\u2066f\u2067g\u2068h\u2069i')).toBe('abcdefghi');
  });

  it('keeps everything else, Arabic and Hebrew letters and the implicit marks included', () => {
    const text = 'مرحبا שלום Ελληνικά \u200E\u200F – Förskolan Solrosen';
    expect(withoutBidiControls(text)).toBe(text);
  });
});
