/**
 * The JSON Schema in resources/schemas and the zod schema the app validates
 * with must say the same thing. Ajv (draft 2020-12; lengths in code points, as
 * zod counts them) and zod judge every fixture — valid, broken and
 * hostile — and generated content (strict mode, except for `required` inside
 * `oneOf` branches, which the evidence anchor uses on purpose); the rules a JSON Schema cannot express are
 * listed separately, accepted by the schema and refused by the app.
 */
import Ajv2020 from 'ajv/dist/2020';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assessmentFileStructure, parseAssessmentFile } from '../../../../shared/formats/assessment-file';
import { propertyRuns } from '../../../helpers/property-runs';

const schema = JSON.parse(readFileSync(join(__dirname, '../../../../resources/schemas/kvbedomning-1.schema.json'), 'utf8'));
const validate = new Ajv2020({ strict: true, strictRequired: false }).compile(schema);

const SHA = 'a'.repeat(64);
const DOC = 'b'.repeat(64);
const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const PEM = '-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEAGb9ECWmEzf6FQbrBZ9w7lshQhqowtrbLDFw4rXAxZuE=\n-----END PUBLIC KEY-----\n';

type Json = { [key: string]: any }; // eslint-disable-line @typescript-eslint/no-explicit-any -- fixtures are edited anywhere

const criterion = (n: number): Json => ({
  criterionId: `1.${n}`,
  score: 60,
  attributes: { ansats: 50 },
  strengths: [{ id: id(n * 10 + 1), text: 'Tydlig uppföljning', evidence: [{ documentSha256: DOC, page: 3, quote: 'Vi följer upp', prefix: 'a', suffix: 'b' }] }],
  improvements: [{ id: id(n * 10 + 2), text: 'Analysen saknas', evidence: [{ documentSha256: DOC, paragraph: 12 }] }],
  siteVisitQuestions: [{ id: id(n * 10 + 3), text: 'Hur sprids goda exempel?' }],
});

export const individualFile = (): Json => ({
  format: 'examinator.assessment',
  formatVersion: 1,
  round: { id: 'ku-2026' },
  criteriaPackage: { id: 'ku-2026-paket', revision: 1, sha256: SHA },
  contestant: { id: 'c-solrosen' },
  stage: 'individual',
  author: { examinerId: 'e-anna', name: 'Anna Lind', publicKey: PEM },
  revision: 3,
  exportedAt: '2026-09-10T12:00:00.000Z',
  includesPrivateNotes: false,
  changeLog: { entries: 42, finalHash: SHA },
  criteria: [criterion(1), criterion(2)],
  signature: { alg: 'Ed25519', keyId: SHA, value: 'AAAA' },
});

export const consensusFile = (): Json => {
  const file = individualFile();
  file.stage = 'consensus';
  file.criteria = file.criteria.map((c: Json) => ({
    ...c,
    strengths: c.strengths.map((s: Json) => ({ ...s, sources: [{ commentId: id(99), examinerId: 'e-bilal', initials: 'BH' }] })),
    individualScores: [{ examinerId: 'e-anna', score: 60 }, { examinerId: 'e-bilal', score: null }],
    rationale: 'Enig efter diskussion',
    discussed: true,
    siteVisit: { scoreBefore: 60, scoreAfter: 70, note: 'Bekräftat på plats' },
  }));
  file.team = {
    recommendation: { siteVisit: true, nomination: 'honourable-mention', citation: 'Motivering' },
    summary: 'Sammanfattning',
    sources: [{ examinerId: 'e-bilal', revision: 2, changeLog: null }],
  };
  return file;
};

/** Framsteget's written assessment: aspects without score, evidence like any criterion. */
const prizes = (): Json[] => [
  {
    prizeId: 'framsteget',
    aspects: ['nytt', 'skapar-varde'].map((aspectId, n) => ({
      aspectId,
      strengths: [{ id: id(500 + n * 10), text: 'Ett nytt arbetssätt', evidence: [{ documentSha256: DOC, page: 4 }] }],
      improvements: [{ id: id(501 + n * 10), text: 'Värdet visas inte', evidence: [] }],
      siteVisitQuestions: [{ id: id(502 + n * 10), text: 'Hur används det?' }],
    })),
  },
];
const withPrizes = (make: () => Json) => (): Json => ({ ...make(), prizes: prizes() });
const teamWithPrizes = () => {
  const file = withPrizes(consensusFile)();
  file.prizes[0].aspects[0].strengths[0].sources = [{ commentId: id(98), examinerId: 'e-bilal', initials: 'BH' }];
  return file;
};

const edit = (make: () => Json, change: (file: Json) => void) => () => {
  const file = make();
  change(file);
  return file;
};

const judge = (file: unknown) => ({ schema: validate(file), zod: assessmentFileStructure.safeParse(file).success });

