/**
 * Every kind of edit is logged with the value it replaced (some plans hand the
 * engine the value they have already read): undoing them one by one walks the
 * assessment back through exactly the states it passed, and redoing all of
 * them forward again.
 */
import { describe, expect, it } from 'vitest';
import type { EditResult } from '../../../../../shared/contract/assessments';
import { call } from '../../../../helpers/core';
import { exerciseCore, ROUND, SOLROSEN } from './fixture';

describe('undo after every kind of edit', () => {
  it('walks back through each state the criterion passed, and redo walks forward', async () => {
    const core = await exerciseCore();
    await call(core, 'round:choose-examiner', { roundId: ROUND, examinerId: 'e-anna', change: false });
    const { id: assessmentId } = await call(core, 'assessment:open', { roundId: ROUND, contestantId: SOLROSEN });
    const documentSha256 = (await call(core, 'round:get', { roundId: ROUND })).teams[0]!.contestants[0]!.documents[0]!.sha256;
    const criterionId = '2.3';
    const states = [(await call(core, 'assessment:open', { roundId: ROUND, contestantId: SOLROSEN })).criteria.find((c) => c.criterionId === criterionId)];
    const step = async (edit: Promise<EditResult>) => {
      const result = await edit;
      states.push(result.criterion!);
      return result;
    };
    await step(call(core, 'assessment:set-score', { assessmentId, criterionId, score: 40 }));
    await step(call(core, 'assessment:set-attribute', { assessmentId, criterionId, attributeId: 'ansats', rating: 70 }));
    await step(call(core, 'assessment:set-note', { assessmentId, criterionId, text: 'Privat.' }));
    const first = (await step(call(core, 'assessment:add-comment', { assessmentId, criterionId, kind: 'strength', text: 'Ett.' }))).commentId!;
    const second = (await step(call(core, 'assessment:add-comment', { assessmentId, criterionId, kind: 'strength', text: '', evidence: [{ documentSha256, page: 2 }] })))
      .commentId!;
    await step(call(core, 'assessment:edit-comment', { assessmentId, commentId: second, text: 'Två.' }));
    await step(call(core, 'assessment:add-evidence', { assessmentId, commentId: second, anchor: { documentSha256, page: 5 } }));
    await step(call(core, 'assessment:move-comment', { assessmentId, commentId: second, position: 0 }));
    await step(call(core, 'assessment:remove-evidence', { assessmentId, commentId: second, index: 0 }));
    await step(call(core, 'assessment:delete-comment', { assessmentId, commentId: first }));
    expect(states.at(-1)).toMatchObject({ score: 40, attributes: { ansats: 70 }, privateNote: 'Privat.', strengths: [{ text: 'Två.', evidence: [{ page: 5 }] }] });

    for (let back = states.length - 2; back >= 0; back--) {
      expect((await call(core, 'assessment:undo', { assessmentId })).criterion).toEqual(states[back]);
    }
    for (let forward = 1; forward < states.length; forward++) {
      expect((await call(core, 'assessment:redo', { assessmentId })).criterion).toEqual(states[forward]);
    }
    expect(await call(core, 'assessment:verify-log', { assessmentId })).toMatchObject({ ok: true, entries: 1 + 3 * (states.length - 1) });
  });
});
