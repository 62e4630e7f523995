/**
 * The .kvbeslut JSON Schema in resources/schemas and the zod schema the app
 * validates with must say the same thing: Ajv (draft 2020-12, strict) and zod
 * judge every fixture; the rules a JSON Schema cannot say are accepted by the
 * schema and refused by the app, naming the place.
 */
import Ajv2020 from 'ajv/dist/2020';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decisionFileStructure, parseDecisionFile } from '../../../../shared/formats/jury-decision';

const schema = JSON.parse(readFileSync(join(__dirname, '../../../../resources/schemas/kvbeslut-1.schema.json'), 'utf8'));
const validate = new Ajv2020({ strict: true, strictRequired: false }).compile(schema);

const SHA = 'a'.repeat(64);

type Json = { [key: string]: any }; // eslint-disable-line @typescript-eslint/no-explicit-any -- fixtures are edited anywhere

const header = (): Json => ({
  format: 'examinator.jury-decision',
  formatVersion: 1,
  round: { id: 'ku-2026' },
  criteriaPackage: { id: 'ku-2026-paket', revision: 1, sha256: SHA },
  meetingDate: '2027-03-15',
  jury: [{ name: 'Karin Ek' }, { name: 'Per Berg' }],
  revision: 1,
  exportedAt: '2027-03-15T15:00:00.000Z',
  basis: [{ sha256: SHA, contestant: 'c-solrosen', stage: 'consensus', revision: 2, author: { examinerId: 'e-anna', name: 'Anna Lind' }, keyId: 'b'.repeat(64) }],
  prizes: [],
  signature: { alg: 'Ed25519', keyId: SHA, value: 'AAAA' },
});

export const firstMeeting = (): Json => ({
  ...header(),
  meeting: 'first',
  classes: [{ id: 'forskola', contestants: [{ contestant: 'c-solrosen', siteVisit: true, note: 'Tydligast resultat' }, { contestant: 'c-lindgarden', siteVisit: false }] }],
});

export const finalMeeting = (): Json => ({
  ...header(),
  meeting: 'final',
  classes: [
    {
      id: 'forskola',
      contestants: [
        { contestant: 'c-solrosen', decision: 'winner', citation: 'För ett systematiskt förbättringsarbete.' },
        { contestant: 'c-lindgarden', decision: 'honourable-mention', citation: 'För sitt brukarfokus.' },
        { contestant: 'c-ekbacken', decision: 'none' },
      ],
    },
  ],
  prizes: [{ id: 'framsteget', contestants: [{ contestant: 'c-solrosen', decision: 'none' }] }],
});

const edit = (make: () => Json, change: (file: Json) => void) => () => {
  const file = make();
  change(file);
  return file;
};

const judge = (file: unknown) => ({ schema: validate(file), zod: decisionFileStructure.safeParse(file).success });

