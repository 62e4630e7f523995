/**
 * A team assessment's edit answers with what the workspace shows of it (the
 * criterion in the team's model and the team's part), so the workspace can
 * patch itself from the answer instead of opening the whole view again.
 */
import { describe, expect, it } from 'vitest';
import { call } from '../../../../helpers/core';
import { ROUND, SOLROSEN } from '../../../../helpers/exchange';
import { criterion, leadWithTeam } from './fixture';

describe('the answer to a team edit', () => {
  it('is the criterion and the team part exactly as the reopened workspace shows them, for edits, score edits and undo', async () => {
    const { core } = await leadWithTeam();
    const id = (await call(core, 'consensus:start', { roundId: ROUND, contestantId: SOLROSEN })).editable!.id;
    const reopened = () => call(core, 'consensus:open', { roundId: ROUND, contestantId: SOLROSEN });

    const rationale = await call(core, 'consensus:set-rationale', { assessmentId: id, criterionId: '1.1', text: 'Vi landade i mitten.' });
    let view = await reopened();
    expect(rationale.team).toEqual({ criterion: criterion(view, '1.1'), part: view.assessment!.team });
    expect(rationale.team!.criterion).toMatchObject({ rationale: 'Vi landade i mitten.', individualScores: [{ score: 50 }, { score: 20 }, { score: 60 }] });

    const score = await call(core, 'assessment:set-score', { assessmentId: id, criterionId: '1.2', score: 70 });
    view = await reopened();
    expect(score.team!.criterion).toEqual(criterion(view, '1.2'));
    expect(score.team!.criterion!.score).toBe(70);

    const summary = await call(core, 'consensus:set-team', { assessmentId: id, change: { field: 'summary', value: 'Tydliga mål.' } });
    expect(summary.team).toEqual({ criterion: null, part: (await reopened()).assessment!.team });
    expect(summary.team!.part.summary).toBe('Tydliga mål.');

    const undone = await call(core, 'assessment:undo', { assessmentId: id });
    expect(undone.team).toEqual({ criterion: null, part: (await reopened()).assessment!.team });
    expect(undone.team!.part.summary).toBe('');
  });

  it('is left out for an individual assessment', async () => {
    const { core } = await leadWithTeam();
    const { id } = await call(core, 'assessment:open', { roundId: ROUND, contestantId: SOLROSEN });
    await call(core, 'assessment:reopen', { assessmentId: id });
    const result = await call(core, 'assessment:set-score', { assessmentId: id, criterionId: '1.1', score: 40 });
    expect(result.criterion?.score).toBe(40);
    expect(result).not.toHaveProperty('team');
  });
});
