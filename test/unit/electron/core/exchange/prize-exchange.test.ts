/**
 * A prize entry's written assessment (Framsteget: per aspect, no score) in the
 * exchange: exported in `prizes[]` beside the class's criteria, imported on a
 * second data folder and read back from the reopened database as the same
 * rows, with evidence, the private note only by choice and, in the team's
 * file, each merged comment's provenance.
 */
import Database from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Core } from '../../../../../electron/core';
import { availableSources } from '../../../../../electron/core/consensus/sources';
import { contestantTeam } from '../../../../../electron/core/consensus/team';
import { readAssessmentFile } from '../../../../../electron/core/exchange/assessment-file';
import { storeIndependenceSource } from '../../../../../electron/core/exchange/independence-source';
import { teamResults } from '../../../../../electron/core/exchange/team-result';
import { getRound } from '../../../../../electron/core/rounds/model';
import type { CriterionAssessment } from '../../../../../shared/domain/assessment';
import { isAspectKey } from '../../../../../shared/domain/prize-aspects';
import type { AssessmentFile } from '../../../../../shared/formats/assessment-file';
import { prizeRows, teamPrizeRows } from '../../../../../shared/formats/prize-rows';
import { call } from '../../../../helpers/core';
import { assessmentBytes, exchangeCore, importFiles, individualCriteria, LINDGARDEN, newKey, prizeAssessments, ROUND, SOLROSEN } from '../../../../helpers/exchange';
import { completeMyAssessment, writeMyAspects } from '../../../../helpers/scoring';

const aspectRows = <T extends CriterionAssessment>(rows: readonly T[]) => rows.filter((row) => isAspectKey(row.criterionId));
const criterionRows = <T extends CriterionAssessment>(rows: readonly T[]) => rows.filter((row) => !isAspectKey(row.criterionId));

async function exported(core: Core, assessmentId: string, includePrivateNotes: boolean) {
  const saved = (await call(core, 'assessment:export', { assessmentId, includePrivateNotes }))!;
  const bytes = readFileSync(saved.path);
  return { name: saved.fileName, bytes, file: readAssessmentFile(bytes).file };
}

/** The file a data folder holds for a slot, read from its database opened anew (the core closed first). */
async function storedFile(core: Core, slot: { contestantId: string; stage: string; examinerId: string }): Promise<AssessmentFile> {
  const path = core.context.paths.databaseFile;
  await core.close();
  const db = new Database(path, { readonly: true });
  const content = db
    .prepare('SELECT content FROM received_assessments WHERE round_id = ? AND contestant_id = ? AND stage = ? AND examiner_id = ? ORDER BY revision DESC LIMIT 1')
    .pluck()
    .get(ROUND, slot.contestantId, slot.stage, slot.examinerId) as Buffer;
  db.close();
  return readAssessmentFile(content).file;
}