/** [what, file, accepted]: the two schemas must both give `accepted`. */
const fixtures: [string, () => unknown, boolean][] = [
  ['a valid individual file', individualFile, true],
  ['a valid consensus file', consensusFile, true],
  ['a valid site-visit file', edit(consensusFile, (f) => (f.stage = 'site-visit')), true],
  ['private note included by choice', edit(individualFile, (f) => ((f.includesPrivateNotes = true), (f.criteria[0].privateNote = 'Bara för mig'))), true],
  ['no score and no change log', edit(individualFile, (f) => ((f.criteria[0].score = null), (f.changeLog = null))), true],
  ['text with white space at both ends', edit(individualFile, (f) => (f.criteria[0].strengths[0].text = '  text  ')), true],
  ['text of 10 000 characters plus spaces', edit(individualFile, (f) => (f.criteria[0].strengths[0].text = ` ${'x'.repeat(10_000)} `)), true],
  ['text of 10 001 characters', edit(individualFile, (f) => (f.criteria[0].strengths[0].text = 'x'.repeat(10_001))), false],
  ['text of only white space', edit(individualFile, (f) => (f.criteria[0].strengths[0].text = ' \n\t ')), false],
  ['quote of 2 000 astral characters (code points, not UTF-16 units)', edit(individualFile, (f) => (f.criteria[0].strengths[0].evidence[0].quote = '😀'.repeat(2000))), true],
  ['quote of 2 001 astral characters', edit(individualFile, (f) => (f.criteria[0].strengths[0].evidence[0].quote = '😀'.repeat(2001))), false],
  ['text of 10 000 astral characters between spaces', edit(individualFile, (f) => (f.criteria[0].strengths[0].text = ` ${'😀'.repeat(10_000)} `)), true],
  ['unknown top-level member', edit(individualFile, (f) => (f.comment = 'hej')), false],
  ['unknown member in a criterion', edit(individualFile, (f) => (f.criteria[0].weight = 2)), false],
  ['unknown member in evidence', edit(individualFile, (f) => (f.criteria[0].strengths[0].evidence[0].line = 4)), false],
  ['consensus members in an individual file', edit(individualFile, (f) => (f.criteria[0].rationale = 'x')), false],
  ['team part in an individual file', edit(individualFile, (f) => (f.team = consensusFile().team)), false],
  ['consensus file without its team part', edit(consensusFile, (f) => delete f.team), false],
  ['consensus criterion without individual scores', edit(consensusFile, (f) => delete f.criteria[0].individualScores), false],
  ['newer format version', edit(individualFile, (f) => (f.formatVersion = 2)), false],
  ['another format', edit(individualFile, (f) => (f.format = 'examinator.round')), false],
  ['unknown stage', edit(individualFile, (f) => (f.stage = 'jury')), false],
  ['missing stage', edit(individualFile, (f) => delete f.stage), false],
  ['revision 0', edit(individualFile, (f) => (f.revision = 0)), false],
  ['fractional revision', edit(individualFile, (f) => (f.revision = 1.5)), false],
  ['revision as text', edit(individualFile, (f) => (f.revision = '3')), false],
  ['evidence with both page and paragraph', edit(individualFile, (f) => (f.criteria[0].strengths[0].evidence[0].paragraph = 2)), false],
  ['evidence with neither page nor paragraph', edit(individualFile, (f) => delete f.criteria[0].strengths[0].evidence[0].page), false],
  ['page 0', edit(individualFile, (f) => (f.criteria[0].strengths[0].evidence[0].page = 0)), false],
  ['uppercase document hash', edit(individualFile, (f) => (f.criteria[0].strengths[0].evidence[0].documentSha256 = DOC.toUpperCase())), false],
  ['comment id that is not a UUID', edit(individualFile, (f) => (f.criteria[0].strengths[0].id = 'styrka-1')), false],
  ['criterion id with a path', edit(individualFile, (f) => (f.criteria[0].criterionId = '../1.1')), false],
  ['score as text', edit(individualFile, (f) => (f.criteria[0].score = '60')), false],
  ['attribute rating as text', edit(individualFile, (f) => (f.criteria[0].attributes.ansats = 'hög')), false],
  ['attribute with an invalid id', edit(individualFile, (f) => (f.criteria[0].attributes['-x'] = 1)), false],
  ['"__proto__" as attribute id', () => JSON.parse(JSON.stringify(individualFile()).replace('"ansats"', '"__proto__"')), false],
  ['"__proto__" as a top-level member', () => JSON.parse(JSON.stringify(individualFile()).replace('"round"', '"__proto__":{},"round"')), false],
  ['201 strengths', edit(individualFile, (f) => (f.criteria[0].strengths = Array.from({ length: 201 }, (_, i) => ({ id: id(1000 + i), text: 'x', evidence: [] })))), false],
  ['201 criteria', edit(individualFile, (f) => (f.criteria = Array.from({ length: 201 }, (_, i) => criterion(i)))), false],
  ['initials of 9 characters', edit(consensusFile, (f) => (f.criteria[0].strengths[0].sources[0].initials = 'ABCDEFGHI')), false],
  ['unknown nomination', edit(consensusFile, (f) => (f.team.recommendation.nomination = 'gold')), false],
  ['undecided recommendation', edit(consensusFile, (f) => ((f.team.recommendation.nomination = null), (f.team.recommendation.siteVisit = null))), true],
  ['exportedAt with a time zone offset', edit(individualFile, (f) => (f.exportedAt = '2026-09-10T14:00:00+02:00')), false],
  ['a private key instead of the public one', edit(individualFile, (f) => (f.author.publicKey = PEM.replace(/PUBLIC/g, 'PRIVATE'))), false],
  ['signature without value', edit(individualFile, (f) => delete f.signature.value), false],
  ['signature value that is not base64', edit(individualFile, (f) => (f.signature.value = 'inte base64!')), false],
  ['missing signature', edit(individualFile, (f) => delete f.signature), false],
  ['an individual file with a prize entry’s aspects', withPrizes(individualFile), true],
  ['a consensus file with a prize entry’s aspects and their sources', teamWithPrizes, true],
  ['a site-visit file with a prize entry’s aspects', edit(teamWithPrizes, (f) => (f.stage = 'site-visit')), true],
  ['a prize-only contestant: no criteria, only prizes', edit(withPrizes(individualFile), (f) => (f.criteria = [])), true],
  ['an aspect’s private note included by choice', edit(withPrizes(individualFile), (f) => ((f.includesPrivateNotes = true), (f.prizes[0].aspects[0].privateNote = 'Bara för mig'))), true],
  ['an empty prizes list', edit(individualFile, (f) => (f.prizes = [])), true],
  ['a score in an aspect', edit(withPrizes(individualFile), (f) => (f.prizes[0].aspects[0].score = 60)), false],
  ['attribute ratings in an aspect', edit(withPrizes(individualFile), (f) => (f.prizes[0].aspects[0].attributes = {})), false],
  ['a criterion id in an aspect', edit(withPrizes(individualFile), (f) => (f.prizes[0].aspects[0].criterionId = '1.1')), false],
  ['consensus members in a team file’s aspect', edit(teamWithPrizes, (f) => (f.prizes[0].aspects[0].rationale = 'Enig')), false],
  ['an aspect without its strengths', edit(withPrizes(individualFile), (f) => delete f.prizes[0].aspects[0].strengths), false],
  ['a prize without aspects', edit(withPrizes(individualFile), (f) => (f.prizes[0].aspects = [])), false],
  ['an unknown member in a prize', edit(withPrizes(individualFile), (f) => (f.prizes[0].title = 'Framsteget')), false],
  ['a prize id with a colon', edit(withPrizes(individualFile), (f) => (f.prizes[0].prizeId = 'prize:framsteget')), false],
  ['an aspect id with a path', edit(withPrizes(individualFile), (f) => (f.prizes[0].aspects[0].aspectId = '../nytt')), false],
  ['prizes as an object', edit(individualFile, (f) => (f.prizes = { framsteget: [] })), false],
  ['21 prizes', edit(individualFile, (f) => (f.prizes = Array.from({ length: 21 }, (_, i) => ({ ...prizes()[0], prizeId: `pris-${i}` })))), false],
  ['21 aspects', edit(withPrizes(individualFile), (f) => (f.prizes[0].aspects = Array.from({ length: 21 }, (_, i) => ({ aspectId: `a-${i}`, strengths: [], improvements: [], siteVisitQuestions: [] })))), false],
  ['201 strengths on an aspect', edit(withPrizes(individualFile), (f) => (f.prizes[0].aspects[0].strengths = Array.from({ length: 201 }, (_, i) => ({ id: id(2000 + i), text: 'x', evidence: [] })))), false],
  ['an array instead of an object', () => [individualFile()], false],
  ['null', () => null, false],
];

