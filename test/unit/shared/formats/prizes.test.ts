import { describe, expect, it } from 'vitest';
import { FRAMSTEGET, MAX_ROUND_PRIZES } from '../../../../shared/formats/prizes';
import { parseRoundManifest, parseRoundSource, roundPackageProblems, type RoundSource } from '../../../../shared/formats/round';
import { parseCriteriaPackageSource } from '../../../../shared/formats/criteria-package';
import { packageSource, roundSource } from '../../../helpers/samples';

/** The sample round with Framsteget; Solrosen also in the prize, Lindgården (the second) only in it. */
function withPrize(): RoundSource {
  const source = roundSource();
  source.round.prizes = [structuredClone(FRAMSTEGET)];
  source.contestants[0]!.prizes = ['framsteget'];
  delete source.contestants[1]!.class;
  source.contestants[1]!.prizes = ['framsteget'];
  return source;
}

function message(edit: (source: RoundSource) => void): string | null {
  const source = withPrize();
  edit(source);
  const result = parseRoundSource(source);
  return result.ok ? null : result.message;
}

describe('round.prizes and contestants[].prizes (formats.md "Prizes without scores")', () => {
  it('accepts a round without prizes, and a contestant in the scored award, a prize, or both', () => {
    expect(parseRoundSource(roundSource()).ok).toBe(true);
    const parsed = parseRoundSource(withPrize());
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value.round.prizes?.[0]?.aspects.map((a) => a.title)).toEqual(['Nytt', 'Skapar värde', 'Används']);
    expect(parsed.value.contestants[1]!.class).toBeUndefined();
  });

  it('accepts the same in a signed manifest', () => {
    const source = withPrize();
    const manifest = {
      ...source,
      criteriaPackage: { ...source.criteriaPackage, sha256: 'a'.repeat(64) },
      contestants: source.contestants.map((c) => ({ ...c, documents: c.documents.map((d) => ({ ...d, sha256: 'b'.repeat(64), bytes: 10 })) })),
      signature: { alg: 'Ed25519', keyId: 'c'.repeat(64), value: 'AAAA' },
    };
    expect(parseRoundManifest(manifest).ok).toBe(true);
    const orphan = { ...manifest, contestants: manifest.contestants.map((c, i) => (i === 1 ? { ...c, prizes: [] } : c)) };
    expect(parseRoundManifest(orphan)).toMatchObject({ ok: false, message: expect.stringMatching(/har varken en tävlingsklass eller ett pris/) });
  });

  it('checks classes only for contestants that have one', () => {
    const pkg = parseCriteriaPackageSource(packageSource());
    if (!pkg.ok) throw new Error(pkg.message);
    const source = withPrize();
    expect(roundPackageProblems(source, pkg.value.package)).toEqual([]);
    source.contestants[0]!.class = 'gymnasium';
    expect(roundPackageProblems(source, pkg.value.package)[0]?.message).toMatch(/tävlingsklassen "gymnasium" finns inte/);
  });

  it.each([
    ['a contestant with neither class nor prize', (s: RoundSource) => delete s.contestants[1]!.prizes, /Lindgårdens vård- och omsorgsboende har varken en tävlingsklass eller ett pris/],
    ['an empty prize list and no class', (s: RoundSource) => (s.contestants[1]!.prizes = []), /Lindgårdens vård- och omsorgsboende har varken en tävlingsklass eller ett pris/],
    ['a prize the round does not have', (s: RoundSource) => (s.contestants[0]!.prizes = ['forvandlingspriset']), /Förskolan Solrosen anmäls till priset "forvandlingspriset", som inte finns/],
    ['prizes listed while the round has none', (s: RoundSource) => delete s.round.prizes, /anmäls till priset "framsteget", som inte finns/],
    ['the same prize twice', (s: RoundSource) => (s.contestants[0]!.prizes = ['framsteget', 'framsteget']), /Förskolan Solrosen anmäls två gånger till priset "framsteget"/],
    ['two prizes with one id', (s: RoundSource) => s.round.prizes!.push(structuredClone(FRAMSTEGET)), /pris-id:t "framsteget" finns redan/],
    ['two aspects with one id', (s: RoundSource) => (s.round.prizes![0]!.aspects[1]!.id = 'nytt'), /aspekt-id:t i priset Framsteget – Stockholms stads pris för nyskapande "nytt" finns redan/],
    ['a prize without aspects', (s: RoundSource) => (s.round.prizes![0]!.aspects = []), /minst en aspekt behövs/],
    ['a prize without a title', (s: RoundSource) => (s.round.prizes![0]!.title = ''), /priset framsteget, fältet "title": får inte vara tom/],
    ['an aspect without a description', (s: RoundSource) => delete (s.round.prizes![0]!.aspects[0] as Partial<{ description: string }>).description, /aspekten nytt, fältet "description": saknas/],
    ['an unknown member of a prize', (s: RoundSource) => Object.assign(s.round.prizes![0]!, { points: 10 }), /okänt fält "points"/],
    ['a malformed prize id in a contestant', (s: RoundSource) => (s.contestants[0]!.prizes = ['../pris']), /får bara innehålla/],
    ['prizes as text', (s: RoundSource) => Object.assign(s.round, { prizes: 'framsteget' }), /fältet "round\.prizes"/],
    [`more than ${MAX_ROUND_PRIZES} prizes`, (s: RoundSource) => (s.round.prizes = Array.from({ length: MAX_ROUND_PRIZES + 1 }, (_, i) => ({ ...FRAMSTEGET, id: `p-${i}` }))), /högst 20 priser/],
    ['more than 20 aspects', (s: RoundSource) => (s.round.prizes![0]!.aspects = Array.from({ length: 21 }, (_, i) => ({ ...FRAMSTEGET.aspects[0]!, id: `a-${i}` }))), /högst 20 aspekter/],
    ['a title of 301 characters', (s: RoundSource) => (s.round.prizes![0]!.title = 'x'.repeat(301)), /högst 300 tecken/],
  ])('refuses %s, with a Swedish message naming it', (_what, edit, expected) => {
    expect(message(edit)).toMatch(expected);
  });
});
