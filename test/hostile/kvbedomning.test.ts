/**
 * Hostile and wrong assessment files (.kvbedomning), each made by hand: every
 * one is refused by the app's import (preview and apply) with a Swedish message
 * naming what is wrong, the database unchanged; those wrong in themselves are
 * refused by `examinator assessment verify` too (exit 1, one line).
 */
import { describe, expect, it } from 'vitest';
import { publicPemOf } from '../../electron/core/packages/keys';
import { dbFingerprint } from '../helpers/db-fingerprint';
import { assessmentBytes, consensusCriteria, exchangeCore, importFiles, individualCriteria, LINDGARDEN, newKey, SOLROSEN } from '../helpers/exchange';
import { sparse } from './harness';
import { edited, json, refusesEveryCase, text, type Case } from './kvbedomning-cases';
import { recordHostile } from './record';

const pinnedKey = newKey();
const cases: Case[] = [
  {
    input: 'content changed after signing (bad signature)',
    make: (facts) => Buffer.from(assessmentBytes(facts).toString('utf8').replace('"score": 0,', '"score": 100,')),
    expected: /^Signaturen i bedömningsfilen stämmer inte \(nyckel [0-9a-f]{4} [0-9a-f]{4} [0-9a-f]{4} [0-9a-f]{4}\): innehållet har ändrats efter att det signerades\. Be avsändaren om en ny fil\.$/,
    wrongInItself: true,
  },
  {
    input: 'the public key in the file swapped for another (signature by a key not in the file)',
    make: (facts) => {
      const file = json(assessmentBytes(facts));
      file.author.publicKey = publicPemOf(newKey());
      return text(file);
    },
    expected: /^Bedömningsfilen anger att den är signerad med nyckeln [0-9a-f]{4} [0-9a-f]{4} [0-9a-f]{4} [0-9a-f]{4}, men nyckeln i filen är [0-9a-f]{4} [0-9a-f]{4} [0-9a-f]{4} [0-9a-f]{4}\. Filen kan ha ändrats/,
    wrongInItself: true,
  },
  {
    input: 'signature with another algorithm',
    make: (facts) => {
      const file = json(assessmentBytes(facts));
      file.signature.alg = 'RS256';
      return text(file);
    },
    expected: /^Bedömningsfilen har en signatur med algoritmen "RS256"; Examinator godtar bara Ed25519\.$/,
    wrongInItself: true,
  },
  {
    input: 'signed by another key than the one pinned for the examiner',
    before: (facts) => [assessmentBytes(facts, { key: pinnedKey })],
    make: (facts) => assessmentBytes(facts, { revision: 2, key: newKey() }),
    expected: /^Filen är signerad med en annan nyckel \(fingeravtryck [0-9a-f]{4} [0-9a-f]{4} [0-9a-f]{4} [0-9a-f]{4}\) än den som sparades för Bilal Haddad \(fingeravtryck [0-9a-f]{4} [0-9a-f]{4} [0-9a-f]{4} [0-9a-f]{4}\)\./,
    wrongInItself: false,
  },
  {
    input: 'another round',
    make: edited({}, (f) => (f.round.id = 'ku-2027')),
    expected: /^Filen gäller omgången "ku-2027", som inte finns på den här datorn\. Här finns: "Kvalitetsutmärkelsen 2026 – övningsomgång"\. Importera omgångsfilen/,
    wrongInItself: false,
  },
  {
    input: 'another criteria package hash',
    make: edited({}, (f) => (f.criteriaPackage.sha256 = 'e'.repeat(64))),
    expected: /^Filen bygger på kriteriepaketet ku-2026-exempel revision 1 \(eeeeeeee…\), men omgången "Kvalitetsutmärkelsen 2026 – övningsomgång" använder ku-2026-exempel revision 1 \([0-9a-f]{8}…\)\./,
    wrongInItself: false,
  },
  {
    input: 'another criteria package revision',
    make: edited({}, (f) => (f.criteriaPackage.revision = 2)),
    expected: /^Filen bygger på kriteriepaketet ku-2026-exempel revision 2 .*använder ku-2026-exempel revision 1/,
    wrongInItself: false,
  },
  {
    input: 'a contestant not in the round',
    make: edited({}, (f) => (f.contestant.id = 'c-okand')),
    expected: /^Den tävlande "c-okand" i filen finns inte i omgången "Kvalitetsutmärkelsen 2026 – övningsomgång"\.$/,
    wrongInItself: false,
  },
  {
    input: 'an examiner not in the round',
    make: edited({}, (f) => Object.assign(f.author, { examinerId: 'e-okand', name: 'Okänd Person' })),
    expected: /^Examinatorn "e-okand" \(Okänd Person\) som skrev filen finns inte i omgången/,
    wrongInItself: false,
  },
  {
    input: 'an examiner not in the team that assesses the contestant',
    round: 'two-teams',
    make: (facts) => assessmentBytes(facts, { contestantId: LINDGARDEN }),
    expected: /^Bilal Haddad \(e-bilal\) ingår inte i team lag-2, som bedömer Lindgårdens vård- och omsorgsboende\. Filen tas inte emot\.$/,
    wrongInItself: false,
  },
  {
    input: 'a consensus file from a member who is not the team lead',
    make: (facts) => {
      const own = individualCriteria(facts, SOLROSEN);
      return assessmentBytes(facts, {
        stage: 'consensus',
        criteria: consensusCriteria({ 'e-bilal': own }),
        team: { recommendation: { siteVisit: true, nomination: null, citation: '' }, summary: '', sources: [] },
      });
    },
    expected: /^En konsensusfil för Förskolan Solrosen ska komma från utvärderingsledaren Anna Lind, men den här är från Bilal Haddad\.$/,
    wrongInItself: false,
  },
  {
    input: 'a score that is not on the scale',
    make: edited({}, (f) => (f.criteria[2].score = 55)),
    expected: /^Bedömningsfilen stämmer inte med omgången: kriteriet 2\.1: poängen 55 är inte giltig på skalan 0–100 med steg 10\.$/,
    wrongInItself: false,
  },
  {
    input: 'a criterion the package does not have',
    make: edited({}, (f) => (f.criteria[0].criterionId = '9.9')),
    expected: /^Bedömningsfilen stämmer inte med omgången: kriteriet 9\.9 finns inte i kriteriepaketet ku-2026-exempel\.$/,
    wrongInItself: false,
  },
  {
    input: 'evidence in another contestant’s document',
    make: edited({}, (f) => (f.criteria[0].strengths[0].evidence[0].documentSha256 = 'd'.repeat(64))),
    expected: /kriteriet 1\.1: ett belägg pekar på ett dokument \(dddddddd…\) som inte hör till Förskolan Solrosen\.$/,
    wrongInItself: false,
  },
  {
    input: 'the same revision again with other content',
    before: (facts) => [assessmentBytes(facts, { key: pinnedKey })],
    make: (facts) => assessmentBytes(facts, { key: pinnedKey, exportedAt: '2026-09-12T08:00:00.000Z' }),
    expected: /^Du har redan revision 1 från Bilal Haddad för Förskolan Solrosen, men med annat innehåll\./,
    wrongInItself: false,
  },
  {
    input: 'an unknown member (correctly signed)',
    make: edited({}, (f) => (f.criteria[0].weight = 2)),
    expected: /^Bedömningsfilen är ogiltig: kriteriet 1\.1: okänt fält "weight" \(filen kan vara gjord för en nyare version av Examinator\)\.$/,
    wrongInItself: true,
  },
  {
    input: 'a newer format version',
    make: edited({}, (f) => (f.formatVersion = 2)),
    expected: /^Filen har formatversion 2, men den här versionen av Examinator läser formatversion 1\. Uppdatera Examinator och försök igen\.$/,
    wrongInItself: true,
  },
  {
    input: 'a private note the author did not choose to include',
    make: edited({}, (f) => (f.criteria[0].privateNote = 'Min egen tanke')),
    expected: /kriteriet 1\.1, fältet "privateNote": innehåller en privat anteckning fast filen säger att privata anteckningar inte ingår/,
    wrongInItself: true,
  },
  {
    input: '"__proto__" as an attribute id (correctly signed)',
    make: edited({}, (f) => (f.criteria[0].attributes = JSON.parse('{ "__proto__": 50 }'))),
    expected: /^Bedömningsfilen är ogiltig: kriteriet 1\.1, fältet "attributes\.__proto__": fältnamnet "__proto__" är inte tillåtet\.$/,
    wrongInItself: true,
  },
  {
    input: 'a wrong type: a score as text (correctly signed)',
    make: edited({}, (f) => (f.criteria[0].score = '40')),
    expected: /^Bedömningsfilen är ogiltig: kriteriet 1\.1, fältet "score": ska vara ett tal\.$/,
    wrongInItself: true,
  },
  {
    input: 'a wrong type: the revision as text (correctly signed)',
    make: edited({}, (f) => (f.revision = '1')),
    expected: /^Bedömningsfilen är ogiltig: fältet "revision": ska vara ett heltal\.$/,
    wrongInItself: true,
  },
  {
    input: 'a wrong type: the strengths as an object (correctly signed)',
    make: edited({}, (f) => (f.criteria[0].strengths = { första: 'Bra' })),
    expected: /^Bedömningsfilen är ogiltig: kriteriet 1\.1, fältet "strengths": ska vara en lista\.$/,
    wrongInItself: true,
  },
  {
    input: 'duplicate criterion ids (correctly signed)',
    make: edited({}, (f) => (f.criteria[1].criterionId = f.criteria[0].criterionId)),
    expected: /^Bedömningsfilen är ogiltig: kriteriet 1\.1, fältet "criterionId": kriteriet 1\.1 står två gånger\.$/,
    wrongInItself: true,
  },
  {
    input: 'duplicate comment ids (correctly signed)',
    make: edited({}, (f) => (f.criteria[0].improvements[0].id = f.criteria[0].strengths[0].id)),
    expected: /^Bedömningsfilen är ogiltig: kriteriet 1\.1, förbättringsområde 1, fältet "id": id:t [0-9a-f-]{36} används redan i filen\.$/,
    wrongInItself: true,
  },
  {
    input: 'no signature',
    make: (facts) => {
      const { signature: _removed, ...unsigned } = json(assessmentBytes(facts));
      return text(unsigned);
    },
    expected: /^Bedömningsfilen är ogiltig: fältet "signature": saknas\.$/,
    wrongInItself: true,
  },
  { input: 'a 200 MB file (sparse: refused by its size, never read)', make: () => sparse(200 * 1024 * 1024), expected: /är 200 MB; högst 8 MB tas emot/, wrongInItself: true },
  { input: 'truncated JSON', make: (facts) => assessmentBytes(facts).subarray(0, 300), expected: /^Bedömningsfilen är inte giltig JSON; filen kan vara trasig eller av fel typ\.$/, wrongInItself: true },
  { input: 'not UTF-8', make: () => Buffer.from([0x7b, 0xff, 0xfe, 0x7d]), expected: /^Bedömningsfilen är inte text i UTF-8 och kan inte läsas\.$/, wrongInItself: true },
  { input: 'empty file', make: () => Buffer.alloc(0), expected: /^Bedömningsfilen är inte giltig JSON/, wrongInItself: true },
  { input: 'a criteria package renamed to .kvbedomning', make: () => text({ format: 'examinator.criteria-package', formatVersion: 1 }), expected: /^Filen är inte en bedömningsfil \(\.kvbedomning\) utan har formatet "examinator\.criteria-package"\.$/, wrongInItself: true },
  { input: '100 000 levels of nesting', make: () => Buffer.from(`${'['.repeat(100_000)}${']'.repeat(100_000)}`), expected: /^Bedömningsfilen innehåller för djupt nästlade data för att kunna läsas \(högst 64 nivåer\)\.$/, wrongInItself: true },
  { input: 'a 9 MB file', make: () => Buffer.alloc(9 * 1024 * 1024, 0x20), expected: /är 9 MB; högst 8 MB tas emot/, wrongInItself: true },
];

