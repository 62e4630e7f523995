import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createDispatch } from '../../../../../electron/core/dispatch';
import { exchangeHandlers } from '../../../../../electron/core/exchange/handlers';
import type { IndependenceSource, Viewer } from '../../../../../electron/core/exchange/independence';
import { csvField } from '../../../../../electron/core/exchange/jury-export';
import type { Args, Channel, Result } from '../../../../../shared/contract';
import type { JuryRow } from '../../../../../shared/contract/exchange';
import { AppError } from '../../../../../shared/errors';
import { call } from '../../../../helpers/core';
import { completeMyAssessment } from '../../../../helpers/scoring';
import { exchangeCore, importFiles, LINDGARDEN, ROUND, SOLROSEN } from '../../../../helpers/exchange';
import { consensusBytes } from '../../../../helpers/team-files';

/** Stadsledningskontoret's computer with both teams' consensus files imported, and a dispatch whose gate says `viewer`. */
async function juryCore(viewer: Viewer, submitted = false) {
  const { core, facts } = await exchangeCore({ round: 'two-teams' });
  const result = await importFiles(core, {
    'solrosen.kvbedomning': consensusBytes(facts, SOLROSEN, 'e-anna', { 'e-anna': 0, 'e-bilal': 1, 'e-cecilia': 3 }, false),
    'lindgarden.kvbedomning': consensusBytes(facts, LINDGARDEN, 'e-david', { 'e-david': 5, 'e-erik': 2 }, true),
  });
  expect(result.applied.map((a) => a.status)).toEqual(['added', 'added']);
  const source: IndependenceSource = { viewer: () => viewer, isMyIndividualSubmitted: () => submitted };
  const dispatch = createDispatch({ ...core.handlers, ...exchangeHandlers(core.context, source) });
  const gated = async <C extends Channel>(channel: C, args: Args<C>): Promise<Result<C>> => {
    const envelope = await dispatch(channel, args);
    if (!envelope.ok) throw new AppError(envelope.error.code, envelope.error.message);
    return envelope.value as Result<C>;
  };
  return { core, facts, gated };
}

