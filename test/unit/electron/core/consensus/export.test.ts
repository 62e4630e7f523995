import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readAssessmentFile } from '../../../../../electron/core/exchange/assessment-file';
import { call } from '../../../../helpers/core';
import { exchangeCore, importFiles, ROUND, SOLROSEN } from '../../../../helpers/exchange';
import { completeMyAssessment } from '../../../../helpers/scoring';
import { completeConsensus, criterion, leadWithTeam } from './fixture';

describe('exporting the team\'s assessment', () => {
  it('exports a submitted consensus with the individual scores, provenance and the members\' revisions; a member reads it after submitting their own', async () => {
    const { core, facts } = await leadWithTeam();
    const started = await call(core, 'consensus:start', { roundId: ROUND, contestantId: SOLROSEN });
    const id = started.editable!.id;
    await completeConsensus(core, id);
    await expect(call(core, 'assessment:export', { assessmentId: id, includePrivateNotes: false })).rejects.toThrow(/Lämna in bedömningen först/);
    await call(core, 'assessment:submit', { assessmentId: id });
    const exported = (await call(core, 'assessment:export', { assessmentId: id, includePrivateNotes: true }))!;
    expect(exported.fileName).toBe('2026-forskolan-solrosen-konsensus-anna-lind-r1.kvbedomning');

    const { file } = readAssessmentFile(readFileSync(exported.path));
    if (file.stage !== 'consensus') throw new Error('expected a consensus file');
    expect(file.includesPrivateNotes).toBe(false);
    expect(file.team.sources.map((s) => [s.examinerId, s.revision])).toEqual([
      ['e-anna', 1],
      ['e-bilal', 1],
      ['e-cecilia', 1],
    ]);
    expect(file.team.sources[0]!.changeLog!.entries).toBeGreaterThan(40);
    expect(file.team.nextSteps).toEqual(['Följ upp resultaten per termin.']);
    // The words for the contestant travel trimmed, empty themes left out; the summary stays the jury's.
    expect(file.team.toContestant).toBe('Tack för ett öppet samtal.\n\nNi har mycket att vara stolta över.');
    expect(file.team.keyThemes).toEqual(['Barnens delaktighet bär arbetet.']);
    expect(file.team.recommendation.siteVisit).toBe(true);
    const first = file.criteria.find((c) => c.criterionId === '1.1')!;
    expect(first.individualScores).toEqual([
      { examinerId: 'e-anna', score: 50 },
      { examinerId: 'e-bilal', score: 20 },
      { examinerId: 'e-cecilia', score: 60 },
    ]);
    expect(first).toMatchObject({ score: 40, discussed: true });
    expect(first.strengths[0]!.sources!.map((s) => s.initials)).toEqual(['AL']);
    expect(JSON.stringify(file)).not.toContain('Min hemliga tanke');

    // Bilal's installation: nothing of the team's assessment until his own is submitted.
    const member = (await exchangeCore()).core;
    await call(member, 'round:choose-examiner', { roundId: ROUND, examinerId: 'e-bilal', change: false });
    const applied = await importFiles(member, { [exported.fileName]: readFileSync(exported.path) });
    expect(applied.applied.map((a) => a.status)).toEqual(['added']);
    const hidden = await call(member, 'consensus:open', { roundId: ROUND, contestantId: SOLROSEN });
    expect(hidden).toMatchObject({ access: 'member', assessment: null });
    expect(hidden.notice).toMatch(/först när du har lämnat in din egen individuella bedömning/);
    await completeMyAssessment(member, ROUND, SOLROSEN, { voice: 'Bilal' });
    const shown = await call(member, 'consensus:open', { roundId: ROUND, contestantId: SOLROSEN });
    expect(shown).toMatchObject({ access: 'member', notice: null, stages: ['consensus'], editable: null });
    expect(criterion(shown, '1.1')).toMatchObject({ score: 40, discussed: true });
    expect(shown.assessment!.team).toMatchObject({
      summary: 'Verksamheten har tydliga mål.\n\nUppföljningen är systematisk.',
      toContestant: 'Tack för ett öppet samtal.\n\nNi har mycket att vara stolta över.',
      keyThemes: ['Barnens delaktighet bär arbetet.'],
      nextSteps: ['Följ upp resultaten per termin.'],
    });
    expect((await call(member, 'consensus:round-status', { roundId: ROUND }))[0]).toMatchObject({ lead: false, stage: 'consensus', status: 'submitted', revision: 1 });
    void facts;
  });

  it('records the site visit beside the consensus: scores before stay, changes need a note, and the export carries both', async () => {
    const { core } = await leadWithTeam();
    const consensusId = (await call(core, 'consensus:start', { roundId: ROUND, contestantId: SOLROSEN })).editable!.id;
    await completeConsensus(core, consensusId);
    await expect(call(core, 'consensus:start-site-visit', { roundId: ROUND, contestantId: SOLROSEN })).rejects.toThrow(/Lämna in teamets konsensusbedömning först/);
    await call(core, 'assessment:submit', { assessmentId: consensusId });

    const visit = await call(core, 'consensus:start-site-visit', { roundId: ROUND, contestantId: SOLROSEN });
    expect(visit.stages).toEqual(['consensus', 'site-visit']);
    expect(visit.assessment!.stage).toBe('site-visit');
    const visitId = visit.editable!.id;
    expect(criterion(visit, '1.2')).toMatchObject({ score: 60, siteVisit: { scoreBefore: 60, scoreAfter: 60, note: '' } });
    expect(criterion(visit, '1.2').strengths).toHaveLength(1);
    // The team's words to the unit go on into the site visit, to be revised there.
    expect(visit.assessment!.team).toMatchObject({ toContestant: expect.stringMatching(/^\s*Tack för ett öppet samtal\./), keyThemes: ['Barnens delaktighet bär arbetet.', ''] });

    await call(core, 'assessment:set-score', { assessmentId: visitId, criterionId: '1.2', score: 70 });
    await expect(call(core, 'assessment:submit', { assessmentId: visitId })).rejects.toThrow(/1\.2/);
    await call(core, 'consensus:set-visit-note', { assessmentId: visitId, criterionId: '1.2', text: 'Rutinerna visades i praktiken.' });
    await expect(call(core, 'consensus:set-visit-note', { assessmentId: consensusId, criterionId: '1.2', text: 'x' })).rejects.toThrow();
    await call(core, 'assessment:submit', { assessmentId: visitId });
    // The consensus before the visit is fixed now.
    await expect(call(core, 'assessment:reopen', { assessmentId: consensusId })).rejects.toThrow(/Platsbesöket är redan registrerat/);

    const exported = (await call(core, 'assessment:export', { assessmentId: visitId, includePrivateNotes: false }))!;
    expect(exported.fileName).toBe('2026-forskolan-solrosen-platsbesok-anna-lind-r1.kvbedomning');
    const { file } = readAssessmentFile(readFileSync(exported.path));
    if (file.stage !== 'site-visit') throw new Error('expected a site-visit file');
    expect(file.criteria.find((c) => c.criterionId === '1.2')).toMatchObject({
      score: 70,
      siteVisit: { scoreBefore: 60, scoreAfter: 70, note: 'Rutinerna visades i praktiken.' },
    });
    expect(file.team.toContestant).toBe('Tack för ett öppet samtal.\n\nNi har mycket att vara stolta över.');
    const before = await call(core, 'consensus:open', { roundId: ROUND, contestantId: SOLROSEN, stage: 'consensus' });
    expect(criterion(before, '1.2').score).toBe(60);
  });

  it('exports my individual assessment with my private notes only when I include them, and its change log', async () => {
    const { core } = await exchangeCore();
    await call(core, 'round:choose-examiner', { roundId: ROUND, examinerId: 'e-cecilia', change: false });
    const draft = await completeMyAssessment(core, ROUND, SOLROSEN, { privateNote: 'Bara för mig.', submit: false });
    await expect(call(core, 'assessment:export', { assessmentId: draft.id, includePrivateNotes: false })).rejects.toThrow(/Lämna in bedömningen först/);
    await call(core, 'assessment:submit', { assessmentId: draft.id });
    const plain = (await call(core, 'assessment:export', { assessmentId: draft.id, includePrivateNotes: false }))!;
    const withNotes = (await call(core, 'assessment:export', { assessmentId: draft.id, includePrivateNotes: true }))!;
    expect([plain.revision, withNotes.revision]).toEqual([1, 2]);
    expect(readFileSync(plain.path, 'utf8')).not.toContain('Bara för mig.');
    expect(readAssessmentFile(readFileSync(withNotes.path)).file.criteria[0]!.privateNote).toBe('Bara för mig.');

    const log = (await call(core, 'assessment:export-log', { assessmentId: draft.id, includePrivateNotes: false }))!;
    expect(log.fileName).toBe('2026-forskolan-solrosen-individuell-cecilia-ek-andringslogg.json');
    const text = readFileSync(log.path, 'utf8');
    expect(text).not.toContain('Bara för mig.');
    expect(JSON.parse(text)).toMatchObject({ format: 'examinator.assessment-log' });
  });
});
