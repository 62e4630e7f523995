import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { organisationKey, sameOrganisation } from '../../../../shared/formats/conflicts-of-interest';

/** A sample of Default_Ignorable_Code_Point: ZWSP, ZWNJ, ZWJ, soft hyphen, word joiner, BOM, a variation selector, a tag, Hangul filler, LRM. */
const IGNORABLES = ['\u200b', '\u200c', '\u200d', '\u00ad', '\u2060', '\ufeff', '\ufe0f', '\u{e0041}', '\u3164', '\u200e', '\u034f', '\u180e'];
const organisation = fc.oneof(
  fc.constantFrom('Norrby stadsdelsförvaltning', 'Sjövik SDF', 'Kulturförvaltningen', 'Straße 5', 'ΟΔΥΣΣΕΥΣ'),
  fc.string({ minLength: 1, maxLength: 30 }),
);
/** `text` with ignorables inserted at the given positions. */
const sprinkled = (text: string, inserts: readonly { at: number; char: string }[]) => {
  const chars = [...text];
  for (const { at, char } of inserts) chars.splice(at % (chars.length + 1), 0, char);
  return chars.join('');
};
const inserts = fc.array(fc.record({ at: fc.nat(), char: fc.constantFrom(...IGNORABLES) }), { maxLength: 4 });

describe('jäv: organisations compared as formats.md says', () => {
  it('the cases the review used: a trailing zero-width space, a soft hyphen, a fullwidth letter', () => {
    const org = 'Sjövik stadsdelsförvaltning';
    expect(sameOrganisation(`${org}\u200b`, org)).toBe(true);
    expect(sameOrganisation('Sjövik stads\u00addelsförvaltning', org)).toBe(true);
    expect(sameOrganisation('Ｓjövik stadsdelsförvaltning', org)).toBe(true);
    expect(sameOrganisation('SJÖVIK\u00a0\u2003STADSDELSFÖRVALTNING', org)).toBe(true);
    expect(sameOrganisation('Sjo\u0308vik stadsdelsförvaltning', org)).toBe(true); // decomposed ö
    expect(sameOrganisation('STRASSE', 'straße')).toBe(true);
    expect(sameOrganisation('Norrby', 'Sjövik')).toBe(false);
  });

  it('empty, blank or invisible is never the same as anything, not even itself', () => {
    for (const empty of ['', ' ', '\u200b', '\u00ad \u2060', '\t\n']) {
      expect(sameOrganisation(empty, empty)).toBe(false);
      expect(sameOrganisation(empty, '')).toBe(false);
      expect(sameOrganisation(empty, 'Norrby')).toBe(false);
    }
  });

  it('for any organisation: default-ignorable characters anywhere change nothing', () => {
    fc.assert(
      fc.property(organisation, inserts, (org, added) => {
        expect(organisationKey(sprinkled(org, added))).toBe(organisationKey(org));
      }),
    );
  });

  it('for any organisation: case, surrounding and repeated whitespace change nothing', () => {
    fc.assert(
      fc.property(organisation, fc.constantFrom(' ', '  ', '\u00a0', '\u3000', '\t'), (org, space) => {
        const key = organisationKey(org);
        expect(organisationKey(`${space}${org.toUpperCase()}${space}`)).toBe(organisationKey(org.toUpperCase()));
        expect(organisationKey(org.toUpperCase())).toBe(organisationKey(org.toLowerCase()));
        expect(organisationKey(org.replace(/ /g, `${space} `))).toBe(key);
      }),
    );
  });

  it('for any two organisations: the key is idempotent, and the comparison symmetric and as the keys say', () => {
    fc.assert(
      fc.property(organisation, organisation, (a, b) => {
        expect(organisationKey(organisationKey(a))).toBe(organisationKey(a));
        expect(sameOrganisation(a, b)).toBe(sameOrganisation(b, a));
        expect(sameOrganisation(a, b)).toBe(organisationKey(a) !== '' && organisationKey(a) === organisationKey(b));
        expect(organisationKey(a)).not.toMatch(/^\s|\s$|\s\s|\p{Default_Ignorable_Code_Point}/u);
      }),
    );
  });
});
