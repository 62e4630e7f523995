import { describe, expect, it } from 'vitest';
import { verifyLog } from '../../../../../electron/core/assessments/log';
import type { Core } from '../../../../../electron/core';
import type { ConsensusView } from '../../../../../shared/contract/consensus';
import { call } from '../../../../helpers/core';
import { criterion } from './fixture';
import { ANVANDS, LINDGARDEN, NYTT, prizeLead, ROUND, SOLROSEN, VARDE } from './prize-fixture';

const ASPECTS = [NYTT, VARDE, ANVANDS];

const source = (view: ConsensusView, examinerId: string, key: string) => view.sources.find((s) => s.examinerId === examinerId)!.criteria.find((c) => c.criterionId === key)!;

function logOf(core: Core, assessmentId: string) {
  return (
    core.context.store.db
      .prepare("SELECT action, json_extract(target, '$.criterionId') AS row FROM assessment_log WHERE assessment_id = ? ORDER BY seq")
      .all(assessmentId) as { action: string; row: string | null }[]
  ).map((e) => [e.action, e.row]);
}

describe('a prize entry\'s aspects in the consensus', () => {
  it('starts a prize-only entry with aspects only, and takes members\' aspect comments keeping their ids and initials', async () => {
    const core = await prizeLead();
    const offered = await call(core, 'consensus:open', { roundId: ROUND, contestantId: LINDGARDEN });
    expect(offered).toMatchObject({ access: 'lead', canStart: true, classId: null });
    expect(offered.prizes.map((p) => p.aspects.map((a) => a.key))).toEqual([ASPECTS]);
    // The lead's own submitted assessment is offered with its aspect rows.
    expect(offered.sources[0]!.criteria.map((c) => c.criterionId)).toEqual(ASPECTS);

    const started = await call(core, 'consensus:start', { roundId: ROUND, contestantId: LINDGARDEN });
    const id = started.editable!.id;
    expect(started.assessment!.criteria.map((c) => [c.criterionId, c.score, c.individualScores, c.strengths])).toEqual(ASPECTS.map((key) => [key, null, [], []]));
    const anna = source(started, 'e-anna', NYTT);
    const taken = await call(core, 'consensus:take', { assessmentId: id, criterionId: NYTT, kind: 'strength', picks: [{ examinerId: 'e-anna', commentId: anna.strengths[0]!.id }] });
    expect(taken.criterion!.strengths).toEqual([
      { id: taken.commentId, text: anna.strengths[0]!.text, evidence: anna.strengths[0]!.evidence, sources: [{ commentId: anna.strengths[0]!.id, examinerId: 'e-anna', initials: 'AL' }] },
    ]);
    expect(taken.team.criteria.find((c) => c.criterionId === NYTT)!.strengths[0]!.sources).toHaveLength(1);
    // A second copy of the same comment is refused, naming the aspect by its title.
    await expect(
      call(core, 'consensus:take', { assessmentId: id, criterionId: NYTT, kind: 'improvement', picks: [{ examinerId: 'e-anna', commentId: anna.strengths[0]!.id }] }),
    ).rejects.toThrow('Kommentaren från AL finns redan i teamets lista för aspekten Framsteget: Nytt; den tas med en gång.');
    // Questions for the site visit, the improvement area into the same aspect.
    await call(core, 'consensus:take', { assessmentId: id, criterionId: NYTT, kind: 'question', picks: [{ examinerId: 'e-anna', commentId: anna.siteVisitQuestions[0]!.id }] });
    await call(core, 'consensus:take', { assessmentId: id, criterionId: NYTT, kind: 'improvement', picks: [{ examinerId: 'e-anna', commentId: anna.improvements[0]!.id }] });
    const view = await call(core, 'consensus:open', { roundId: ROUND, contestantId: LINDGARDEN });
    const nytt = criterion(view, NYTT);
    expect(nytt.siteVisitQuestions.map((q) => q.text)).toEqual(['Anna: hur sprids det nya?']);
    expect(nytt.improvements.map((c) => c.sources!.map((s) => [s.commentId, s.initials]))).toEqual([[[anna.improvements[0]!.id, 'AL']]]);
    expect(verifyLog(core.context.store.db, id).ok).toBe(true);
  });

  it('edits, moves and deletes the team\'s aspect comments, each a change in the log, and refuses what an aspect does not have', async () => {
    const core = await prizeLead();
    const started = await call(core, 'consensus:start', { roundId: ROUND, contestantId: LINDGARDEN });
    const id = started.editable!.id;
    const anna = source(started, 'e-anna', VARDE);
    const first = await call(core, 'consensus:take', { assessmentId: id, criterionId: VARDE, kind: 'strength', picks: [{ examinerId: 'e-anna', commentId: anna.strengths[0]!.id }] });
    const written = await call(core, 'assessment:add-comment', { assessmentId: id, criterionId: VARDE, kind: 'strength', text: '' });
    await call(core, 'assessment:edit-comment', { assessmentId: id, commentId: written.commentId!, text: 'Teamet ser att de äldre äter bättre.' });
    await call(core, 'assessment:move-comment', { assessmentId: id, commentId: written.commentId!, position: 0 });
    const moved = criterion(await call(core, 'consensus:open', { roundId: ROUND, contestantId: LINDGARDEN }), VARDE);
    expect(moved.strengths.map((c) => c.text)).toEqual(['Teamet ser att de äldre äter bättre.', anna.strengths[0]!.text]);
    await call(core, 'assessment:delete-comment', { assessmentId: id, commentId: first.commentId! });
    expect(criterion(await call(core, 'consensus:open', { roundId: ROUND, contestantId: LINDGARDEN }), VARDE).strengths.map((c) => c.id)).toEqual([written.commentId]);
    expect(logOf(core, id).slice(-5)).toEqual([
      ['take-comments', VARDE],
      ['add-comment', VARDE],
      ['edit-comment', VARDE],
      ['move-comment', VARDE],
      ['delete-comment', VARDE],
    ]);

    const refusals: [Promise<unknown>, string][] = [
      [call(core, 'consensus:set-rationale', { assessmentId: id, criterionId: VARDE, text: 'Varför?' }), 'ingen motivering till teamets poäng'],
      [call(core, 'consensus:set-discussed', { assessmentId: id, criterionId: VARDE, discussed: true }), 'ingen spridning att diskutera'],
    ];
    for (const [refused, what] of refusals) {
      await expect(refused).rejects.toThrow(`En prisaspekt bedöms i ord, utan poäng, och har därför ${what}. Skriv teamets styrkor och förbättringsområden för aspekten i stället.`);
    }
    await expect(call(core, 'assessment:set-score', { assessmentId: id, criterionId: VARDE, score: 50 })).rejects.toThrow('En prisaspekt bedöms i ord, utan poäng');
    // Refusals change nothing: the last entry is still the delete.
    expect(logOf(core, id).at(-1)).toEqual(['delete-comment', VARDE]);
    // An aspect of a prize the contestant does not enter is no row of its assessment.
    await expect(call(core, 'assessment:add-comment', { assessmentId: id, criterionId: 'prize:annat:nytt', kind: 'strength', text: 'x' })).rejects.toThrow(
      'Aspekten nytt i priset annat hör inte till de priser den tävlande deltar i.',
    );
  });

  it('refuses to submit until every aspect has a written strength or improvement area, naming the aspects by their titles', async () => {
    const core = await prizeLead();
    const started = await call(core, 'consensus:start', { roundId: ROUND, contestantId: LINDGARDEN });
    const id = started.editable!.id;
    const take = (key: string) =>
      call(core, 'consensus:take', { assessmentId: id, criterionId: key, kind: 'improvement', picks: [{ examinerId: 'e-anna', commentId: source(started, 'e-anna', key).improvements[0]!.id }] });
    await take(NYTT);
    // An empty team comment is not written.
    await call(core, 'assessment:add-comment', { assessmentId: id, criterionId: VARDE, kind: 'strength', text: '   ' });
    await expect(call(core, 'assessment:submit', { assessmentId: id })).rejects.toThrow(
      'Teamets bedömning kan inte lämnas in än: 2 av 3 aspekter är inte klara (Framsteget: Skapar värde, Framsteget: Används). Gör klart dem och försök igen.',
    );
    await take(VARDE);
    await take(ANVANDS);
    const submitted = await call(core, 'assessment:submit', { assessmentId: id });
    expect(submitted.status).toBe('submitted');
  });

  it('names criteria and aspects together for an entry in both the scored award and a prize, and keeps aspect rows beside the criteria', async () => {
    const core = await prizeLead();
    const started = await call(core, 'consensus:start', { roundId: ROUND, contestantId: SOLROSEN });
    const keys = started.assessment!.criteria.map((c) => c.criterionId);
    expect(keys.slice(-3)).toEqual(ASPECTS);
    expect(keys).toHaveLength(14 + 3);
    // Criteria start at the rounded mean; aspects have no score.
    expect(criterion(started, '1.1').score).toBe(50);
    expect(criterion(started, NYTT).score).toBeNull();
    await expect(call(core, 'assessment:submit', { assessmentId: started.editable!.id })).rejects.toThrow(
      /17 av 17 kriterier och aspekter är inte klara \(1\.1, .*, 6\.3, Framsteget: Nytt, Framsteget: Skapar värde, Framsteget: Används\)/,
    );
  });

  it('copies the team\'s aspect comments (ids and provenance) into the site-visit stage, where an aspect has no score to change', async () => {
    const core = await prizeLead();
    const started = await call(core, 'consensus:start', { roundId: ROUND, contestantId: LINDGARDEN });
    const id = started.editable!.id;
    for (const key of ASPECTS) {
      const anna = source(started, 'e-anna', key);
      await call(core, 'consensus:take', { assessmentId: id, criterionId: key, kind: 'strength', picks: [{ examinerId: 'e-anna', commentId: anna.strengths[0]!.id }] });
    }
    await call(core, 'consensus:take', { assessmentId: id, criterionId: NYTT, kind: 'question', picks: [{ examinerId: 'e-anna', commentId: source(started, 'e-anna', NYTT).siteVisitQuestions[0]!.id }] });
    await call(core, 'assessment:submit', { assessmentId: id });
    const consensus = await call(core, 'consensus:open', { roundId: ROUND, contestantId: LINDGARDEN, stage: 'consensus' });

    const visit = await call(core, 'consensus:start-site-visit', { roundId: ROUND, contestantId: LINDGARDEN });
    expect(visit.assessment!.stage).toBe('site-visit');
    expect(visit.assessment!.criteria).toEqual(consensus.assessment!.criteria);
    expect(criterion(visit, NYTT).siteVisit).toBeUndefined();
    const visitId = visit.editable!.id;
    await expect(call(core, 'consensus:set-visit-note', { assessmentId: visitId, criterionId: NYTT, text: 'Det visade sig.' })).rejects.toThrow(
      'En prisaspekt bedöms i ord, utan poäng, och har därför ingen poäng som ändras efter platsbesöket.',
    );
    await expect(call(core, 'assessment:set-score', { assessmentId: visitId, criterionId: NYTT, score: 60 })).rejects.toThrow('En prisaspekt bedöms i ord, utan poäng');
    // What the visit showed goes into the aspect's texts, logged.
    const added = await call(core, 'assessment:add-comment', { assessmentId: visitId, criterionId: ANVANDS, kind: 'strength', text: 'Vid besöket användes arbetssättet på alla avdelningar.' });
    expect(added.criterion!.strengths.map((c) => c.text)).toContain('Vid besöket användes arbetssättet på alla avdelningar.');
    expect(logOf(core, visitId).map(([action]) => action)).toEqual(['create', 'start-site-visit', 'add-comment']);
    expect(verifyLog(core.context.store.db, visitId).ok).toBe(true);
    expect((await call(core, 'assessment:submit', { assessmentId: visitId })).status).toBe('submitted');
  });
});