const fixtures: [string, () => unknown, boolean][] = [
  ['a valid first meeting', firstMeeting, true],
  ['a valid final meeting with a prize', finalMeeting, true],
  ['a final meeting with no winner at all', edit(finalMeeting, (f) => (f.classes[0].contestants = [{ contestant: 'c-solrosen', decision: 'none' }])), true],
  ['no basis (a class decided without team files)', edit(firstMeeting, (f) => (f.basis = [])), true],
  ['a winner without a citation', edit(finalMeeting, (f) => delete f.classes[0].contestants[0].citation), false],
  ['an honourable mention with a citation of only white space', edit(finalMeeting, (f) => (f.classes[0].contestants[1].citation = ' \n ')), false],
  ['a prize winner without a citation', edit(finalMeeting, (f) => (f.prizes[0].contestants[0] = { contestant: 'c-solrosen', decision: 'winner' })), false],
  ['"none" with a citation', edit(finalMeeting, (f) => (f.classes[0].contestants[2].citation = 'x')), false],
  ['a decision missing', edit(finalMeeting, (f) => delete f.classes[0].contestants[2].decision), false],
  ['an unknown decision', edit(finalMeeting, (f) => (f.classes[0].contestants[0].decision = 'gold')), false],
  ['a citation of 4 001 characters', edit(finalMeeting, (f) => (f.classes[0].contestants[0].citation = 'x'.repeat(4001))), false],
  ['a citation of 4 000 characters', edit(finalMeeting, (f) => (f.classes[0].contestants[0].citation = 'x'.repeat(4000))), true],
  ['site-visit choices in a final meeting', edit(finalMeeting, (f) => (f.classes = firstMeeting().classes)), false],
  ['decisions in a first meeting', edit(firstMeeting, (f) => (f.classes = finalMeeting().classes)), false],
  ['site visit as text', edit(firstMeeting, (f) => (f.classes[0].contestants[0].siteVisit = 'ja')), false],
  ['an empty note', edit(firstMeeting, (f) => (f.classes[0].contestants[0].note = '')), false],
  ['an unknown meeting', edit(firstMeeting, (f) => (f.meeting = 'extra')), false],
  ['no jury members', edit(firstMeeting, (f) => (f.jury = [])), false],
  ['a jury member without a name', edit(firstMeeting, (f) => (f.jury[0].name = '  ')), false],
  ['a class without contestants', edit(firstMeeting, (f) => (f.classes[0].contestants = [])), false],
  ['a class id with a path', edit(firstMeeting, (f) => (f.classes[0].id = '../x')), false],
  ['no prizes member', edit(firstMeeting, (f) => delete f.prizes), false],
  ['a basis file at the individual stage', edit(firstMeeting, (f) => (f.basis[0].stage = 'individual')), false],
  ['a basis file without its signer', edit(firstMeeting, (f) => delete f.basis[0].keyId), false],
  ['an uppercase basis hash', edit(firstMeeting, (f) => (f.basis[0].sha256 = SHA.toUpperCase())), false],
  ['a meeting date with a time', edit(firstMeeting, (f) => (f.meetingDate = '2027-03-15T10:00:00Z')), false],
  ['revision 0', edit(firstMeeting, (f) => (f.revision = 0)), false],
  ['unknown top-level member', edit(firstMeeting, (f) => (f.comment = 'hej')), false],
  ['unknown member in an entry', edit(firstMeeting, (f) => (f.classes[0].contestants[0].score = 500)), false],
  ['newer format version', edit(firstMeeting, (f) => (f.formatVersion = 2)), false],
  ['another format', edit(firstMeeting, (f) => (f.format = 'examinator.assessment')), false],
  ['missing signature', edit(firstMeeting, (f) => delete f.signature), false],
  ['signature value that is not base64', edit(firstMeeting, (f) => (f.signature.value = 'inte base64!')), false],
  ['null', () => null, false],
];

describe('the .kvbeslut JSON Schema and the zod schema agree', () => {
  it('the schema file is itself valid draft 2020-12 (ajv compiles it in strict mode)', () => {
    expect(typeof validate).toBe('function');
  });

  it.each(fixtures)('%s', (_what, make, accepted) => {
    expect(judge(make())).toEqual({ schema: accepted, zod: accepted });
  });
});

const rules: [string, () => Json, RegExp][] = [
  ['a jury member twice (case and spacing aside)', edit(firstMeeting, (f) => (f.jury[1].name = ' karin  EK')), /ledamot 2, fältet "name": ledamoten karin {2}EK står två gånger/],
  ['a class twice', edit(firstMeeting, (f) => f.classes.push(f.classes[0])), /tävlingsklassen forskola, fältet "id": klassen forskola står två gånger/],
  ['a contestant twice in a class', edit(finalMeeting, (f) => (f.classes[0].contestants[2].contestant = 'c-solrosen')), /den tävlande c-solrosen står två gånger i klassen forskola/],
  ['a contestant twice in a prize', edit(finalMeeting, (f) => f.prizes[0].contestants.push(f.prizes[0].contestants[0])), /den tävlande c-solrosen står två gånger i priset framsteget/],
  ['a basis file twice', edit(firstMeeting, (f) => f.basis.push(f.basis[0])), /underlag 2, fältet "sha256": filen aaaaaaaaaaaa… står två gånger i underlaget/],
  ['an impossible meeting date', edit(firstMeeting, (f) => (f.meetingDate = '2027-02-30')), /fältet "meetingDate": ska vara ett datum som ÅÅÅÅ-MM-DD/],
  ['an impossible export time', edit(firstMeeting, (f) => (f.exportedAt = '2027-13-45T99:00:00Z')), /fältet "exportedAt": är ingen verklig tidpunkt/],
];

describe('rules beyond the JSON Schema', () => {
  it.each(rules)('%s', (_what, make, message) => {
    const file = make();
    expect(validate(file)).toBe(true);
    const parsed = parseDecisionFile(file);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toMatch(message);
  });

  it('a newer format version is refused naming the version this app reads', () => {
    expect(parseDecisionFile(edit(firstMeeting, (f) => (f.formatVersion = 2))())).toMatchObject({ ok: false, code: 'format-version-newer' });
  });

  it('a missing citation is named where it is', () => {
    const parsed = parseDecisionFile(edit(finalMeeting, (f) => delete f.classes[0].contestants[0].citation)());
    expect(parsed).toMatchObject({ ok: false, code: 'decision-invalid', message: expect.stringMatching(/^Beslutsfilen är ogiltig: tävlingsklassen forskola, den tävlande 1, fältet "citation": saknas/) });
  });
});
