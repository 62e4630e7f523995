/**
 * Domarkommitténs arbetsyta through the real dispatch, on
 * stadsledningskontoret's computer holding both teams' consensus files: the
 * first meeting's ranking and choices, what is missing said, the export
 * refused until every contestant of the class has a decision, the signed file
 * verified as a receiver does, and a team lead importing it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Core } from '../../../../../electron/core';
import { verifyDecisionBytes } from '../../../../../electron/core/jury/decision-file';
import { generateKeyPair, readPublicKeyPem } from '../../../../../electron/core/packages/keys';
import { builtInKeys, commandLineKey, trustSet } from '../../../../../electron/core/packages/trust-store';
import { AppError } from '../../../../../shared/errors';
import { RESOURCES } from '../../../../helpers/bundles';
import { call } from '../../../../helpers/core';
import { exchangeCore, handOver, LINDGARDEN, ROUND, SOLROSEN } from '../../../../helpers/exchange';
import { officeHoldingTeamFiles } from '../../../../helpers/team-files';
import { tempDir } from '../../../../helpers/temp';

const office = generateKeyPair();
const keyFile = (core: Core) => {
  const path = join(tempDir(), 'kontoret.key.pem');
  writeFileSync(path, office.privatePem);
  return core.context.files.register(path).id;
};

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  if (!(error instanceof AppError)) throw new Error('expected a refusal');
  return error;
}

describe('the jury workspace', () => {
  it('is stadsledningskontoret\'s: an examiner is refused', async () => {
    const { core } = await exchangeCore({ round: 'two-teams' });
    await call(core, 'round:choose-examiner', { roundId: ROUND, examinerId: 'e-anna', change: false });
    expect((await refusal(call(core, 'decision:workspace', { roundId: ROUND, meeting: 'first' }))).code).toBe('decision-not-office');
  });

  it('ranks each class on consensus scores, with key points and what is missing', async () => {
    const core = await officeHoldingTeamFiles();
    const view = await call(core, 'decision:workspace', { roundId: ROUND, meeting: 'first' });
    expect(view.awards.map((a) => a.title)).toEqual(['Förskola']);
    const [first, second] = view.awards[0]!.entries;
    expect(first).toMatchObject({ name: 'Lindgårdens vård- och omsorgsboende', rank: 1, before: 548.5, after: null, stage: 'consensus', siteVisit: null, recommendation: { siteVisit: true } });
    expect(second).toMatchObject({ name: 'Förskolan Solrosen', rank: 2, before: 323.5, spread: expect.any(Number) });
    expect(first!.strengths.length).toBeGreaterThan(0);
    expect(view.awards[0]!.missing).toEqual(['Lindgårdens vård- och omsorgsboende: inget val om platsbesök.', 'Förskolan Solrosen: inget val om platsbesök.']);
  });

  it('exports only when every contestant has a choice; the file verifies and lists its basis', async () => {
    const core = await officeHoldingTeamFiles();
    const meeting = { roundId: ROUND, meeting: 'first' as const };
    await call(core, 'decision:save-meeting', { ...meeting, meetingDate: '2027-02-10', members: ['Karin Ek', 'Per Berg'] });
    await call(core, 'decision:set-entry', { ...meeting, awardKind: 'class', awardId: 'forskola', contestantId: LINDGARDEN, siteVisit: true, note: 'Starkast resultat' });
    const incomplete = await refusal(call(core, 'decision:export', { ...meeting, keyFileId: keyFile(core) }));
    expect(incomplete.message).toBe('Beslutet kan exporteras först när varje tävlande i klassen har val om platsbesök. Saknas: Förskola (Förskolan Solrosen).');
    await call(core, 'decision:set-entry', { ...meeting, awardKind: 'class', awardId: 'forskola', contestantId: SOLROSEN, siteVisit: false });
    const saved = await call(core, 'decision:export', { ...meeting, keyFileId: keyFile(core) });
    expect(saved).toMatchObject({ revision: 1, fileName: 'ku-2026-ovning-beslut-forsta-motet-r1.kvbeslut', exampleMaterial: false });
    const own = commandLineKey(readPublicKeyPem(Buffer.from(office.publicPem), 'pub'), 'kontoret', RESOURCES);
    const read = verifyDecisionBytes(readFileSync(saved!.path), trustSet(builtInKeys(RESOURCES), [own]));
    expect(read.file).toMatchObject({
      meeting: 'first',
      meetingDate: '2027-02-10',
      jury: [{ name: 'Karin Ek' }, { name: 'Per Berg' }],
      classes: [{ id: 'forskola', contestants: [{ contestant: LINDGARDEN, siteVisit: true, note: 'Starkast resultat' }, { contestant: SOLROSEN, siteVisit: false }] }],
      prizes: [],
    });
    expect(read.file.basis.map((b) => [b.contestant, b.stage, b.author.examinerId])).toEqual(
      expect.arrayContaining([[SOLROSEN, 'consensus', 'e-anna'], [LINDGARDEN, 'consensus', 'e-david']]),
    );
    expect((await call(core, 'decision:export', { ...meeting, keyFileId: keyFile(core) }))?.revision).toBe(2);
  });

  it('a winner needs a citation; a team lead imports the decision and sees it, and an older revision changes nothing', async () => {
    const core = await officeHoldingTeamFiles();
    const meeting = { roundId: ROUND, meeting: 'final' as const };
    const entry = (contestantId: string) => ({ ...meeting, awardKind: 'class' as const, awardId: 'forskola', contestantId });
    await call(core, 'decision:save-meeting', { ...meeting, meetingDate: '2027-03-15', members: ['Karin Ek'] });
    await call(core, 'decision:set-entry', { ...entry(LINDGARDEN), decision: 'winner' });
    await call(core, 'decision:set-entry', { ...entry(SOLROSEN), decision: 'honourable-mention', citation: 'För barnens inflytande.' });
    expect((await refusal(call(core, 'decision:set-entry', { ...entry(SOLROSEN), siteVisit: true }))).code).toBe('decision-wrong-meeting');
    const view = await call(core, 'decision:workspace', meeting);
    expect(view.awards[0]!.missing).toContain('Lindgårdens vård- och omsorgsboende: motivering saknas.');
    expect((await refusal(call(core, 'decision:export', { ...meeting, keyFileId: keyFile(core) }))).message).toMatch(/har beslut med motivering\. Saknas: Förskola \(Lindgårdens vård- och omsorgsboende\)\.$/);
    await call(core, 'decision:set-entry', { ...entry(LINDGARDEN), citation: 'För en omsorg som utgår från varje boende.' });
    const first = await call(core, 'decision:export', { ...meeting, keyFileId: keyFile(core) });
    const second = await call(core, 'decision:export', { ...meeting, keyFileId: keyFile(core) });

    const { core: lead } = await exchangeCore({ round: 'two-teams' });
    const [newer, older] = handOver(lead, { 'r2.kvbeslut': readFileSync(second!.path), 'r1.kvbeslut': readFileSync(first!.path) });
    // The office key is not trusted on the lead's computer until added.
    expect((await refusal(call(lead, 'decision:import', { fileId: newer!.fileId }))).code).toBe('untrusted-key');
    lead.context.store.db.prepare('INSERT INTO trusted_keys (key_id, public_key, label, added_at) VALUES (?, ?, ?, ?)').run(second!.keyId, office.publicPem, 'Stadsledningskontoret', '2027-01-01T00:00:00Z');
    const seen = await call(lead, 'decision:import', { fileId: newer!.fileId });
    expect(seen).toMatchObject({ meeting: 'final', revision: 2, members: ['Karin Ek'] });
    expect(seen.entries).toEqual([
      { contestantId: LINDGARDEN, name: 'Lindgårdens vård- och omsorgsboende', award: 'Förskola', siteVisit: null, decision: 'winner', text: 'För en omsorg som utgår från varje boende.' },
      { contestantId: SOLROSEN, name: 'Förskolan Solrosen', award: 'Förskola', siteVisit: null, decision: 'honourable-mention', text: 'För barnens inflytande.' },
    ]);
    expect((await refusal(call(lead, 'decision:import', { fileId: older!.fileId }))).message).toBe('Beslutet är revision 1, men revision 2 av samma möte finns redan här. Ingenting ändrades.');
    expect(await call(lead, 'decision:received', { roundId: ROUND })).toEqual([seen]);
  });
});
