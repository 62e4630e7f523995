import { describe, expect, it } from 'vitest';
import { verifyLog } from '../../../../../electron/core/assessments/log';
import type { ConsensusView } from '../../../../../shared/contract/consensus';
import { call } from '../../../../helpers/core';
import { assessmentBytes, exchangeCore, importFiles, ROUND, SOLROSEN } from '../../../../helpers/exchange';
import { criterion, leadWithTeam } from './fixture';

describe('the consensus workspace in the core', () => {
  it('offers the members\' assessments to the lead, then freezes them and starts each score at the rounded mean', async () => {
    const { core } = await leadWithTeam();
    const before = await call(core, 'consensus:open', { roundId: ROUND, contestantId: SOLROSEN });
    expect(before).toMatchObject({ access: 'lead', canStart: true, missing: [], assessment: null, stages: [] });
    expect(before.sources.map((s) => [s.examinerId, s.origin, s.frozenAt])).toEqual([
      ['e-anna', 'own', null],
      ['e-bilal', 'received', null],
      ['e-cecilia', 'received', null],
    ]);
    // What the team sees of my assessment is what I would export: never my private note.
    expect(JSON.stringify(before.sources)).not.toContain('Min hemliga tanke');

    const started = await call(core, 'consensus:start', { roundId: ROUND, contestantId: SOLROSEN });
    expect(started.stages).toEqual(['consensus']);
    expect(started.sources.every((s) => s.frozenAt !== null)).toBe(true);
    expect(criterion(started, '1.1')).toMatchObject({
      score: 40, // mean of 50, 20, 60 = 43.3 → 40
      individualScores: [
        { examinerId: 'e-anna', score: 50 },
        { examinerId: 'e-bilal', score: 20 },
        { examinerId: 'e-cecilia', score: 60 },
      ],
      discussed: false,
      rationale: '',
    });
    expect(criterion(started, '1.2').score).toBe(60); // 60, 50, 70
    // Starting again changes nothing.
    const again = await call(core, 'consensus:start', { roundId: ROUND, contestantId: SOLROSEN });
    expect(again.editable!.id).toBe(started.editable!.id);
    expect(verifyLog(core.context.store.db, started.editable!.id).ok).toBe(true);
  });

  it('keeps independence for the lead too: nothing is shown or started before the lead\'s own assessment is submitted', async () => {
    const { core, facts } = await exchangeCore();
    await call(core, 'round:choose-examiner', { roundId: ROUND, examinerId: 'e-anna', change: false });
    await importFiles(core, { 'bilal.kvbedomning': assessmentBytes(facts) });
    const view = await call(core, 'consensus:open', { roundId: ROUND, contestantId: SOLROSEN });
    expect(view).toMatchObject({ access: 'lead', canStart: false, sources: [], assessment: null });
    expect(view.notice).toMatch(/Lämna in din egen individuella bedömning först/);
    await expect(call(core, 'consensus:start', { roundId: ROUND, contestantId: SOLROSEN })).rejects.toThrow(/Lämna in din egen individuella bedömning/);
  });

  it('lets only the team lead start the consensus', async () => {
    const { core } = await exchangeCore();
    await call(core, 'round:choose-examiner', { roundId: ROUND, examinerId: 'e-bilal', change: false });
    await expect(call(core, 'consensus:start', { roundId: ROUND, contestantId: SOLROSEN })).rejects.toThrow(
      'Det är teamets utvärderingsledare, Anna Lind, som håller i konsensus för Förskolan Solrosen.',
    );
  });

  it('builds the team\'s lists from members\' comments with their provenance, needs a rationale outside the range and discussion of disputed criteria', async () => {
    const { core, bilal } = await leadWithTeam();
    const view = await call(core, 'consensus:start', { roundId: ROUND, contestantId: SOLROSEN });
    const id = view.editable!.id;
    const anna = view.sources[0]!.criteria.find((c) => c.criterionId === '1.1')!;
    const bilal11 = bilal.find((c) => c.criterionId === '1.1')!;

    const taken = await call(core, 'consensus:take', {
      assessmentId: id,
      criterionId: '1.1',
      kind: 'strength',
      picks: [
        { examinerId: 'e-anna', commentId: anna.strengths[0]!.id },
        { examinerId: 'e-bilal', commentId: bilal11.strengths[0]!.id },
      ],
    });
    const teamStrength = taken.criterion!.strengths[0]!;
    expect(teamStrength.text).toBe(`${anna.strengths[0]!.text} ${bilal11.strengths[0]!.text}`);
    expect(teamStrength.sources).toEqual([
      { commentId: anna.strengths[0]!.id, examinerId: 'e-anna', initials: 'AL' },
      { commentId: bilal11.strengths[0]!.id, examinerId: 'e-bilal', initials: 'BH' },
    ]);
    expect(teamStrength.evidence).toHaveLength(2);
    // A comment added into it later keeps the text and adds its source and evidence.
    const into = await call(core, 'consensus:take', {
      assessmentId: id,
      criterionId: '1.1',
      kind: 'strength',
      picks: [{ examinerId: 'e-cecilia', commentId: individualCommentOf(view, 'e-cecilia', '1.1') }],
      into: teamStrength.id,
    });
    expect(into.criterion!.strengths).toHaveLength(1);
    expect(into.criterion!.strengths[0]!.sources!.map((s) => s.initials)).toEqual(['AL', 'BH', 'CE']);
    await call(core, 'assessment:edit-comment', { assessmentId: id, commentId: teamStrength.id, text: 'Teamets formulering av styrkan.' });
    await call(core, 'consensus:take', { assessmentId: id, criterionId: '1.1', kind: 'improvement', picks: [{ examinerId: 'e-bilal', commentId: bilal11.improvements[0]!.id }] });
    await call(core, 'consensus:take', { assessmentId: id, criterionId: '1.1', kind: 'question', picks: [{ examinerId: 'e-anna', commentId: anna.siteVisitQuestions[0]!.id }] });

    // 1.1 spreads 40 (≥ 30): it must be discussed; 80 is outside 20–60: it needs a rationale.
    await call(core, 'assessment:set-score', { assessmentId: id, criterionId: '1.1', score: 80 });
    await expect(call(core, 'assessment:submit', { assessmentId: id })).rejects.toThrow(/Teamets bedömning kan inte lämnas in än: \d+ av 14 kriterier är inte klara \(1\.1/);
    await call(core, 'consensus:set-discussed', { assessmentId: id, criterionId: '1.1', discussed: true });
    const saved = await call(core, 'consensus:set-rationale', { assessmentId: id, criterionId: '1.1', text: 'Dokumentet visar mer än någon av oss såg var för sig.' });
    const reopened = await call(core, 'consensus:open', { roundId: ROUND, contestantId: SOLROSEN });
    expect(criterion(reopened, '1.1')).toMatchObject({ score: 80, discussed: true, rationale: 'Dokumentet visar mer än någon av oss såg var för sig.' });
    // A team edit answers with the team's assessment as it now is: the workspace patches itself without reading the view again.
    expect(saved.team).toEqual(reopened.assessment);
    expect(criterion(reopened, '1.1').siteVisitQuestions.map((q) => q.text)).toEqual([anna.siteVisitQuestions[0]!.text]);
    // Undo reaches the team's own fields too.
    const undone = await call(core, 'assessment:undo', { assessmentId: id });
    expect(undone.criterion!.criterionId).toBe('1.1');
    expect(criterion(await call(core, 'consensus:open', { roundId: ROUND, contestantId: SOLROSEN }), '1.1').rationale).toBe('');
  });

  it('takes a member\'s comment into the team\'s lists once: a second copy of the same source is refused and changes nothing', async () => {
    const { core, bilal } = await leadWithTeam();
    const view = await call(core, 'consensus:start', { roundId: ROUND, contestantId: SOLROSEN });
    const id = view.editable!.id;
    const anna = view.sources[0]!.criteria.find((c) => c.criterionId === '1.1')!.strengths[0]!;
    const bilal11 = bilal.find((c) => c.criterionId === '1.1')!;
    const take = (picks: { examinerId: string; commentId: string }[], into?: string) =>
      call(core, 'consensus:take', { assessmentId: id, criterionId: '1.1', kind: 'strength', picks, ...(into ? { into } : {}) });
    const first = await take([{ examinerId: 'e-anna', commentId: anna.id }]);
    const refused = /Kommentaren från AL finns redan i teamets lista för kriterium 1\.1/;
    // Taken again, merged again with another, added into a team comment, or picked twice at once: refused.
    await expect(take([{ examinerId: 'e-anna', commentId: anna.id }])).rejects.toThrow(refused);
    await expect(take([{ examinerId: 'e-bilal', commentId: bilal11.strengths[0]!.id }, { examinerId: 'e-anna', commentId: anna.id }])).rejects.toThrow(refused);
    const other = await take([{ examinerId: 'e-bilal', commentId: bilal11.strengths[0]!.id }]);
    await expect(take([{ examinerId: 'e-anna', commentId: anna.id }], other.criterion!.strengths[1]!.id)).rejects.toThrow(refused);
    await expect(take([{ examinerId: 'e-cecilia', commentId: individualCommentOf(view, 'e-cecilia', '1.1') }, { examinerId: 'e-cecilia', commentId: individualCommentOf(view, 'e-cecilia', '1.1') }])).rejects.toThrow(/Kommentaren från CE finns redan/);
    const after = criterion(await call(core, 'consensus:open', { roundId: ROUND, contestantId: SOLROSEN }), '1.1');
    expect(after.strengths.map((c) => c.sources!.map((s) => s.initials))).toEqual([['AL'], ['BH']]);
    expect(first.criterion!.strengths).toHaveLength(1);
    // Undone, it can be taken again.
    await call(core, 'assessment:undo', { assessmentId: id });
    await call(core, 'assessment:undo', { assessmentId: id });
    const again = await take([{ examinerId: 'e-anna', commentId: anna.id }]);
    expect(again.criterion!.strengths.map((c) => c.text)).toEqual([anna.text]);
    expect(verifyLog(core.context.store.db, id).ok).toBe(true);
  });

  it('stores the team\'s recommendation, summary, words to the unit, key themes and next steps, each change undoable', async () => {
    const { core } = await leadWithTeam();
    const id = (await call(core, 'consensus:start', { roundId: ROUND, contestantId: SOLROSEN })).editable!.id;
    await call(core, 'consensus:set-team', { assessmentId: id, change: { field: 'siteVisit', value: true } });
    await call(core, 'consensus:set-team', { assessmentId: id, change: { field: 'nomination', value: 'honourable-mention' } });
    await call(core, 'consensus:set-team', { assessmentId: id, change: { field: 'citation', value: 'För ett lärande arbetssätt.' } });
    await call(core, 'consensus:set-team', { assessmentId: id, change: { field: 'summary', value: 'Tydliga mål.\n\nSystematisk uppföljning.' } });
    await call(core, 'consensus:set-team', { assessmentId: id, change: { field: 'nextSteps', value: ['Följ upp resultaten.', 'Sprid arbetssättet.'] } });
    await call(core, 'consensus:set-team', { assessmentId: id, change: { field: 'toContestant', value: 'Tack för ert arbete.\n\nNi har kommit långt.' } });
    const last = await call(core, 'consensus:set-team', { assessmentId: id, change: { field: 'keyThemes', value: ['Barnen är delaktiga.', 'Målen följs upp.'] } });
    expect(last.criterion).toBeNull();
    expect(last.team.team.keyThemes).toEqual(['Barnen är delaktiga.', 'Målen följs upp.']);
    const view = await call(core, 'consensus:open', { roundId: ROUND, contestantId: SOLROSEN });
    expect(view.assessment!.team).toEqual({
      recommendation: { siteVisit: true, nomination: 'honourable-mention', citation: 'För ett lärande arbetssätt.' },
      summary: 'Tydliga mål.\n\nSystematisk uppföljning.',
      nextSteps: ['Följ upp resultaten.', 'Sprid arbetssättet.'],
      toContestant: 'Tack för ert arbete.\n\nNi har kommit långt.',
      keyThemes: ['Barnen är delaktiga.', 'Målen följs upp.'],
    });
    // Each is a change of its own in the change log, and undo takes them back one by one.
    const logged = core.context.store.db
      .prepare("SELECT action, json_extract(target, '$.part') AS part, new_value FROM assessment_log WHERE assessment_id = ? ORDER BY seq DESC LIMIT 2")
      .all(id) as { action: string; part: string; new_value: string }[];
    expect(logged.map((e) => [e.action, e.part, JSON.parse(e.new_value)])).toEqual([
      ['set-team', 'keyThemes', ['Barnen är delaktiga.', 'Målen följs upp.']],
      ['set-team', 'toContestant', 'Tack för ert arbete.\n\nNi har kommit långt.'],
    ]);
    await call(core, 'assessment:undo', { assessmentId: id });
    expect((await call(core, 'consensus:open', { roundId: ROUND, contestantId: SOLROSEN })).assessment!.team).toMatchObject({ keyThemes: [], toContestant: 'Tack för ert arbete.\n\nNi har kommit långt.' });
    for (let i = 0; i < 3; i++) await call(core, 'assessment:undo', { assessmentId: id });
    const undone = await call(core, 'consensus:open', { roundId: ROUND, contestantId: SOLROSEN });
    expect(undone.assessment!.team).toMatchObject({ summary: '', nextSteps: [], toContestant: '', keyThemes: [] });
    expect(verifyLog(core.context.store.db, id).ok).toBe(true);
  });

  it('refuses words to the unit and key themes beyond their limits, in Swedish, and keeps what was there', async () => {
    const { core } = await leadWithTeam();
    const id = (await call(core, 'consensus:start', { roundId: ROUND, contestantId: SOLROSEN })).editable!.id;
    await call(core, 'consensus:set-team', { assessmentId: id, change: { field: 'toContestant', value: 'Tack.' } });
    await expect(call(core, 'consensus:set-team', { assessmentId: id, change: { field: 'toContestant', value: 'x'.repeat(50_001) } })).rejects.toThrow(
      /Texten till den tävlande enheten får vara högst 50\s000 tecken/,
    );
    await expect(call(core, 'consensus:set-team', { assessmentId: id, change: { field: 'keyThemes', value: Array.from({ length: 21 }, () => 'Tema.') } })).rejects.toThrow(/Högst 20 huvudteman/);
    await expect(call(core, 'consensus:set-team', { assessmentId: id, change: { field: 'keyThemes', value: ['x'.repeat(10_001)] } })).rejects.toThrow(
      /Varje huvudtema får vara högst 10\s000 tecken/,
    );
    const view = await call(core, 'consensus:open', { roundId: ROUND, contestantId: SOLROSEN });
    expect(view.assessment!.team).toMatchObject({ toContestant: 'Tack.', keyThemes: [] });
  });

  it('freezes individual scores: a newer revision is offered, never applied silently, and can be accepted or left out', async () => {
    const { core, facts, cecilia, keys } = await leadWithTeam();
    const id = (await call(core, 'consensus:start', { roundId: ROUND, contestantId: SOLROSEN })).editable!.id;
    const revised = cecilia.map((c) => ({ ...c, score: c.criterionId === '1.1' ? 30 : c.score }));
    await importFiles(core, {
      'cecilia-r2.kvbedomning': assessmentBytes(facts, { author: { examinerId: 'e-cecilia', name: 'Cecilia Ek' }, criteria: revised, revision: 2, key: keys.cecilia }),
    });
    const offered = await call(core, 'consensus:open', { roundId: ROUND, contestantId: SOLROSEN });
    expect(offered.updates).toEqual([{ examinerId: 'e-cecilia', kind: 'newer', frozenRevision: 1, revision: 2, changedScores: ['1.1'] }]);
    expect(criterion(offered, '1.1').individualScores[2]).toEqual({ examinerId: 'e-cecilia', score: 60 });

    await call(core, 'consensus:source', { assessmentId: id, examinerId: 'e-cecilia', action: 'ignore' });
    const ignored = await call(core, 'consensus:open', { roundId: ROUND, contestantId: SOLROSEN });
    expect(ignored.updates).toEqual([]);
    expect(criterion(ignored, '1.1').individualScores[2]!.score).toBe(60);
    await call(core, 'assessment:undo', { assessmentId: id });
    await call(core, 'consensus:source', { assessmentId: id, examinerId: 'e-cecilia', action: 'accept' });
    const accepted = await call(core, 'consensus:open', { roundId: ROUND, contestantId: SOLROSEN });
    expect(accepted.updates).toEqual([]);
    expect(criterion(accepted, '1.1').individualScores[2]).toEqual({ examinerId: 'e-cecilia', score: 30 });
    expect(accepted.sources.find((s) => s.examinerId === 'e-cecilia')!.revision).toBe(2);
    // The agreed score the team has set stays as it was.
    expect(criterion(accepted, '1.1').score).toBe(40);
  });
});

function individualCommentOf(view: ConsensusView, examinerId: string, criterionId: string): string {
  return view.sources.find((s) => s.examinerId === examinerId)!.criteria.find((c) => c.criterionId === criterionId)!.strengths[0]!.id;
}