describe('a prize entry’s written assessment in the exchange', () => {
  it('an individual file carries the aspects in prizes[] (notes only by choice) and a second data folder reads back the same rows', async () => {
    const { core: author } = await exchangeCore({ round: 'prizes' });
    await call(author, 'round:choose-examiner', { roundId: ROUND, examinerId: 'e-bilal', change: false });
    const draft = await writeMyAspects(author, await completeMyAssessment(author, ROUND, SOLROSEN, { voice: 'Bilal', submit: false }), 'Bilal');
    const firstAspect = aspectRows(draft.criteria)[0]!.criterionId;
    expect(firstAspect).toBe('prize:framsteget:nytt');
    await call(author, 'assessment:set-note', { assessmentId: draft.id, criterionId: firstAspect, text: 'Min tanke om det nya.' });
    const submitted = await call(author, 'assessment:submit', { assessmentId: draft.id });

    const withNotes = await exported(author, draft.id, true);
    expect(withNotes.file.criteria.map((c) => c.criterionId)).toEqual(criterionRows(submitted.criteria).map((c) => c.criterionId));
    expect(withNotes.file.prizes!.map((p) => [p.prizeId, p.aspects.map((a) => a.aspectId)])).toEqual([['framsteget', ['nytt', 'skapar-varde', 'anvands']]]);
    expect(withNotes.file.prizes![0]!.aspects[0]).toMatchObject({ privateNote: 'Min tanke om det nya.', strengths: [{ text: 'Bilal: styrka för Nytt.', evidence: [{ page: 1 }] }] });
    expect(JSON.stringify(withNotes.file.prizes)).not.toMatch(/"score"|"attributes"/);
    const withoutNotes = await exported(author, draft.id, false);
    expect(withoutNotes.bytes.toString('utf8')).not.toContain('Min tanke om det nya.');

    const { core: lead } = await exchangeCore({ round: 'prizes' });
    await call(lead, 'round:choose-examiner', { roundId: ROUND, examinerId: 'e-anna', change: false });
    const applied = await importFiles(lead, { [withNotes.name]: withNotes.bytes });
    expect(applied.applied.map((a) => a.status)).toEqual(['added']);
    // The consensus reads a member's received file as rows: the aspects are there, without the private note.
    const db = lead.context.store.db;
    const source = availableSources(db, ROUND, SOLROSEN, contestantTeam(db, ROUND, SOLROSEN), 'e-anna').get('e-bilal')!;
    expect(aspectRows(source.criteria)).toEqual(aspectRows(submitted.criteria).map(({ privateNote: _note, ...row }) => row));

    const stored = await storedFile(lead, { contestantId: SOLROSEN, stage: 'individual', examinerId: 'e-bilal' });
    expect(prizeRows(stored.prizes)).toEqual(aspectRows(submitted.criteria));
    expect(stored.criteria).toEqual(criterionRows(submitted.criteria));
  });

  it('a prize-only contestant’s file has no criteria and every prize it enters; it exports and imports', async () => {
    const { core: author } = await exchangeCore({ round: 'prizes' });
    await call(author, 'round:choose-examiner', { roundId: ROUND, examinerId: 'e-cecilia', change: false });
    const draft = await writeMyAspects(author, await completeMyAssessment(author, ROUND, LINDGARDEN, { submit: false }), 'Cecilia');
    const submitted = await call(author, 'assessment:submit', { assessmentId: draft.id });
    expect(submitted.classId).toBeNull();
    const file = await exported(author, submitted.id, false);
    expect(file.file.criteria).toEqual([]);
    expect(file.file.prizes!.map((p) => p.prizeId)).toEqual(['framsteget', 'miljopriset']);

    const { core: lead } = await exchangeCore({ round: 'prizes' });
    expect((await importFiles(lead, { [file.name]: file.bytes })).applied.map((a) => a.status)).toEqual(['added']);
    const stored = await storedFile(lead, { contestantId: LINDGARDEN, stage: 'individual', examinerId: 'e-cecilia' });
    expect(prizeRows(stored.prizes)).toEqual(submitted.criteria.map(({ privateNote: _note, ...row }) => row));
  });

  it('a file from before prizes (no prizes[]) is accepted: its aspects count as unwritten', async () => {
    const { core, facts } = await exchangeCore({ round: 'prizes' });
    await call(core, 'round:choose-examiner', { roundId: ROUND, examinerId: 'e-anna', change: false });
    const bytes = assessmentBytes(facts, { criteria: individualCriteria(facts, SOLROSEN) });
    expect(readAssessmentFile(bytes).file).not.toHaveProperty('prizes');
    expect((await importFiles(core, { 'aldre.kvbedomning': bytes })).applied.map((a) => a.status)).toEqual(['added']);
    const db = core.context.store.db;
    const source = availableSources(db, ROUND, SOLROSEN, contestantTeam(db, ROUND, SOLROSEN), 'e-anna').get('e-bilal')!;
    expect(aspectRows(source.criteria)).toEqual([]);
  });

  it('the team’s file keeps each merged aspect comment’s sources; a member reads them back after submitting', async () => {
    const { core: lead, facts: round } = await exchangeCore({ round: 'prizes' });
    await call(lead, 'round:choose-examiner', { roundId: ROUND, examinerId: 'e-anna', change: false });
    const own = await writeMyAspects(lead, await completeMyAssessment(lead, ROUND, SOLROSEN, { voice: 'Anna', submit: false }), 'Anna');
    await call(lead, 'assessment:submit', { assessmentId: own.id });
    await importFiles(lead, {
      'bilal.kvbedomning': assessmentBytes(round, { prizes: prizeAssessments(round, SOLROSEN), key: newKey() }),
      'cecilia.kvbedomning': assessmentBytes(round, { author: { examinerId: 'e-cecilia', name: 'Cecilia Ek' }, prizes: prizeAssessments(round, SOLROSEN), key: newKey() }),
    });
    const started = await call(lead, 'consensus:start', { roundId: ROUND, contestantId: SOLROSEN });
    const assessmentId = started.editable!.id;
    const bilal = started.sources.find((s) => s.examinerId === 'e-bilal')!;
    expect(aspectRows(bilal.criteria).map((c) => c.criterionId)).toEqual(['prize:framsteget:nytt', 'prize:framsteget:skapar-varde', 'prize:framsteget:anvands']);
    const anna = started.sources.find((s) => s.examinerId === 'e-anna')!;
    for (const own of anna.criteria) {
      for (const kind of ['strength', 'improvement'] as const) {
        const comment = (kind === 'strength' ? own.strengths : own.improvements)[0]!;
        const theirs = bilal.criteria.find((c) => c.criterionId === own.criterionId)!;
        const picks = [{ examinerId: 'e-anna', commentId: comment.id }];
        // On an aspect, Bilal's strength is merged with Anna's: two sources on one comment.
        if (isAspectKey(own.criterionId) && kind === 'strength') picks.push({ examinerId: 'e-bilal', commentId: theirs.strengths[0]!.id });
        await call(lead, 'consensus:take', { assessmentId, criterionId: own.criterionId, kind, picks });
      }
      if (!isAspectKey(own.criterionId)) await call(lead, 'consensus:set-discussed', { assessmentId, criterionId: own.criterionId, discussed: true });
    }
    await call(lead, 'consensus:set-team', { assessmentId, change: { field: 'summary', value: 'Verksamheten har tydliga mål.' } });
    await call(lead, 'consensus:set-team', { assessmentId, change: { field: 'siteVisit', value: false } });
    await call(lead, 'assessment:submit', { assessmentId });
    const team = await exported(lead, assessmentId, false);
    if (team.file.stage !== 'consensus') throw new Error('expected a consensus file');
    expect(team.file.criteria.some((c) => isAspectKey(c.criterionId))).toBe(false);
    const nytt = team.file.prizes![0]!.aspects[0]!;
    expect(nytt.aspectId).toBe('nytt');
    expect(nytt.strengths).toHaveLength(1);
    expect(nytt.strengths[0]!.sources!.map((s) => [s.examinerId, s.initials])).toEqual([
      ['e-anna', 'AL'],
      ['e-bilal', 'BH'],
    ]);
    expect(nytt.strengths[0]!.evidence.length).toBeGreaterThan(0);
    // The lead's own submitted assessment, as the reports and the jury read it, is the file the export made.
    const publicKey = (await call(lead, 'identity:get', {})).publicKeyPem;
    const facts = getRound(lead.context.store.db, ROUND);
    const result = teamResults(lead.context.store.db, facts, storeIndependenceSource(() => lead.context.store.db), publicKey).get(SOLROSEN)!;
    if (result.status !== 'shown') throw new Error(result.reason);
    const { signature: _signature, ...unsigned } = team.file;
    expect(result.file).toEqual(unsigned);

    const { core: member } = await exchangeCore({ round: 'prizes' });
    await call(member, 'round:choose-examiner', { roundId: ROUND, examinerId: 'e-bilal', change: false });
    expect((await importFiles(member, { [team.name]: team.bytes })).applied.map((a) => a.status)).toEqual(['added']);
    const mine = await writeMyAspects(member, await completeMyAssessment(member, ROUND, SOLROSEN, { voice: 'Bilal', submit: false }), 'Bilal');
    await call(member, 'assessment:submit', { assessmentId: mine.id });
    const shown = await call(member, 'consensus:open', { roundId: ROUND, contestantId: SOLROSEN });
    expect(aspectRows(shown.assessment!.criteria)).toEqual(teamPrizeRows(team.file.prizes));
    const stored = await storedFile(member, { contestantId: SOLROSEN, stage: 'consensus', examinerId: 'e-anna' });
    expect(stored.prizes).toEqual(team.file.prizes);
  });
});
