import { describe, expect, it } from 'vitest';
import { teamInitials } from '../../../../shared/scoring/initials';

const initials = (...names: string[]) => [...teamInitials(names.map((name, i) => ({ id: `e${i}`, name }))).values()];

describe('teamInitials', () => {
  it('takes the first letter of each part of the name, hyphenated parts too', () => {
    expect(initials('Anna Lind', 'Bilal Haddad', 'Karl-Erik Öberg', 'åsa von ähr')).toEqual(['AL', 'BH', 'KEÖ', 'ÅVÄ']);
  });

  it('keeps them apart within the team: two letters per part when they clash, then a number', () => {
    expect(initials('Anna Lind', 'Anders Larsson', 'Cecilia Ek')).toEqual(['AnLi', 'AnLa', 'CE']);
    expect(initials('Anna Lind', 'Anna Lind')).toEqual(['AnLi1', 'AnLi2']);
    expect(initials('')).toEqual(['?']);
  });
});
