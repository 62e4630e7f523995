/**
 * The övningsomgång is a training round: a reference for every practice
 * contestant in a class the demo team assessed, signed with the example key, scored as
 * the team agreed, in the team's words, with every quote on the page it cites
 * in the contestant's own document.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REFERENCES_WRITTEN_AT } from '../../../electron/core/demo/references';
import { CONTESTANTS } from '../../../electron/core/demo/teams';
import { readRoundBundle } from '../../../electron/core/rounds/round-bundle-read';
import { normaliseWhitespace } from '../../../shared/documents/text';
import { exampleTrust, RESOURCES } from '../../helpers/bundles';
import { EXAMPLE_KEY_ID } from '../../helpers/samples';

const SCRIPTS = CONTESTANTS;

describe('the övningsomgång\'s references', () => {
  it('cover every practice contestant in a class with a script, none for the prize-only entry, signed with the example key, scored as the team agreed, every quote on its page', async () => {
    const round = await readRoundBundle(join(RESOURCES, 'ovning/ovningsomgang-2026.kvomgang'), exampleTrust());
    const scripted = round.manifest.contestants.filter((c) => c.class !== undefined && SCRIPTS.some((s) => s.contestantId === c.id)).map((c) => c.id);
    expect(scripted.length).toBeGreaterThanOrEqual(2);
    // A contestant only in a prize has no scores to compare a trainee's with: it has a script but no reference.
    const prizeOnly = round.manifest.contestants.filter((c) => c.class === undefined).map((c) => c.id);
    expect(prizeOnly).toEqual(['c-sprakvaskan']);
    expect(SCRIPTS.some((s) => s.contestantId === 'c-sprakvaskan')).toBe(true);
    expect(round.references.map((r) => r.contestantId)).toEqual(scripted);
    for (const reference of round.references) {
      const { file } = reference;
      expect(file.signature.keyId).toBe(EXAMPLE_KEY_ID);
      expect(file).toMatchObject({ stage: 'consensus', exportedAt: REFERENCES_WRITTEN_AT, author: { examinerId: 'stadsledningskontoret' } });
      const script = SCRIPTS.find((s) => s.contestantId === reference.contestantId)!;
      const document = round.documents.find((d) => d.contestantId === reference.contestantId)!;
      const pageText = new Map(document.prepared.units.map((u) => [u.number, normaliseWhitespace(u.text).replace(/\s*•\s*/g, ' • ')]));
      for (const c of file.criteria) {
        const scripted = script.criteria[c.criterionId]!;
        // The team's agreed score, else the members' mean rounded to the scale's step of 10 (halves up).
        const mean = scripted.scores.reduce((a, b) => a + b, 0) / scripted.scores.length;
        expect(c.score, c.criterionId).toBe(scripted.agreed ?? Math.floor(mean / 10 + 0.5) * 10);
        expect(c.strengths.map((s) => s.text)).toEqual(scripted.strengths.map(([text]) => text));
        expect(c.improvements.map((s) => s.text)).toEqual(scripted.improvements.map(([text]) => text));
        for (const comment of [...c.strengths, ...c.improvements]) {
          const [anchor] = comment.evidence;
          expect(anchor!.documentSha256).toBe(document.document.sha256);
          expect(pageText.get(anchor!.page!), `${c.criterionId}: "${anchor!.quote}"`).toContain(normaliseWhitespace(anchor!.quote!));
        }
      }
    }
  }, 60_000);
});
