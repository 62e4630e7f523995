import { describe, expect, it } from 'vitest';
import { parseCriteriaPackageSource } from '../../../../shared/formats/criteria-package';
import { conflictsOfInterest, sameOrganisation } from '../../../../shared/formats/conflicts-of-interest';
import { deadlineOrderProblems, documentPathProblem, parseRoundManifest, parseRoundSource, roundPackageProblems, roundSourceSchema, type RoundSource } from '../../../../shared/formats/round';
import { packageSource, roundSource } from '../../../helpers/samples';

function refusal(edit: (source: RoundSource) => void): string {
  const source = roundSource();
  edit(source);
  const result = parseRoundSource(source);
  if (result.ok) throw new Error('expected a refusal');
  return result.message;
}

const team = (s: RoundSource) => s.teams[0]!;
const addTeam = (s: RoundSource, contestants: string[]) =>
  s.teams.push({ id: 'lag-2', lead: 'e-bilal', members: ['e-bilal'], contestants });

const manifest = () => ({
  ...roundSource(),
  criteriaPackage: { id: 'ku-2026-exempel', revision: 1, sha256: 'a'.repeat(64) },
  contestants: roundSource().contestants.map((c) => ({
    ...c,
    documents: c.documents.map((d) => ({ path: d.path, sha256: 'b'.repeat(64), bytes: 1000, title: d.title, mediaType: d.mediaType })),
  })),
  signature: { alg: 'Ed25519', keyId: 'c'.repeat(64), value: 'AAAA' },
});

