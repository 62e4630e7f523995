import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { loadAssessmentContent } from '../../../../../electron/core/assessments/repository';
import { bundleFile } from '../../../../helpers/bundles';
import { call, fixedClock, testCore } from '../../../../helpers/core';
import { exerciseCore, LINDGARDEN, ROUND, SOLROSEN } from './fixture';

async function asAnna(options: Parameters<typeof testCore>[0] = {}) {
  const core = await exerciseCore(options);
  await call(core, 'round:choose-examiner', { roundId: ROUND, examinerId: 'e-anna', change: false });
  const view = await call(core, 'assessment:open', { roundId: ROUND, contestantId: SOLROSEN });
  const overview = await call(core, 'round:get', { roundId: ROUND });
  const [solrosen, lindgarden] = overview.teams[0]!.contestants;
  return { core, id: view.id, documentSha: solrosen!.documents[0]!.sha256, otherDocumentSha: lindgarden!.documents[0]!.sha256 };
}

describe('who am I in the round', () => {
  it('is chosen once, changed only deliberately (and recorded), and gives my role and contestants', async () => {
    const core = await exerciseCore();
    expect(await call(core, 'round:my-status', { roundId: ROUND })).toEqual({
      roundId: ROUND,
      identity: { examinerId: null, examinerName: null, role: null, choices: 0 },
      contestants: [],
    });
    await expect(call(core, 'assessment:open', { roundId: ROUND, contestantId: SOLROSEN })).rejects.toThrow('Ange först vem du är i omgången');
    const status = await call(core, 'round:choose-examiner', { roundId: ROUND, examinerId: 'e-bilal', change: false });
    expect(status.identity).toEqual({ examinerId: 'e-bilal', examinerName: 'Bilal Haddad', role: 'examinator', choices: 1 });
    expect(status.contestants).toEqual([
      { contestantId: SOLROSEN, assessmentId: null, status: 'not-started', revision: null, done: 0, total: 14, aspects: 0 },
      { contestantId: LINDGARDEN, assessmentId: null, status: 'not-started', revision: null, done: 0, total: 14, aspects: 0 },
    ]);
    await expect(call(core, 'round:choose-examiner', { roundId: ROUND, examinerId: 'e-anna', change: false })).rejects.toThrow(
      'Du har redan angett att du är Bilal Haddad i den här omgången',
    );
    const changed = await call(core, 'round:choose-examiner', { roundId: ROUND, examinerId: 'e-anna', change: true });
    expect(changed.identity).toMatchObject({ examinerId: 'e-anna', role: 'utvärderingsledare', choices: 2 });
    await expect(call(core, 'round:choose-examiner', { roundId: ROUND, examinerId: 'e-okand', change: true })).rejects.toThrow('finns inte i omgången');
    const [summary] = await call(core, 'round:list', {});
    expect(summary).toMatchObject({ myRole: 'utvärderingsledare', progress: { done: 0, total: 28 } });
  });
});