describe('the .kvbedomning JSON Schema and the zod schema agree', () => {
  it('the schema file is itself valid draft 2020-12 (ajv compiles it in strict mode)', () => {
    expect(typeof validate).toBe('function');
  });

  it.each(fixtures)('%s', (_what, make, accepted) => {
    expect(judge(make())).toEqual({ schema: accepted, zod: accepted });
  });

  it('on generated content: texts, numbers and optional members at and around their limits', () => {
    const text = fc.oneof(fc.string({ maxLength: 20 }), fc.string({ unit: 'binary', maxLength: 8 }), fc.constantFrom('', ' ', ' x ', '\u00a0', '😀', 'x'.repeat(10_000), ` ${'x'.repeat(9_999)}`));
    const number = fc.oneof(fc.integer({ min: -5, max: 200_000 }), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constant(null));
    const anchor = fc.record(
      { documentSha256: fc.constantFrom(DOC, 'x'), page: number, paragraph: number, quote: text, prefix: text, suffix: text },
      { requiredKeys: ['documentSha256'] },
    );
    fc.assert(
      fc.property(text, number, fc.array(anchor, { maxLength: 3 }), fc.option(text, { nil: undefined }), (commentText, score, evidence, note) => {
        const file = individualFile();
        file.includesPrivateNotes = true;
        Object.assign(file.criteria[0], { score, ...(note === undefined ? {} : { privateNote: note }) });
        Object.assign(file.criteria[0].strengths[0], { text: commentText, evidence });
        const verdict = judge(file);
        expect(verdict.zod).toBe(verdict.schema);
      }),
      propertyRuns(400),
    );
  });
});