describe('round.json format', () => {
  it('accepts the sample source and a complete manifest', () => {
    expect(parseRoundSource(roundSource()).ok).toBe(true);
    expect(parseRoundManifest(manifest()).ok).toBe(true);
  });

  it('refuses unknown members and a newer format version', () => {
    expect(refusal((s) => Object.assign(s.round, { venue: 'Stadshuset' }))).toMatch(/fältet "round": okänt fält "venue"/);
    expect(refusal((s) => Object.assign(s, { formatVersion: 3 }))).toMatch(/formatversion 3, men den här versionen av Examinator läser formatversion 1/);
    const bad = { ...manifest(), contestants: [{ ...manifest().contestants[0]!, documents: [{ ...manifest().contestants[0]!.documents[0]!, pages: 30 }] }] };
    const result = parseRoundManifest(bad);
    expect(!result.ok && result.message).toMatch(/dokumentet documents\/forskolan-solrosen\.pdf: okänt fält "pages"/);
  });

  it.each([
    ['contestant ids', (s: RoundSource) => (s.contestants[1]!.id = 'c-solrosen'), /id:t för den tävlande "c-solrosen" finns redan/],
    ['examiner ids', (s: RoundSource) => (s.examiners[2]!.id = 'e-anna'), /examinator-id:t "e-anna" finns redan/],
    ['team ids', (s: RoundSource) => s.teams.push({ ...team(s), contestants: [] }), /team-id:t "lag-1" finns redan/],
    ['document paths', (s: RoundSource) => (s.contestants[1]!.documents[0]!.path = 'documents/forskolan-solrosen.pdf'), /sökvägen documents\/forskolan-solrosen\.pdf används redan/],
  ])('refuses duplicate %s', (_what, edit, expected) => {
    expect(refusal(edit)).toMatch(expected);
  });

  it('refuses deadlines out of order (individual ≤ consensus ≤ site visits ≤ jury), at the later field', () => {
    expect(refusal((s) => Object.assign(s.round.deadlines, { individual: '2027-03-01', consensus: '2027-02-01', siteVisits: '2027-04-01', jury: '2027-05-01' }))).toMatch(
      /fältet "round\.deadlines\.consensus": kan inte vara före sista dag för individuell bedömning \(2027-03-01\)/,
    );
    expect(refusal((s) => (s.round.deadlines.jury = '2026-10-01'))).toMatch(/deadlines\.jury": kan inte vara före sista dag för platsbesök \(2026-10-16\)/);
    const m = manifest();
    m.round.deadlines.siteVisits = '2026-09-01';
    const result = parseRoundManifest(m);
    expect(!result.ok && result.message).toMatch(/siteVisits": kan inte vara före sista dag för konsensus/);
    // The same day for two steps is in order.
    expect(parseRoundSource({ ...roundSource(), round: { ...roundSource().round, deadlines: { individual: '2026-09-15', consensus: '2026-09-15', siteVisits: '2026-09-15', jury: '2026-09-15' } } }).ok).toBe(true);
  });

  it('names the order problem even while another date is still missing', () => {
    const problems = deadlineOrderProblems({ individual: '2027-03-01', consensus: '2027-02-01', siteVisits: '', jury: '2027-01-01' });
    expect(problems.map((p) => p.path)).toEqual([['consensus'], ['jury']]);
    expect(problems[1]!.message).toMatch(/före sista dag för individuell bedömning \(2027-03-01\)/);
    const source = roundSource();
    Object.assign(source.round.deadlines, { individual: '2027-03-01', consensus: '2027-02-01', siteVisits: '' });
    const result = roundSourceSchema.safeParse(source);
    expect(result.success ? [] : result.error.issues.map((i) => i.path.join('.'))).toEqual(
      expect.arrayContaining(['round.deadlines.siteVisits', 'round.deadlines.consensus']),
    );
  });

  it('requires every referenced id to exist and a lead who is a member', () => {
    expect(refusal((s) => (team(s).lead = 'e-okand'))).toMatch(/teamet lag-1, fältet "lead": utvärderingsledaren "e-okand" är inte medlem/);
    expect(refusal((s) => team(s).members.push('e-okand'))).toMatch(/examinatorn "e-okand" finns inte bland examinatorerna/);
    expect(refusal((s) => team(s).contestants.push('c-okand'))).toMatch(/den tävlande "c-okand" finns inte bland de tävlande/);
  });

  it('requires every contestant to be assessed by exactly one team', () => {
    expect(refusal((s) => team(s).contestants.pop())).toMatch(/den tävlande c-lindgarden.*: Lindgårdens vård- och omsorgsboende bedöms inte av något team/);
    expect(refusal((s) => addTeam(s, ['c-solrosen']))).toMatch(/Förskolan Solrosen bedöms av flera team \(lag-1, lag-2\); det ska vara exakt ett/);
  });

  it('holds 2,000 contestants (ten times a large round, and room beyond) and refuses 2,001', () => {
    const withContestants = (count: number) => {
      const source = roundSource();
      const [first] = source.contestants;
      source.contestants = Array.from({ length: count }, (_, i) => ({
        ...first!,
        id: `c-${i + 1}`,
        documents: [{ ...first!.documents[0]!, path: `documents/vb-${i + 1}.pdf` }],
      }));
      // A team assesses at most 100: one team per 100 contestants, all led by Anna.
      source.teams = Array.from({ length: Math.ceil(count / 100) }, (_, t) => ({
        ...team(source),
        id: `lag-${t + 1}`,
        contestants: source.contestants.slice(t * 100, t * 100 + 100).map((c) => c.id),
      }));
      return source;
    };
    expect(parseRoundSource(withContestants(2000)).ok).toBe(true);
    const refused = parseRoundSource(withContestants(2001));
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.message).toContain('högst 2 000 tävlande');
  });

  it.each([
    ['..', 'documents/../round.json', 'sökvägen får inte innehålla ".."'],
    ['a leading slash', '/documents/a.pdf', 'sökvägen får inte börja med /'],
    ['a backslash', 'documents\\a.pdf', 'sökvägen får inte innehålla bakåtsnedstreck (\\)'],
    ['another folder', 'bilagor/a.pdf', 'sökvägen ska ha formen documents/<filnamn>'],
    ['a subfolder', 'documents/x/a.pdf', 'sökvägen ska ha formen documents/<filnamn>'],
    ['no name', 'documents/', 'sökvägen ska ha formen documents/<filnamn>'],
    ['a control character', 'documents/a\u0000.pdf', 'sökvägen innehåller otillåtna tecken'],
  ])('refuses a document path with %s', (_what, path, expected) => {
    expect(documentPathProblem(path)).toBe(expected);
    expect(refusal((s) => (s.contestants[0]!.documents[0]!.path = path))).toContain(expected);
  });

  it('refuses documents of other types and manifests with impossible sizes or hashes', () => {
    expect(refusal((s) => Object.assign(s.contestants[0]!.documents[0]!, { mediaType: 'text/html' }))).toMatch(/fältet "mediaType": ska vara application\/pdf eller Word/);
    const big = manifest();
    big.contestants[0]!.documents[0]!.bytes = 60 * 1024 * 1024;
    expect(parseRoundManifest(big).ok).toBe(false);
    const badHash = manifest();
    badHash.contestants[0]!.documents[0]!.sha256 = 'XYZ';
    const result = parseRoundManifest(badHash);
    expect(!result.ok && result.message).toMatch(/fältet "sha256": ska vara en SHA-256/);
  });

  describe('jäv', () => {
    it('refuses an examiner assessing a contestant of their own organisation, naming the pair', () => {
      const message = refusal((s) => (s.examiners[1]!.organisation = 'Norrby stadsdelsförvaltning'));
      expect(message).toContain(
        'jäv: examinatorn Bilal Haddad (e-bilal) och den tävlande Förskolan Solrosen (c-solrosen) tillhör båda Norrby stadsdelsförvaltning',
      );
    });

    it('compares organisations regardless of case and spacing', () => {
      expect(sameOrganisation('Norrby  stadsdelsförvaltning ', 'norrby stadsdelsFÖRVALTNING')).toBe(true);
      expect(sameOrganisation('Norrby', 'Sjövik')).toBe(false);
      const source = roundSource();
      source.examiners[0]!.organisation = ' SJÖVIK stadsdelsförvaltning';
      expect(conflictsOfInterest(source)).toEqual([
        expect.objectContaining({ examinerId: 'e-anna', contestantId: 'c-lindgarden', teamId: 'lag-1' }),
      ]);
    });

    it('sees through invisible characters, compatibility forms and case (formats.md additions)', () => {
      for (const disguised of ['Norrby stadsdelsförvaltning\u200b', 'Norrby stads\u00addelsförvaltning', 'Ｎorrby stadsdelsförvaltning', 'NORRBY\u2060 STADSDELSFÖRVALTNING']) {
        expect(refusal((s) => (s.examiners[1]!.organisation = disguised))).toContain(
          'jäv: examinatorn Bilal Haddad (e-bilal) och den tävlande Förskolan Solrosen (c-solrosen) tillhör båda Norrby stadsdelsförvaltning',
        );
      }
    });

    it('never finds jäv between empty organisations', () => {
      const source = roundSource();
      source.examiners[1]!.organisation = '\u200b';
      source.contestants[0]!.organisation = ' ';
      expect(conflictsOfInterest(source)).toEqual([]);
    });

    it('refuses a team with an examiner assessing a contestant they declared jäv with, naming both and the reason', () => {
      const declared = (s: RoundSource, examiner: string, contestant: string) =>
        Object.assign(s, { declaredConflicts: [{ examiner, contestant, reason: 'tidigare arbetsplats' }] });
      expect(refusal((s) => declared(s, 'e-cecilia', 'c-lindgarden'))).toContain(
        'jäv: examinatorn Cecilia Ek (e-cecilia) har anmält jäv mot den tävlande Lindgårdens vård- och omsorgsboende (c-lindgarden): tidigare arbetsplats',
      );
      expect(refusal((s) => declared(s, 'e-okand', 'c-lindgarden'))).toMatch(/examinatorn "e-okand" finns inte bland examinatorerna/);
      expect(refusal((s) => declared(s, 'e-anna', 'c-okand'))).toMatch(/den tävlande "c-okand" finns inte bland de tävlande/);
      const elsewhere = roundSource();
      elsewhere.examiners.push({ id: 'e-dana', name: 'Dana Berg', email: 'dana@example.se', organisation: 'Idrottsförvaltningen' });
      elsewhere.teams.push({ id: 'lag-2', lead: 'e-dana', members: ['e-dana'], contestants: [] });
      declared(elsewhere, 'e-dana', 'c-solrosen');
      expect(parseRoundSource(elsewhere).ok).toBe(true); // declared, but Dana's team does not assess Solrosen
      expect(parseRoundManifest({ ...manifest(), declaredConflicts: [{ examiner: 'e-anna', contestant: 'c-solrosen', reason: '' }] })).toMatchObject({
        ok: false,
        message: expect.stringContaining('får inte vara tom'),
      });
    });

    it('allows a shared organisation when the examiner is in another team', () => {
      const source = roundSource();
      source.examiners.push({ id: 'e-dana', name: 'Dana Berg', email: 'dana@norrby.example.se', organisation: 'Norrby stadsdelsförvaltning' });
      source.teams.push({ id: 'lag-2', lead: 'e-dana', members: ['e-dana'], contestants: [] });
      expect(parseRoundSource(source).ok).toBe(true);
    });
  });

  it('checks a round against its criteria package: the same package and classes it has', () => {
    const pkg = parseCriteriaPackageSource(packageSource());
    if (!pkg.ok) throw new Error(pkg.message);
    const source = roundSource();
    expect(roundPackageProblems(source, pkg.value.package)).toEqual([]);
    source.contestants[1]!.class = 'hemtjanst';
    source.criteriaPackage.revision = 2;
    expect(roundPackageProblems(source, pkg.value.package).map((p) => p.message)).toEqual([
      'omgången anger kriteriepaketet ku-2026-exempel revision 2, men paketet är ku-2026-exempel revision 1',
      'tävlingsklassen "hemtjanst" finns inte i kriteriepaketet',
    ]);
  });

  it('refuses an invalid deadline and a missing e-mail address', () => {
    expect(refusal((s) => (s.round.deadlines.jury = '6 nov'))).toMatch(/fältet "round.deadlines.jury": ska vara ett datum/);
    expect(refusal((s) => (s.examiners[0]!.email = 'anna'))).toMatch(/examinatorn e-anna, fältet "email": är ingen e-postadress/);
  });
});