describe('editing an assessment through the core', () => {
  it('scores only valid steps of the criterion\'s scale, and only criteria of the package', async () => {
    const { core, id } = await asAnna();
    const result = await call(core, 'assessment:set-score', { assessmentId: id, criterionId: '2.3', score: 60 });
    expect(result).toMatchObject({ criterion: { criterionId: '2.3', score: 60 }, canUndo: true, canRedo: false, savedAt: '2026-09-01T08:00:00.000Z' });
    await expect(call(core, 'assessment:set-score', { assessmentId: id, criterionId: '2.3', score: 65 })).rejects.toThrow(
      'Poängen 65 finns inte på skalan (0–100\u00a0%, i steg om 10). Välj ett av skalans värden.',
    );
    await expect(call(core, 'assessment:set-score', { assessmentId: id, criterionId: '9.9', score: 60 })).rejects.toThrow(
      'Kriterium 9.9 finns inte i omgångens kriteriepaket.',
    );
    await call(core, 'assessment:set-attribute', { assessmentId: id, criterionId: '2.3', attributeId: 'ansats', rating: 70 });
    await expect(call(core, 'assessment:set-attribute', { assessmentId: id, criterionId: '2.3', attributeId: 'trend', rating: 70 })).rejects.toThrow('ingen aspekt med id trend');
    const cleared = await call(core, 'assessment:set-score', { assessmentId: id, criterionId: '2.3', score: null });
    expect(cleared.criterion).toMatchObject({ score: null, attributes: { ansats: 70 } });
  });

  it('writes comments with evidence from the contestant\'s own documents, in order, with questions and a private note', async () => {
    const { core, id, documentSha, otherDocumentSha } = await asAnna();
    const anchor = { documentSha256: documentSha, page: 4 };
    const first = await call(core, 'assessment:add-comment', { assessmentId: id, criterionId: '1.1', kind: 'strength', text: 'Tydlig analys av behoven.', evidence: [anchor] });
    const second = await call(core, 'assessment:add-comment', { assessmentId: id, criterionId: '1.1', kind: 'strength', text: '' });
    await call(core, 'assessment:edit-comment', { assessmentId: id, commentId: second.commentId!, text: 'Föräldrarna är delaktiga.' });
    await call(core, 'assessment:add-evidence', { assessmentId: id, commentId: second.commentId!, anchor: { ...anchor, page: 7, quote: 'föräldrar' } });
    await call(core, 'assessment:move-comment', { assessmentId: id, commentId: second.commentId!, position: 0 });
    await call(core, 'assessment:add-comment', { assessmentId: id, criterionId: '1.1', kind: 'improvement', text: 'Målen saknar mått.' });
    await call(core, 'assessment:add-comment', { assessmentId: id, criterionId: '1.1', kind: 'question', text: 'Hur följs målen upp?' });
    const result = await call(core, 'assessment:set-note', { assessmentId: id, criterionId: '1.1', text: 'Fråga Bilal om sidan 7.' });
    expect(result.criterion!.strengths.map((c) => [c.text, c.evidence.map((e) => e.page)])).toEqual([
      ['Föräldrarna är delaktiga.', [7]],
      ['Tydlig analys av behoven.', [4]],
    ]);
    expect(result.criterion!.privateNote).toBe('Fråga Bilal om sidan 7.');

    await expect(call(core, 'assessment:add-evidence', { assessmentId: id, commentId: first.commentId!, anchor: { documentSha256: otherDocumentSha, page: 1 } })).rejects.toThrow(
      'Belägget pekar på ett dokument som inte hör till den här tävlande',
    );
    const removed = await call(core, 'assessment:remove-evidence', { assessmentId: id, commentId: first.commentId!, index: 0 });
    expect(removed.criterion!.strengths[1]!.evidence).toEqual([]);
    const deleted = await call(core, 'assessment:delete-comment', { assessmentId: id, commentId: second.commentId! });
    expect(deleted.criterion!.strengths.map((c) => c.text)).toEqual(['Tydlig analys av behoven.']);

    // What the exchange exports: written comments, no private note unless asked.
    const [content] = loadAssessmentContent(core.context.store.db, id);
    expect(content).toMatchObject({ criterionId: '1.1', improvements: [{ text: 'Målen saknar mått.' }], siteVisitQuestions: [{ text: 'Hur följs målen upp?' }] });
    expect(content).not.toHaveProperty('privateNote');
    expect(await call(core, 'assessment:verify-log', { assessmentId: id })).toMatchObject({ ok: true, entries: 11 });
  });

  it('undoes and redoes within the session, across a restart of the core, and records both in the log', async () => {
    const clock = fixedClock();
    const { core, id } = await asAnna({ clock });
    const dataDir = core.context.paths.dataDir;
    await call(core, 'assessment:set-score', { assessmentId: id, criterionId: '1.1', score: 40 });
    const added = await call(core, 'assessment:add-comment', { assessmentId: id, criterionId: '1.1', kind: 'strength', text: 'Bra.' });
    await call(core, 'assessment:edit-comment', { assessmentId: id, commentId: added.commentId!, text: 'Bra och tydligt.' });
    await core.close();

    const again = testCore({ dataDir, clock });
    expect((await call(again, 'assessment:open', { roundId: ROUND, contestantId: SOLROSEN })).canUndo).toBe(true);
    expect((await call(again, 'assessment:undo', { assessmentId: id })).criterion!.strengths[0]!.text).toBe('Bra.');
    expect((await call(again, 'assessment:undo', { assessmentId: id })).criterion!.strengths).toEqual([]);
    const redone = await call(again, 'assessment:redo', { assessmentId: id });
    expect(redone.criterion!.strengths.map((c) => [c.id, c.text])).toEqual([[added.commentId, 'Bra.']]);
    expect(redone).toMatchObject({ canUndo: true, canRedo: true });
    const undone = await call(again, 'assessment:undo', { assessmentId: id });
    const last = await call(again, 'assessment:undo', { assessmentId: id });
    expect(last.criterion!.score).toBeNull();
    expect(last.canUndo).toBe(false);
    await expect(call(again, 'assessment:undo', { assessmentId: id })).rejects.toThrow('Det finns inget mer att ångra i den här arbetsstunden.');
    expect(undone.canRedo).toBe(true);
    // A new edit ends the redo chain.
    const fresh = await call(again, 'assessment:set-score', { assessmentId: id, criterionId: '1.1', score: 90 });
    expect(fresh.canRedo).toBe(false);

    const db = new Database(again.context.paths.databaseFile, { readonly: true });
    const actions = db.prepare('SELECT action, ref_seq FROM assessment_log WHERE assessment_id = ? ORDER BY seq').all(id);
    db.close();
    expect(actions).toEqual([
      { action: 'create', ref_seq: null },
      { action: 'set-score', ref_seq: null },
      { action: 'add-comment', ref_seq: null },
      { action: 'edit-comment', ref_seq: null },
      { action: 'undo', ref_seq: 4 },
      { action: 'undo', ref_seq: 3 },
      { action: 'redo', ref_seq: 3 },
      { action: 'undo', ref_seq: 3 },
      { action: 'undo', ref_seq: 2 },
      { action: 'set-score', ref_seq: null },
    ]);
    expect(await call(again, 'assessment:verify-log', { assessmentId: id })).toMatchObject({ ok: true, entries: 10 });

    // After a long break a new session starts: yesterday's edits are kept but not undoable.
    clock.advance(7 * 60 * 60 * 1000);
    expect((await call(again, 'assessment:open', { roundId: ROUND, contestantId: SOLROSEN })).canUndo).toBe(false);
    await expect(call(again, 'assessment:undo', { assessmentId: id })).rejects.toThrow('inget mer att ångra');
  });

  it('submits only when complete, then refuses every edit in the core until a new revision is opened', async () => {
    const { core, id, documentSha } = await asAnna();
    await expect(call(core, 'assessment:submit', { assessmentId: id })).rejects.toThrow(
      'Bedömningen kan inte lämnas in än: 14 av 14 kriterier är inte klara (1.1, 1.2, 2.1,',
    );
    const view = await call(core, 'assessment:open', { roundId: ROUND, contestantId: SOLROSEN });
    for (const criterion of view.criteria) {
      await call(core, 'assessment:set-score', { assessmentId: id, criterionId: criterion.criterionId, score: 50 });
      await call(core, 'assessment:add-comment', { assessmentId: id, criterionId: criterion.criterionId, kind: 'strength', text: 'Styrka.', evidence: [{ documentSha256: documentSha, page: 2 }] });
      await call(core, 'assessment:add-comment', { assessmentId: id, criterionId: criterion.criterionId, kind: 'improvement', text: 'Förbättring.' });
    }
    expect((await call(core, 'round:my-status', { roundId: ROUND })).contestants[0]).toMatchObject({ status: 'draft', done: 14, total: 14 });
    const submitted = await call(core, 'assessment:submit', { assessmentId: id });
    expect(submitted).toMatchObject({ status: 'submitted', revision: 1, submittedAt: '2026-09-01T08:00:00.000Z', canUndo: false });

    await expect(call(core, 'assessment:set-score', { assessmentId: id, criterionId: '1.1', score: 60 })).rejects.toThrow(
      'Bedömningen är inlämnad (revision 1) och därför låst. Öppna en ny revision om du behöver ändra den.',
    );
    await expect(call(core, 'assessment:undo', { assessmentId: id })).rejects.toThrow('låst');
    const reopened = await call(core, 'assessment:reopen', { assessmentId: id });
    expect(reopened).toMatchObject({ status: 'draft', revision: 2, submittedAt: null, canUndo: false });
    await call(core, 'assessment:set-score', { assessmentId: id, criterionId: '1.1', score: 60 });
    expect((await call(core, 'round:my-status', { roundId: ROUND })).contestants[0]).toMatchObject({ status: 'draft', revision: 2 });
  });

  it('refuses edits to someone else\'s assessment', async () => {
    const { core, id } = await asAnna();
    await call(core, 'round:choose-examiner', { roundId: ROUND, examinerId: 'e-bilal', change: true });
    await expect(call(core, 'assessment:set-score', { assessmentId: id, criterionId: '1.1', score: 60 })).rejects.toThrow(
      'Bedömningen är skriven av Anna Lind. Du kan bara ändra dina egna bedömningar.',
    );
    const bilals = await call(core, 'assessment:open', { roundId: ROUND, contestantId: SOLROSEN });
    expect(bilals.id).not.toBe(id);
    expect(bilals.examinerId).toBe('e-bilal');
  });
});

