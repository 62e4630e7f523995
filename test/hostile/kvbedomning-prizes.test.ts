/**
 * Hostile assessment files about a prize entry (Framsteget: written per
 * aspect, no score), in a round where Solrosen enters Framsteget beside the
 * scored award and Lindgården enters Framsteget and Miljöpriset only: each
 * refused by the import naming the prize and aspect, the database unchanged.
 */
import { describe } from 'vitest';
import type { RoundFacts } from '../../electron/core/rounds/model';
import { individualCriteria, LINDGARDEN, prizeAssessments, prizeTeamFile, SOLROSEN, type FileOptions } from '../helpers/exchange';
import { edited, refusesEveryCase, type Case, type Json } from './kvbedomning-cases';

const FRAMSTEGET = 'Framsteget – Stockholms stads pris för nyskapande';

/** Solrosen's (or `contestantId`'s) individual file by Bilal with every prize it enters written. */
const withPrizes =
  (contestantId = SOLROSEN) =>
  (facts: RoundFacts): FileOptions => ({ contestantId, prizes: prizeAssessments(facts, contestantId) });

const aspect = { strengths: [], improvements: [], siteVisitQuestions: [] };
const otherDocument = (facts: RoundFacts) => [...facts.contestants.get(LINDGARDEN)!.documents].find((sha) => !facts.contestants.get(SOLROSEN)!.documents.has(sha));

