/**
 * Framsteget in `examinator demo`, checked on the folder the demo wrote
 * (demo.test.ts plays it once): each examiner's aspects with evidence on the
 * page cited, the lead's merge with provenance, the jury's prize decision,
 * and both prize reports read back with pdftotext.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { JURY } from '../../../../../electron/core/demo/jury-script';
import type { ContestantScript } from '../../../../../electron/core/demo/script';
import { EKORREN as EKORREN_SCRIPT } from '../../../../../electron/core/demo/scripts/ekorren';
import { SPRAKVASKAN as SPRAKVASKAN_SCRIPT } from '../../../../../electron/core/demo/scripts/sprakvaskan';
import { readAssessmentFile } from '../../../../../electron/core/exchange/assessment-file';
import { verifyDecisionBytes } from '../../../../../electron/core/jury/decision-file';
import { readPublicKeyPem } from '../../../../../electron/core/packages/keys';
import { builtInKeys, commandLineKey, trustSet } from '../../../../../electron/core/packages/trust-store';
import type { AssessmentFile } from '../../../../../shared/formats/assessment-file';
import { FRAMSTEGET } from '../../../../../shared/formats/prizes';
import { RESOURCES } from '../../../../helpers/bundles';
import { OVNING_DOCUMENTS } from '../../../../helpers/ovning';
import { pdfText } from '../../../../helpers/pdf';
import { normalise, readPdf } from '../../core/reports/read-pdf';
import { EKORREN, PLAYED, SPRAKVASKAN } from './demo-played';

/** The two entrants: the file-name slug, the script, the document cited. */
const ENTRANTS = [
  { id: 'c-ekorren', slug: EKORREN, script: EKORREN_SCRIPT, document: 'forskolan-ekorren.pdf' },
  { id: 'c-sprakvaskan', slug: SPRAKVASKAN, script: SPRAKVASKAN_SCRIPT, document: 'framsteget-sprakvaskan.pdf' },
] as const;
const ASPECT_IDS = FRAMSTEGET.aspects.map((a) => a.id);
/** The second member's and the third's own words (script.ts VOICE): never in a team's text. */
const MEMBER_VOICE = /Siffrorna i beskrivningen styrker detta|Det är konkret och går att följa upp|Här syns en tydlig koppling|(Ett gott exempel på lärande|Särskilt värt att lyfta fram|Väl beskrivet|Att arbeta vidare med|En fråga för det fortsatta lärandet):/;