describe('the jury overview', () => {
  it('ranks each class by total weighted points with consensus scores, spread and recommendation', async () => {
    const { gated } = await juryCore({ kind: 'office' });
    const overview = await gated('jury:overview', { roundId: ROUND });
    expect(overview.classes.map((c) => c.title)).toEqual(['Förskola']);
    const [lindgarden, solrosen] = overview.classes[0]!.rows as [JuryRow, JuryRow];
    expect(lindgarden).toMatchObject({ status: 'shown', name: 'Lindgårdens vård- och omsorgsboende', code: 'B', rank: 1, total: 548.5, maxPoints: 1000, stage: 'consensus', recommendation: { siteVisit: true, nomination: 'winner' } });
    expect(solrosen).toMatchObject({ status: 'shown', code: 'A', rank: 2, total: 323.5 });
    if (solrosen.status !== 'shown') throw new Error('expected shown');
    expect(solrosen.criteria[0]).toEqual({
      criterionId: '1.1',
      score: 0,
      spread: 30,
      individual: [{ examinerId: 'e-anna', score: 0 }, { examinerId: 'e-bilal', score: 10 }, { examinerId: 'e-cecilia', score: 30 }],
    });
  });

  it('exports every score to Excel (read back with exceljs) and to CSV for Swedish Excel, names hidden on request', async () => {
    const { core, gated } = await juryCore({ kind: 'office' });
    const xlsx = await gated('jury:export', { roundId: ROUND, format: 'xlsx', hideNames: false });
    expect(xlsx!.fileName).toBe('2026-ku-2026-ovning-poang.xlsx');
    expect(xlsx!.path.startsWith(core.context.paths.dataDir)).toBe(true);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(xlsx!.path) as unknown as ArrayBuffer);
    const ranking = workbook.getWorksheet('Rangordning')!;
    expect(ranking.getRow(1).values).toEqual([undefined, 'Tävlingsklass', 'Plats', 'Tävlande', 'Team', 'Underlag', 'Totalt', 'Max', '1.1', '1.2', '2.1', '2.2', '2.3', '3.1', '3.2', '4.1', '4.2', '5.1', '5.2', '6.1', '6.2', '6.3', 'Platsbesök', 'Teamets förslag']);
    expect((ranking.getRow(2).values as unknown[]).slice(1, 9)).toEqual(['Förskola', 1, 'Lindgårdens vård- och omsorgsboende', 'David Bergs team', 'Konsensus', 548.5, 1000, 50]);
    expect((ranking.getRow(2).values as unknown[]).slice(-2)).toEqual(['Ja', 'Vinnare']);
    const all = workbook.getWorksheet('Alla poäng')!;
    // Per criterion: the consensus row and one row per examiner (2 contestants × 14 criteria × (1 + members)).
    expect(all.rowCount).toBe(1 + 14 * (1 + 3) + 14 * (1 + 2));
    expect((all.getRow(2).values as unknown[]).slice(1)).toEqual(['Förskola', 'Lindgårdens vård- och omsorgsboende', 'David Bergs team', 'Konsensus', 1, '1.1', expect.any(String), 'Konsensus', 'Teamet', 50, 37.5]);
    expect((all.getRow(3).values as unknown[]).slice(8, 12)).toEqual(['Individuell', 'David Berg', 50, 37.5]);

    const csv = await gated('jury:export', { roundId: ROUND, format: 'csv', hideNames: true });
    expect(csv!.fileName).toBe('2026-ku-2026-ovning-poang-kodade.csv');
    const bytes = readFileSync(csv!.path);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).split('\r\n');
    expect(lines[0]).toBe('Tävlingsklass;Tävlande;Team;Underlag;Revision;Kriterium;Kriterienamn;Bedömning;Examinator;Poäng;Viktade poäng');
    expect(lines[1]).toMatch(/^Förskola;B;David Bergs team;Konsensus;1;1\.1;[^;]+;Konsensus;Teamet;50;37,5$/);
    // An examiner's own score is labelled as theirs, never as the team's stage.
    expect(lines[2]).toMatch(/^Förskola;B;David Bergs team;Individuell;;1\.1;[^;]+;Individuell;David Berg;50;37,5$/);
    expect(lines.join('\n')).not.toContain('Lindgården');
    expect(lines.filter((l) => l !== '')).toHaveLength(1 + 14 * 4 + 14 * 3);
  });

  it('CSV fields: quoting, decimal commas, no formulas', () => {
    expect(csvField('Vård; omsorg')).toBe('"Vård; omsorg"');
    expect(csvField('Säger "hej"')).toBe('"Säger ""hej"""');
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvField(52.25)).toBe('52,25');
    expect(csvField(1000)).toBe('1000');
    expect(csvField(null)).toBe('');
  });
});

