import { describe, expect, it } from 'vitest';
import { selectionFor } from '../../../../../electron/core/demo/evidence';

const pages = [
  { unit: 3, text: 'Inledning\nVi har många barn. Frukosten serveras\nmellan kl. 07.00 och 10.30, i stället för kl. 08.00.\nNästa mening.' },
  { unit: 4, text: '6.3 Förbättringsarbete\nFörbättringsförslag kan komma från alla. Rutinen har sex steg: 1. Ta emot. 2. Svara.\n• Ledningsgruppen träffas varje tisdag\n• Lärcafé hålls varannan onsdag' },
  { unit: 5, text: `Början. ${'Mycket lång mening utan slut '.repeat(12)}med ordet kvalitetsråd i mitten ${'och ännu mer text '.repeat(8)}.` },
];

describe('the demo\'s evidence selection', () => {
  it('takes the whole sentence around a cue, across line breaks, without ending it at "kl." or a list number', () => {
    expect(selectionFor(pages, 'mellan kl. 07.00')).toEqual({
      unit: 3,
      selectedText: 'Frukosten serveras mellan kl. 07.00 och 10.30, i stället för kl. 08.00.',
    });
    expect(selectionFor(pages, 'sex steg').selectedText).toBe('Rutinen har sex steg: 1. Ta emot.');
  });

  it('lets a cue with a capital start its sentence (a heading may stand before it) and stops a bullet at the next one', () => {
    expect(selectionFor(pages, 'Förbättringsförslag kan komma')).toEqual({ unit: 4, selectedText: 'Förbättringsförslag kan komma från alla.' });
    expect(selectionFor(pages, 'träffas varje tisdag').selectedText).toBe('Ledningsgruppen träffas varje tisdag');
  });

  it('quotes an "=" cue exactly, and only the cue when the sentence is a table or list run together', () => {
    expect(selectionFor(pages, '=serveras mellan kl. 07.00')).toEqual({ unit: 3, selectedText: 'serveras mellan kl. 07.00' });
    expect(selectionFor(pages, 'ordet kvalitetsråd i mitten')).toEqual({ unit: 5, selectedText: 'ordet kvalitetsråd i mitten' });
  });

  it('refuses a cue the document does not have, in Swedish', () => {
    expect(() => selectionFor(pages, 'finns inte här')).toThrow('Demons belägg "finns inte här" finns inte i dokumentet.');
  });
});