const cases: Case[] = [
  {
    input: 'an aspect of a prize the contestant does not enter',
    make: edited(withPrizes(), (f) => f.prizes.push({ prizeId: 'miljopriset', aspects: [{ aspectId: 'effekt', ...aspect }] })),
    expected: /^Bedömningsfilen stämmer inte med omgången: Förskolan Solrosen tävlar inte om priset Miljöpriset\.$/,
    wrongInItself: false,
  },
  {
    input: 'a prize the round does not have',
    make: edited(withPrizes(), (f) => (f.prizes[0].prizeId = 'guldpriset')),
    expected: /^Bedömningsfilen stämmer inte med omgången: priset guldpriset finns inte i omgången\.$/,
    wrongInItself: false,
  },
  {
    input: 'an aspect the prize does not have',
    make: edited(withPrizes(), (f) => (f.prizes[0].aspects[1].aspectId = 'effekt')),
    expected: new RegExp(`^Bedömningsfilen stämmer inte med omgången: priset ${FRAMSTEGET}: aspekten effekt finns inte i priset\\.$`),
    wrongInItself: false,
  },
  {
    input: 'a score smuggled into an aspect (correctly signed)',
    make: edited(withPrizes(), (f) => (f.prizes[0].aspects[0].score = 100)),
    expected: /^Bedömningsfilen är ogiltig: priset framsteget, aspekten nytt: okänt fält "score" \(filen kan vara gjord för en nyare version av Examinator\)\.$/,
    wrongInItself: true,
  },
  {
    input: 'attribute ratings smuggled into an aspect (correctly signed)',
    make: edited(withPrizes(), (f) => (f.prizes[0].aspects[2].attributes = { ansats: 50 })),
    expected: /^Bedömningsfilen är ogiltig: priset framsteget, aspekten anvands: okänt fält "attributes"/,
    wrongInItself: true,
  },
  {
    input: 'an aspect’s evidence in another contestant’s document',
    make: edited(withPrizes(), (f, facts) => (f.prizes[0].aspects[0].strengths[0].evidence[0].documentSha256 = otherDocument(facts) ?? 'd'.repeat(64))),
    expected: new RegExp(`^Bedömningsfilen stämmer inte med omgången: priset ${FRAMSTEGET}, aspekten Nytt: ett belägg pekar på ett dokument \\([0-9a-f]{8}…\\) som inte hör till Förskolan Solrosen\\.$`),
    wrongInItself: false,
  },
  {
    input: 'a team file’s merged aspect comment from outside the team',
    make: edited(prizeTeamFile, (f) => (f.prizes[0].aspects[1].strengths[0].sources[0].examinerId = 'e-mallory')),
    expected: new RegExp(`^Bedömningsfilen stämmer inte med omgången: priset ${FRAMSTEGET}, aspekten Skapar värde: en sammanslagen kommentar kommer från e-mallory, som inte ingår i teamet\\.$`),
    wrongInItself: false,
  },
  {
    input: 'merged sources on an aspect in an individual file',
    make: edited(withPrizes(), (f) => (f.prizes[0].aspects[0].strengths[0].sources = [{ commentId: f.prizes[0].aspects[0].strengths[0].id, examinerId: 'e-anna', initials: 'AL' }])),
    expected: /^Bedömningsfilen är ogiltig: priset framsteget, aspekten nytt, styrka 1, fältet "sources": en individuell bedömning kan inte ha sammanslagna källor\.$/,
    wrongInItself: true,
  },
  {
    input: 'an aspect’s strength of blanks only (correctly signed)',
    make: edited(withPrizes(), (f) => (f.prizes[0].aspects[0].strengths[0].text = '   ')),
    expected: /^Bedömningsfilen är ogiltig: priset framsteget, aspekten nytt, styrka 1, fältet "text": får inte vara tom\.$/,
    wrongInItself: true,
  },
  {
    input: 'an aspect’s evidence on page 0 (correctly signed)',
    make: edited(withPrizes(), (f) => (f.prizes[0].aspects[0].strengths[0].evidence[0].page = 0)),
    expected: /^Bedömningsfilen är ogiltig: priset framsteget, aspekten nytt, styrka 1, belägg 1, fältet "page": ska vara minst 1\.$/,
    wrongInItself: true,
  },
  {
    input: 'an aspect’s private note the author did not choose to include',
    make: edited(withPrizes(), (f) => (f.prizes[0].aspects[0].privateNote = 'Min egen tanke')),
    expected: /^Bedömningsfilen är ogiltig: priset framsteget, aspekten nytt, fältet "privateNote": innehåller en privat anteckning/,
    wrongInItself: true,
  },
  {
    input: 'the same prize twice',
    make: edited(withPrizes(), (f) => f.prizes.push(structuredClone({ ...f.prizes[0], aspects: [{ aspectId: 'nytt', ...aspect }] }))),
    expected: /^Bedömningsfilen är ogiltig: priset framsteget, fältet "prizeId": priset framsteget står två gånger\.$/,
    wrongInItself: true,
  },
  {
    input: 'the same aspect twice',
    make: edited(withPrizes(), (f) => (f.prizes[0].aspects[2].aspectId = 'nytt')),
    expected: /^Bedömningsfilen är ogiltig: priset framsteget, aspekten nytt, fältet "aspectId": aspekten nytt står två gånger\.$/,
    wrongInItself: true,
  },
  {
    input: 'a rogue co-examiner’s 10 000 prizes (limits)',
    make: edited(withPrizes(), (f) => (f.prizes = Array.from({ length: 10_000 }, (_, i) => ({ prizeId: `p${i}`, aspects: [{ aspectId: 'a', ...aspect }] })))),
    expected: /^Bedömningsfilen är ogiltig: fältet "prizes": högst 20 priser\.$/,
    wrongInItself: true,
  },
  {
    input: 'a rogue co-examiner’s 50 000 aspects in one prize (limits)',
    make: edited(withPrizes(), (f) => (f.prizes[0].aspects = Array.from({ length: 50_000 }, (_, i) => ({ aspectId: `a${i}`, ...aspect })))),
    expected: /^Bedömningsfilen är ogiltig: priset framsteget, fältet "aspects": högst 20 aspekter\.$/,
    wrongInItself: true,
  },
  {
    input: 'a rogue co-examiner’s 300 strengths on an aspect (limits)',
    make: edited(withPrizes(), (f) => {
      const [first] = f.prizes[0].aspects[0].strengths as Json[];
      f.prizes[0].aspects[0].strengths = Array.from({ length: 300 }, (_, i) => ({ ...first, id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}` }));
    }),
    expected: /^Bedömningsfilen är ogiltig: priset framsteget, aspekten nytt, fältet "strengths": /,
    wrongInItself: true,
  },
  {
    input: 'a prize-only contestant’s file with the criteria of a class',
    make: edited(withPrizes(LINDGARDEN), (f, facts) => (f.criteria = individualCriteria(facts, SOLROSEN))),
    expected: /^Bedömningsfilen stämmer inte med omgången: kriteriet 1\.1: Lindgårdens vård- och omsorgsboende tävlar bara om priser och har inga poängsatta kriterier\.$/,
    wrongInItself: false,
  },
].map((c) => ({ ...c, round: 'prizes' as const }));

describe('hostile assessment files about a prize entry: refused naming the prize and aspect, database unchanged', () => {
  refusesEveryCase(cases);
});