describe('independence in the core', () => {
  it('shows nothing received until my own individual assessment is submitted — the team lead included', async () => {
    const lead = await juryCore({ kind: 'examiner', examinerId: 'e-anna' }, false);
    const overview = await lead.gated('jury:overview', { roundId: ROUND });
    const solrosen = overview.classes[0]!.rows.find((r) => r.contestantId === SOLROSEN)!;
    expect(solrosen).toEqual({
      status: 'hidden',
      contestantId: SOLROSEN,
      name: 'Förskolan Solrosen',
      code: 'A',
      teamId: 'lag-1',
      teamName: 'Anna Linds team',
      reason: 'Medbedömarnas poäng och kommentarer visas först när du har lämnat in din egen individuella bedömning.',
    });
    expect(JSON.stringify(overview)).not.toMatch(/"score"|"total"|"individual"|"recommendation"/);
    // Another team's contestant is not mine to see either.
    expect(overview.classes[0]!.rows.find((r) => r.contestantId === LINDGARDEN)).toMatchObject({ status: 'hidden', reason: expect.stringMatching(/bedöms av ett annat team/) });
    await expect(lead.gated('jury:export', { roundId: ROUND, format: 'csv', hideNames: false })).rejects.toThrow(/Det finns inga poäng att exportera/);
    // Arrival is always visible: author, stage, revision, dates — and nothing else.
    const received = await lead.gated('assessment:received', { roundId: ROUND });
    expect(received).toHaveLength(2);
    expect(Object.keys(received[0]!).sort()).toEqual(['contestantId', 'contestantName', 'earlierRevisions', 'examinerId', 'examinerName', 'exportedAt', 'importedAt', 'keyId', 'revision', 'stage']);

    const submitted = await juryCore({ kind: 'examiner', examinerId: 'e-anna' }, true);
    const after = await submitted.gated('jury:overview', { roundId: ROUND });
    expect(after.classes[0]!.rows.find((r) => r.contestantId === SOLROSEN)).toMatchObject({ status: 'shown', rank: 1 });
  });

  it('through the real gate: nothing before the user says who they are, everything for stadsledningskontoret, a member\'s own team after their own submission', async () => {
    const { core } = await juryCore({ kind: 'unknown' });
    const statuses = async () => (await call(core, 'jury:overview', { roundId: ROUND })).classes[0]!.rows.map((r) => [r.contestantId, r.status]);
    const overview = await call(core, 'jury:overview', { roundId: ROUND });
    expect(overview.classes[0]!.rows.map((r) => r.status)).toEqual(['hidden', 'hidden']);
    expect(overview.classes[0]!.rows[0]).toMatchObject({ reason: 'Välj först vem du är i omgången. Innan dess visas inga poäng eller kommentarer från andra.' });
    await expect(call(core, 'jury:export', { roundId: ROUND, format: 'xlsx', hideNames: false })).rejects.toThrow(/Det finns inga poäng att exportera/);

    await call(core, 'round:choose-office', { roundId: ROUND, change: false });
    expect(await statuses()).toEqual([[LINDGARDEN, 'shown'], [SOLROSEN, 'shown']]);
    expect((await call(core, 'round:my-status', { roundId: ROUND })).identity).toMatchObject({ role: 'stadsledningskontoret', examinerId: null, choices: 1 });

    // Changing to Erik (team 2) is deliberate; he sees neither before submitting, and never the other team's.
    await expect(call(core, 'round:choose-examiner', { roundId: ROUND, examinerId: 'e-erik', change: false })).rejects.toThrow(/från stadsledningskontoret/);
    await call(core, 'round:choose-examiner', { roundId: ROUND, examinerId: 'e-erik', change: true });
    expect((await statuses()).map(([, status]) => status)).toEqual(['hidden', 'hidden']);
    await completeMyAssessment(core, ROUND, LINDGARDEN, { voice: 'Erik' });
    const rows = (await call(core, 'jury:overview', { roundId: ROUND })).classes[0]!.rows;
    expect(rows.map((r) => [r.contestantId, r.status])).toEqual([[LINDGARDEN, 'shown'], [SOLROSEN, 'hidden']]);
    expect(rows.find((r) => r.contestantId === SOLROSEN)).toMatchObject({ reason: 'Den tävlande bedöms av ett annat team; deras poäng och kommentarer visas inte här.' });
  });

  it('lists a contestant without a consensus file as missing', async () => {
    const { core, facts } = await exchangeCore({ round: 'two-teams' });
    await importFiles(core, { 'l.kvbedomning': consensusBytes(facts, LINDGARDEN, 'e-david', { 'e-david': 1 }, false) });
    const dispatch = createDispatch({ ...core.handlers, ...exchangeHandlers(core.context, { viewer: () => ({ kind: 'office' }), isMyIndividualSubmitted: () => false }) });
    const envelope = await dispatch('jury:overview', { roundId: ROUND });
    if (!envelope.ok) throw new Error(envelope.error.message);
    const rows = (envelope.value as Result<'jury:overview'>).classes[0]!.rows;
    expect(rows.map((r) => [r.contestantId, r.status])).toEqual([[LINDGARDEN, 'shown'], [SOLROSEN, 'missing']]);
  });
});