/** Rules a JSON Schema cannot say: the schema lets them through, the app refuses them, naming the place. */
const rules: [string, () => Json, RegExp][] = [
  ['a criterion twice', edit(individualFile, (f) => (f.criteria[1].criterionId = '1.1')), /kriteriet 1\.1, fältet "criterionId": kriteriet 1\.1 står två gånger/],
  ['a comment id twice', edit(individualFile, (f) => (f.criteria[1].strengths[0].id = f.criteria[0].strengths[0].id)), /kriteriet 1\.2, styrka 1, fältet "id": id:t .* används redan i filen/],
  ['a private note although notes are not included', edit(individualFile, (f) => (f.criteria[0].privateNote = 'hemligt')), /kriteriet 1\.1, fältet "privateNote": innehåller en privat anteckning fast filen säger att privata anteckningar inte ingår/],
  ['merge sources in an individual file', edit(individualFile, (f) => (f.criteria[0].strengths[0].sources = [])), /en individuell bedömning kan inte ha sammanslagna källor/],
  ['an examiner twice among the individual scores', edit(consensusFile, (f) => (f.criteria[0].individualScores[1].examinerId = 'e-anna')), /individuell poäng 2, fältet "examinerId": examinatorn e-anna står två gånger/],
  ['an examiner twice among the team sources', edit(consensusFile, (f) => f.team.sources.push(f.team.sources[0])), /källa 2, fältet "examinerId": examinatorn e-bilal står två gånger/],
  ['a prize twice', edit(withPrizes(individualFile), (f) => f.prizes.push({ ...prizes()[0], aspects: [{ aspectId: 'anvands', strengths: [], improvements: [], siteVisitQuestions: [] }] })), /priset framsteget, fältet "prizeId": priset framsteget står två gånger/],
  ['an aspect twice', edit(withPrizes(individualFile), (f) => (f.prizes[0].aspects[1].aspectId = 'nytt')), /priset framsteget, aspekten nytt, fältet "aspectId": aspekten nytt står två gånger/],
  ['an aspect’s private note although notes are not included', edit(withPrizes(individualFile), (f) => (f.prizes[0].aspects[1].privateNote = 'hemligt')), /priset framsteget, aspekten skapar-varde, fältet "privateNote": innehåller en privat anteckning fast filen säger att privata anteckningar inte ingår/],
  ['merge sources on an aspect in an individual file', edit(withPrizes(individualFile), (f) => (f.prizes[0].aspects[0].improvements[0].sources = [])), /priset framsteget, aspekten nytt, förbättringsområde 1, fältet "sources": en individuell bedömning kan inte ha sammanslagna källor/],
  ['an aspect’s comment id used by a criterion', edit(withPrizes(individualFile), (f) => (f.prizes[0].aspects[0].strengths[0].id = f.criteria[0].strengths[0].id)), /priset framsteget, aspekten nytt, styrka 1, fältet "id": id:t .* används redan i filen/],
  ['an impossible date', edit(individualFile, (f) => (f.exportedAt = '2026-13-45T99:00:00Z')), /fältet "exportedAt": är ingen verklig tidpunkt/],
];

describe('rules beyond the JSON Schema', () => {
  it.each(rules)('%s', (_what, make, message) => {
    const file = make();
    expect(validate(file)).toBe(true);
    const parsed = parseAssessmentFile(file);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toMatch(message);
  });

  it('a newer format version is refused naming the version this app reads', () => {
    const parsed = parseAssessmentFile(edit(individualFile, (f) => (f.formatVersion = 2))());
    expect(parsed).toMatchObject({ ok: false, code: 'format-version-newer', message: expect.stringContaining('formatversion 2, men den här versionen av Examinator läser formatversion 1') });
  });
});
