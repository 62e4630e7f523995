import { describe, expect, it } from 'vitest';
import { nameScrubber } from '../../../../../../electron/core/reports/build/scrub-names';

describe('nameScrubber', () => {
  const scrub = nameScrubber({ name: 'Förskolan Solrosen', organisation: 'Norrby stadsdelsförvaltning' }, ['Anna Lind', 'Bilal Haddad']);

  it('hides the unit’s name, its distinctive word inflected, the organisation and the team’s names', () => {
    expect(scrub('Förskolan Solrosen och Solrosens barn, enligt Norrby stadsdelsförvaltning och Anna Lind.')).toBe('[namn] och [namn] barn, enligt [namn] och [namn].');
    expect(scrub('Lind och Bilal såg att Norrbys mål följs.')).toBe('[namn] och [namn] såg att [namn] mål följs.');
  });

  it('keeps the generic kind of unit and words that only contain a name', () => {
    expect(scrub('Förskolan har en tydlig målkedja; Lindström och Solrosenvägen står kvar.')).toBe('Förskolan har en tydlig målkedja; Lindström och Solrosenvägen står kvar.');
  });

  it('hides a one-word name too', () => {
    expect(nameScrubber({ name: 'Lindgårdens vård- och omsorgsboende', organisation: '' }, [])('Lindgårdens boende')).toBe('[namn] boende');
  });
});