export function describePrizes(folder: () => string): void {
  const file = (name: string): AssessmentFile => readAssessmentFile(readFileSync(join(folder(), name))).file;
  const framsteget = (f: AssessmentFile) => {
    expect(f.prizes?.map((p) => p.prizeId)).toEqual([FRAMSTEGET.id]);
    return f.prizes![0]!.aspects;
  };
  const scripted = (script: ContestantScript, aspectId: string) => script.prizes!.framsteget![aspectId]!;

  describe('examinator demo, Framsteget', () => {
    it('has each examiner write on Nytt, Skapar värde and Används, without a score, every comment quoting the entrant\'s document on the page it cites', async () => {
      const fold = (text: string) => normalise(text).replace(/\s/g, '').toLowerCase();
      for (const entrant of ENTRANTS) {
        const document = await readPdf(readFileSync(join(OVNING_DOCUMENTS, entrant.document)));
        for (const examiner of PLAYED[entrant.id]!.team) {
          const f = file(`2026-${entrant.slug}-individuell-${examiner}-r1.kvbedomning`);
          expect(f.criteria, examiner).toHaveLength(entrant.id === 'c-sprakvaskan' ? 0 : 14);
          const aspects = framsteget(f);
          expect(aspects.map((a) => a.aspectId)).toEqual(ASPECT_IDS);
          for (const aspect of aspects) {
            expect(aspect).not.toHaveProperty('score');
            expect(aspect.strengths.length).toBeGreaterThanOrEqual(1);
            expect(aspect.improvements.length).toBeGreaterThanOrEqual(1);
            for (const comment of [...aspect.strengths, ...aspect.improvements]) {
              const [anchor] = comment.evidence;
              expect(fold(document.pages[anchor!.page! - 1]!.text), `${examiner} ${aspect.aspectId}: "${anchor!.quote}"`).toContain(fold(anchor!.quote!));
            }
          }
        }
      }
      // The three wrote in their own voices, as on the criteria.
      const nytt = (examiner: string) => framsteget(file(`2026-${SPRAKVASKAN}-individuell-${examiner}-r1.kvbedomning`))[0]!.strengths.map((s) => s.text);
      expect(nytt('david-olsson')[0]).toBe(scripted(SPRAKVASKAN_SCRIPT, 'nytt').strengths[0]![0]);
      expect(nytt('eva-strand').join(' ')).toMatch(MEMBER_VOICE);
    });

    it('has the lead merge the aspect comments in the consensus with their provenance, in the team\'s words, and keep the site-visit question', () => {
      for (const entrant of ENTRANTS) {
        const f = file(`2026-${entrant.slug}-konsensus-david-olsson-r1.kvbedomning`);
        if (f.stage !== 'consensus') throw new Error('expected consensus');
        expect(f.team.sources.map((s) => s.examinerId)).toEqual(['e-david', 'e-eva', 'e-farid']);
        const aspects = framsteget(f);
        expect(aspects.map((a) => a.aspectId)).toEqual(ASPECT_IDS);
        for (const aspect of aspects) {
          const script = scripted(entrant.script, aspect.aspectId);
          expect(aspect.strengths.map((s) => s.text)).toEqual(script.strengths.map(([text]) => text));
          expect(aspect.improvements.map((s) => s.text)).toEqual(script.improvements.map(([text]) => text));
          const comments = [...aspect.strengths, ...aspect.improvements];
          for (const k of comments) {
            expect(k.sources!.length, k.text).toBeGreaterThanOrEqual(1);
            for (const s of k.sources!) expect(['e-david', 'e-eva', 'e-farid']).toContain(s.examinerId);
            expect(k.text).not.toMatch(MEMBER_VOICE);
          }
          // Where two or three wrote the same thing, one comment carries them all.
          expect(comments.some((k) => k.sources!.length >= 2), aspect.aspectId).toBe(true);
        }
      }
      const ekorren = framsteget(file(`2026-${EKORREN}-konsensus-david-olsson-r1.kvbedomning`));
      expect(ekorren.find((a) => a.aspectId === 'anvands')!.siteVisitQuestions.map((q) => q.text)).toEqual([scripted(EKORREN_SCRIPT, 'anvands').question]);
      // The site visit (in the class) carries the prize's texts on unchanged.
      const visited = framsteget(file(`2026-${EKORREN}-platsbesok-david-olsson-r1.kvbedomning`));
      expect(visited.map((a) => a.strengths.map((s) => s.text))).toEqual(ekorren.map((a) => a.strengths.map((s) => s.text)));
    });

    it('has the jury choose no site visit for the prize and then decide it: Språkväskan wins with the jury\'s citation, Ekorren gets none', () => {
      const own = commandLineKey(readPublicKeyPem(readFileSync(join(folder(), 'stadsledningskontoret-nyckel.pem')), 'pem'), 'kontoret', RESOURCES);
      const decision = (name: string) => verifyDecisionBytes(readFileSync(join(folder(), name)), trustSet(builtInKeys(RESOURCES), [own])).file;
      const first = decision('ku-2026-ovning-beslut-forsta-motet-r1.kvbeslut');
      expect(first.prizes).toEqual([{ id: 'framsteget', contestants: ['c-ekorren', 'c-sprakvaskan'].map((c) => ({ contestant: c, ...JURY.first.prizes.framsteget![c] })) }]);
      const final = decision('ku-2026-ovning-beslut-slutmotet-r1.kvbeslut');
      expect(final.prizes).toEqual([{ id: 'framsteget', contestants: ['c-ekorren', 'c-sprakvaskan'].map((c) => ({ contestant: c, ...JURY.final.prizes.framsteget![c] })) }]);
      // The prize-only entry's team file is part of the basis.
      expect(final.basis.find((b) => b.contestant === 'c-sprakvaskan')).toMatchObject({ stage: 'consensus', author: { name: 'David Olsson' } });
      const protokoll = pdfText(join(folder(), 'beslutsprotokoll-slutmotet.pdf'));
      // The prize by its title, never its id.
      expect(protokoll).toContain(`Pris: ${FRAMSTEGET.title}`);
      expect(protokoll).not.toContain('Pris: framsteget');
      expect(protokoll).toContain('Förskolan Ekorren Inget pris –');
      expect(protokoll).toContain(`Språkväskan, Västerby bibliotek Vinnare ${JURY.final.prizes.framsteget!['c-sprakvaskan']!.citation}`);
    });

    it('prints the prisbedömning aspect by aspect: what it asks, the strengths, the improvement areas, each with its page, and no points', () => {
      for (const entrant of ENTRANTS) {
        const text = pdfText(join(folder(), `2026-prisbedomning-framsteget-${entrant.slug}.pdf`));
        expect(text).toContain('Prisbedömning');
        expect(text).toContain(FRAMSTEGET.title);
        const team = framsteget(file(`2026-${entrant.slug}-${PLAYED[entrant.id]!.visited ? 'platsbesok' : 'konsensus'}-david-olsson-r1.kvbedomning`));
        let at = text.indexOf('Bedömning per aspekt');
        expect(at).toBeGreaterThan(0);
        for (const [i, aspect] of FRAMSTEGET.aspects.entries()) {
          const { strengths, improvements } = team[i]!;
          // In order: the aspect, what it asks, "Styrkor (n)", each strength and its page, "Förbättringsområden (n)", each improvement area and its page.
          const expected = [
            `${aspect.title} Vad aspekten efterfrågar ${aspect.description}`,
            `Styrkor (${strengths.length})`,
            ...strengths.map((s) => `${s.text} s. ${s.evidence[0]!.page}`),
            `Förbättringsområden (${improvements.length})`,
            ...improvements.map((s) => `${s.text} s. ${s.evidence[0]!.page}`),
          ];
          for (const piece of expected) {
            const found = text.indexOf(piece, at);
            expect(found, `${entrant.id} ${aspect.id}: "${piece}"`).toBeGreaterThan(at);
            at = found;
          }
        }
        expect(text).not.toMatch(/\d+ %/);
      }
    });

    it('prints the prisåterföring with the jury\'s decision on the prize and its citation, without examiner names or a member\'s own words', () => {
      const won = pdfText(join(folder(), `2026-prisaterforing-framsteget-${SPRAKVASKAN}.pdf`));
      expect(won).toContain('Återföring om priset');
      expect(won).toContain('Språkväskan, Västerby bibliotek får priset');
      expect(won).toContain(JURY.final.prizes.framsteget!['c-sprakvaskan']!.citation!);
      expect(won).toContain('Till er från examinatorsteamet Tack för en ansökan som var lätt att läsa');
      for (const [text] of [...scripted(SPRAKVASKAN_SCRIPT, 'anvands').strengths, ...scripted(SPRAKVASKAN_SCRIPT, 'anvands').improvements]) expect(won).toContain(text);
      const not = pdfText(join(folder(), `2026-prisaterforing-framsteget-${EKORREN}.pdf`));
      expect(not).toContain('Förskolan Ekorren fick inte priset den här gången.');
      for (const text of [won, not]) {
        for (const name of ['David Olsson', 'Eva Strand', 'Farid Karimi']) expect(text).not.toContain(name);
        expect(text).not.toMatch(MEMBER_VOICE);
        expect(text).toMatch(/ s\. \d+ /);
      }
    });
  });
}
