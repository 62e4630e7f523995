import { describe, expect, it } from 'vitest';
import { call } from '../../../../helpers/core';
import { prizeCore } from '../../../../helpers/prize-round';

const ROUND = 'ku-2026-ovning';
const SOLROSEN = 'c-solrosen';
const LINDGARDEN = 'c-lindgarden';

async function asBilal() {
  const core = await prizeCore();
  await call(core, 'round:choose-examiner', { roundId: ROUND, examinerId: 'e-bilal', change: false });
  const overview = await call(core, 'round:get', { roundId: ROUND });
  const documentOf = (id: string) => overview.teams[0]!.contestants.find((c) => c.id === id)!.documents[0]!.sha256;
  return { core, documentOf };
}

describe("a prize entry's aspects in the examiner's own assessment", () => {
  it('are written, never scored, and a prize-only entry is submitted once every aspect has a strength or improvement area', async () => {
    const { core, documentOf } = await asBilal();
    const view = await call(core, 'assessment:open', { roundId: ROUND, contestantId: LINDGARDEN });
    const assessmentId = view.id;
    expect(view.prizes.map((p) => [p.prizeId, p.aspects.map((a) => a.title)])).toEqual([['framsteget', ['Nytt', 'Skapar värde', 'Används']]]);
    await expect(call(core, 'assessment:set-score', { assessmentId, criterionId: 'prize:framsteget:nytt' as never, score: 50 })).rejects.toThrow();
    // Refused by name, never by key, and counted as aspects.
    await expect(call(core, 'assessment:submit', { assessmentId })).rejects.toThrow(
      'Bedömningen kan inte lämnas in än: 3 av 3 aspekter är inte klara (Framsteget: Nytt, Framsteget: Skapar värde, Framsteget: Används). Gör klart dem och försök igen.',
    );
    await call(core, 'assessment:add-comment', { assessmentId, criterionId: 'prize:framsteget:nytt', kind: 'strength', text: 'Språkväskan är ny.', evidence: [{ documentSha256: documentOf(LINDGARDEN), page: 2 }] });
    await call(core, 'assessment:add-comment', { assessmentId, criterionId: 'prize:framsteget:skapar-varde', kind: 'improvement', text: 'Värdet visas inte med resultat.' });
    await call(core, 'assessment:set-note', { assessmentId, criterionId: 'prize:framsteget:anvands', text: 'Fråga om användningen.' });
    await expect(call(core, 'assessment:submit', { assessmentId })).rejects.toThrow('1 av 3 aspekter är inte klara (Framsteget: Används)');
    await call(core, 'assessment:add-comment', { assessmentId, criterionId: 'prize:framsteget:anvands', kind: 'strength', text: 'Används varje dag.' });
    expect((await call(core, 'round:my-status', { roundId: ROUND })).contestants[1]).toMatchObject({ contestantId: LINDGARDEN, done: 3, total: 3, aspects: 3 });
    const submitted = await call(core, 'assessment:submit', { assessmentId });
    expect(submitted.status).toBe('submitted');
    expect(submitted.criteria.find((c) => c.criterionId === 'prize:framsteget:nytt')).toMatchObject({ score: null, strengths: [{ text: 'Språkväskan är ny.' }] });
  });

  it('are named after the criteria when an entry in the scored award also enters a prize', async () => {
    const { core } = await asBilal();
    const { id: assessmentId } = await call(core, 'assessment:open', { roundId: ROUND, contestantId: SOLROSEN });
    await expect(call(core, 'assessment:submit', { assessmentId })).rejects.toThrow(
      /^Bedömningen kan inte lämnas in än: 17 av 17 kriterier och aspekter är inte klara \(1\.1, [0-9., ]*, Framsteget: Nytt, Framsteget: Skapar värde, Framsteget: Används\)/,
    );
  });
});
