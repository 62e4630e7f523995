/**
 * The jury's part of `examinator demo`, checked on the folder the demo wrote
 * (demo.test.ts plays it once): both decisions verified as `decision verify`
 * and the core verify them, their contents and basis, both beslutsprotokoll
 * read back with pdftotext.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { JURY } from '../../../../../electron/core/demo/jury-script';
import { CONTESTANTS } from '../../../../../electron/core/demo/teams';
import { verifyDecisionBytes } from '../../../../../electron/core/jury/decision-file';
import { readPublicKeyPem } from '../../../../../electron/core/packages/keys';
import { builtInKeys, commandLineKey, trustSet } from '../../../../../electron/core/packages/trust-store';
import { DECISION_LABELS } from '../../../../../shared/contract/jury';
import { fingerprint } from '../../../../../shared/fingerprint';
import type { Meeting } from '../../../../../shared/formats/jury-decision';
import { RESOURCES } from '../../../../helpers/bundles';
import { ovningPath } from '../../../../helpers/ovning';
import { pdfText } from '../../../../helpers/pdf';
import { CONTESTANT_NAMES, PLAYED, type cli } from './demo-played';

export function describeJuryMeetings(folder: () => string, run: typeof cli): void {
  describe('examinator demo, the jury\'s two meetings', () => {
    const DECISION_FILES = { first: 'ku-2026-ovning-beslut-forsta-motet-r1.kvbeslut', final: 'ku-2026-ovning-beslut-slutmotet-r1.kvbeslut' } as const;
    const officeKey = () => join(folder(), 'stadsledningskontoret-nyckel.pem');
    const decision = (meeting: Meeting) => {
      const own = commandLineKey(readPublicKeyPem(readFileSync(officeKey()), 'pem'), 'kontoret', RESOURCES);
      return verifyDecisionBytes(readFileSync(join(folder(), DECISION_FILES[meeting])), trustSet(builtInKeys(RESOURCES), [own]));
    };
    const sha256 = (name: string) => createHash('sha256').update(readFileSync(join(folder(), name))).digest('hex');
    const teamFile = (contestantId: string, stage: 'konsensus' | 'platsbesok') => `2026-${PLAYED[contestantId]!.slug}-${stage}-${PLAYED[contestantId]!.team[0]}-r1.kvbedomning`;

    it('signs both decisions with stadsledningskontoret\'s own key: `decision verify` accepts each against the round with that key, and refuses it without', async () => {
      for (const [meeting, name] of Object.entries(DECISION_FILES)) {
        const verified = await run('decision', 'verify', join(folder(), name), '--round', ovningPath.round, '--trust', officeKey(), '--json');
        expect(verified.code, verified.err).toBe(0);
        expect(JSON.parse(verified.out)).toMatchObject({ valid: true, round: 'ku-2026-ovning', roundChecked: true, meeting, revision: 1, jury: [...JURY.members], classes: 2, prizes: 1 });
        const untrusted = await run('decision', 'verify', join(folder(), name));
        expect(untrusted.code).toBe(1);
      }
    });

    it('the first meeting: the jury\'s choice of site visit for every contestant, with its note, on every team\'s consensus file', () => {
      const { file } = decision('first');
      expect(file).toMatchObject({ meeting: 'first', meetingDate: JURY.first.date, jury: JURY.members.map((name) => ({ name })) });
      const entries = file.classes.flatMap((c) => c.contestants as readonly { contestant: string; siteVisit: boolean; note?: string }[]);
      expect(entries.map((e) => e.contestant).sort()).toEqual(CONTESTANTS.filter((c) => PLAYED[c.contestantId]!.scored).map((c) => c.contestantId).sort());
      for (const e of entries) expect(e).toEqual({ contestant: e.contestant, siteVisit: JURY.first.choices[e.contestant]!.siteVisit, note: JURY.first.choices[e.contestant]!.note });
      // Every team's file, in the round's order: the prize-only entry's too.
      const basis = ['c-solrosen', 'c-ekorren', 'c-blaklinten', 'c-lindgarden', 'c-sprakvaskan'];
      expect(file.basis.map((b) => [b.contestant, b.stage, b.sha256])).toEqual(basis.map((c) => [c, 'consensus', sha256(teamFile(c, 'konsensus'))]));
    });

    it('the final meeting: a winner and an honourable mention with the jury\'s citations, on the site-visit files', () => {
      const { file } = decision('final');
      expect(file).toMatchObject({ meeting: 'final', meetingDate: JURY.final.date });
      const decided = Object.fromEntries(file.classes.flatMap((c) => (c.contestants as readonly { contestant: string }[]).map(({ contestant, ...rest }) => [contestant, rest])));
      expect(decided).toEqual(JURY.final.decisions);
      expect(decided['c-solrosen']).toMatchObject({ decision: 'winner' });
      expect(decided['c-lindgarden']).toMatchObject({ decision: 'honourable-mention' });
      // The latest file of each team: after the site visit where the jury sent one.
      expect(file.basis.map((b) => b.contestant).sort()).toEqual(Object.keys(PLAYED).sort());
      for (const b of file.basis) {
        const visited = PLAYED[b.contestant]!.visited;
        expect(b).toMatchObject({ stage: visited ? 'site-visit' : 'consensus', sha256: sha256(teamFile(b.contestant, visited ? 'platsbesok' : 'konsensus')) });
      }
    });

    it('prints both beslutsprotokoll, read back with pdftotext: members, each choice and decision with its note or citation, no winner said, every basis line', () => {
      const first = pdfText(join(folder(), 'beslutsprotokoll-forsta-motet.pdf'));
      expect(first).toContain('Beslutsprotokoll Första mötet: val av platsbesök');
      expect(first).toContain('Mötesdatum 30 september 2026');
      expect(first).toContain('Ledamöter Margareta Holm (ordförande), Johan Berglund, Leila Nasser, Per Ekström och Sofia Lindqvist');
      for (const [id, choice] of Object.entries(JURY.first.choices)) {
        expect(first).toContain(`${CONTESTANT_NAMES[id]} ${choice.siteVisit ? 'Platsbesök' : 'Inget platsbesök'} ${choice.note}`);
      }
      const final = pdfText(join(folder(), 'beslutsprotokoll-slutmotet.pdf'));
      expect(final).toContain('Beslutsprotokoll Slutmötet: beslut om vinnare');
      expect(final).toMatch(/Tävlingsklass: Förskola Tävlande Beslut Motivering Förskolan Solrosen Vinnare Förskolan Solrosen tilldelas Kvalitetsutmärkelsen 2026/);
      expect(final).toMatch(/Tävlingsklass: Äldreomsorg \(inklusive myndighetsutövning\) Domarkommittén utsåg ingen vinnare i klassen\. .*Lindgårdens vård- och omsorgsboende Hedersomnämnande Lindgårdens/);
      for (const [id, d] of Object.entries(JURY.final.decisions)) {
        expect(final).toContain(`${CONTESTANT_NAMES[id]} ${DECISION_LABELS[d.decision]} ${d.citation ?? '–'}`);
      }
      for (const [text, meeting] of [
        [first, 'first'],
        [final, 'final'],
      ] as const) {
        for (const b of decision(meeting).file.basis) {
          const [label, stage] = b.stage === 'site-visit' ? ['Konsensus efter platsbesök', 'platsbesok' as const] : ['Teamets konsensus', 'konsensus' as const];
          // Who and what, then the file's hash and key, together on one page (no running footer and header between them).
          const who = `${CONTESTANT_NAMES[b.contestant]}: ${label}, revision 1, av ${b.author.name} `;
          const hash = `SHA-256 ${sha256(teamFile(b.contestant, stage))} · nyckel ${fingerprint(b.keyId)}`;
          expect(text).toContain(who + hash);
        }
      }
    });
  });
}