describe('criteria that apply to a contestant', () => {
  it('are those of the contestant\'s class: a criterion restricted to other classes is neither assessed nor counted', async () => {
    const core = testCore();
    const file = await bundleFile({ editPackage: (source) => void (source.package.areas[0]!.criteria[0]!.classes = ['skola']) });
    await call(core, 'round:import', { fileId: core.context.files.register(file).id });
    const status = await call(core, 'round:choose-examiner', { roundId: ROUND, examinerId: 'e-cecilia', change: false });
    expect(status.contestants.map((c) => [c.contestantId, c.total])).toEqual([[SOLROSEN, 13], [LINDGARDEN, 13]]);
    const view = await call(core, 'assessment:open', { roundId: ROUND, contestantId: SOLROSEN });
    expect(view.criteria.map((c) => c.criterionId)).not.toContain('1.1');
    await expect(call(core, 'assessment:set-score', { assessmentId: view.id, criterionId: '1.1', score: 50 })).rejects.toThrow(
      'Kriterium 1.1 gäller inte den tävlandes tävlingsklass och bedöms inte här.',
    );
  });
});

describe('a corrected round bundle', () => {
  it('replaces the round while I have only said who I am (which is kept, never reset silently), but not once I have started assessing', async () => {
    const core = await exerciseCore();
    await call(core, 'round:choose-examiner', { roundId: ROUND, examinerId: 'e-anna', change: false });
    const register = (path: string) => core.context.files.register(path).id;
    const moved = await bundleFile({ editRound: (s) => void (s.round.deadlines.individual = '2026-09-18') });
    expect((await call(core, 'round:import', { fileId: register(moved) })).status).toBe('replaced');
    expect((await call(core, 'round:my-status', { roundId: ROUND })).identity.examinerId).toBe('e-anna');

    await call(core, 'assessment:open', { roundId: ROUND, contestantId: SOLROSEN });
    const again = await bundleFile({ editRound: (s) => void (s.round.deadlines.individual = '2026-09-19') });
    await expect(call(core, 'round:import', { fileId: register(again) })).rejects.toThrow('arbete har påbörjats i den');
  });
});