describe('hostile assessment files (.kvbedomning): refused with a message naming what is wrong, database unchanged', () => {
  refusesEveryCase(cases);

  it('the same file twice changes nothing the second time', async () => {
    const { core, facts } = await exchangeCore();
    const bytes = assessmentBytes(facts);
    await importFiles(core, { 'a.kvbedomning': bytes });
    const fingerprint = dbFingerprint(core.context.paths.databaseFile);
    const again = await importFiles(core, { 'a.kvbedomning': bytes });
    expect(again.applied[0]!.status).toBe('unchanged');
    const changedDatabase = dbFingerprint(core.context.paths.databaseFile) !== fingerprint;
    expect(changedDatabase).toBe(false);
    recordHostile({ importer: 'kvbedomning', input: 'the same file imported twice', refused: false, acceptedSafely: true, changedDatabase });
  });

  it('an older revision is ignored, said so, and changes nothing', async () => {
    const { core, facts } = await exchangeCore();
    const key = newKey();
    await importFiles(core, { 'r2.kvbedomning': assessmentBytes(facts, { key, revision: 2 }) });
    const fingerprint = dbFingerprint(core.context.paths.databaseFile);
    const older = await importFiles(core, { 'r1.kvbedomning': assessmentBytes(facts, { key, revision: 1 }) });
    expect(older.applied[0]).toMatchObject({ status: 'ignored', message: expect.stringMatching(/^Ignorerad: äldre än den revision du har/) });
    const changedDatabase = dbFingerprint(core.context.paths.databaseFile) !== fingerprint;
    expect(changedDatabase).toBe(false);
    recordHostile({ importer: 'kvbedomning', input: 'an older revision than the one held', refused: false, acceptedSafely: true, changedDatabase });
  });
});
