/**
 * The way back to the teams, through the real dispatch: a team lead previews
 * the jury's decision before anything is kept, imports it, and the same file
 * again changes nothing; the office's own export is held too, so the reports'
 * job makes the meeting's beslutsprotokoll from the signed file (read back).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fingerprint } from '../../../../../shared/fingerprint';
import { call } from '../../../../helpers/core';
import { EKBACKEN, exchangeCore, handOver, importFiles, LINDGARDEN, ROUND, SOLROSEN } from '../../../../helpers/exchange';
import { pdfText } from '../../../../helpers/pdf';
import { samplePath, EXAMPLE_KEY_ID } from '../../../../helpers/samples';
import { consensusBytes } from '../../../../helpers/team-files';
import { tempDir } from '../../../../helpers/temp';

async function officeWithFirstMeeting() {
  const { core, facts } = await exchangeCore({ round: 'jury' });
  await importFiles(core, {
    'solrosen.kvbedomning': consensusBytes(facts, SOLROSEN, 'e-anna', { 'e-anna': 0, 'e-bilal': 1 }, true),
    'ekbacken.kvbedomning': consensusBytes(facts, EKBACKEN, 'e-anna', { 'e-anna': 3, 'e-cecilia': 2 }, false),
    'lindgarden.kvbedomning': consensusBytes(facts, LINDGARDEN, 'e-david', { 'e-david': 5, 'e-erik': 2 }, false),
  });
  await call(core, 'round:choose-office', { roundId: ROUND, change: false });
  const meeting = { roundId: ROUND, meeting: 'first' as const };
  await call(core, 'decision:save-meeting', { ...meeting, meetingDate: '2027-02-10', members: ['Karin Ek', 'Per Berg'] });
  for (const [awardId, contestantId, siteVisit] of [['forskola', SOLROSEN, true], ['forskola', EKBACKEN, true], ['aldreomsorg', LINDGARDEN, false]] as const) {
    await call(core, 'decision:set-entry', { ...meeting, awardKind: 'class', awardId, contestantId, siteVisit });
  }
  return core;
}

describe('the jury decision back to the teams', () => {
  it('the office keeps its export and makes the protokoll of it through the reports job', async () => {
    const office = await officeWithFirstMeeting();
    expect((await call(office, 'report:list', { roundId: ROUND })).items.some((i) => i.ref.kind === 'beslutsprotokoll')).toBe(false);
    await expect(call(office, 'report:create', { roundId: ROUND, item: { kind: 'beslutsprotokoll', meeting: 'first' }, options: { appendix: false, anonymous: false } })).rejects.toThrow(
      'Inget signerat beslut från första mötet finns här. Exportera beslutet (eller importera beslutsfilen) först.',
    );
    const exported = await call(office, 'decision:export', { roundId: ROUND, meeting: 'first', keyFileId: office.context.files.register(samplePath.privateKey).id });
    expect((await call(office, 'decision:received', { roundId: ROUND })).map((d) => [d.meeting, d.revision])).toEqual([['first', 1]]);
    const item = (await call(office, 'report:list', { roundId: ROUND })).items.find((i) => i.ref.kind === 'beslutsprotokoll');
    expect(item).toMatchObject({ title: 'Beslutsprotokoll första mötet', basis: 'domarkommitténs beslut, revision 1, 2027-02-10', unavailable: null });
    const made = await call(office, 'report:create', { roundId: ROUND, item: item!.ref, options: { appendix: false, anonymous: false } });
    expect(made!.fileName).toBe('2026-beslutsprotokoll-forsta-motet-r1.pdf');
    const text = pdfText(made!.path);
    expect(text).toContain('Karin Ek');
    expect(text).toContain('Förskolan Ekbacken');
    expect(text).toContain(fingerprint(EXAMPLE_KEY_ID).slice(0, 20));

    // A team lead: the preview keeps nothing; the import does; the same file again changes nothing.
    const { core: lead } = await exchangeCore({ round: 'jury' });
    const [file] = handOver(lead, { 'beslut.kvbeslut': readFileSync(exported!.path) });
    const preview = await call(lead, 'decision:preview', { fileId: file!.fileId });
    expect(preview.held).toBe('new');
    expect(preview.decision).toMatchObject({ roundId: ROUND, meeting: 'first', meetingDate: '2027-02-10', members: ['Karin Ek', 'Per Berg'], signerFingerprint: fingerprint(EXAMPLE_KEY_ID) });
    expect(await call(lead, 'decision:received', { roundId: ROUND })).toEqual([]);
    const seen = await call(lead, 'decision:import', { fileId: file!.fileId });
    expect(seen.entries.map((e) => [e.name, e.siteVisit])).toEqual([['Förskolan Solrosen', true], ['Förskolan Ekbacken', true], ['Lindgårdens vård- och omsorgsboende', false]]);
    expect((await call(lead, 'decision:preview', { fileId: file!.fileId })).held).toBe('unchanged');
    expect(await call(lead, 'decision:import', { fileId: file!.fileId })).toEqual(seen);
    expect(await call(lead, 'decision:received', { roundId: ROUND })).toEqual([seen]);
  });

  it('a file that is not a decision is refused in Swedish at the preview, and nothing is kept', async () => {
    const { core: lead } = await exchangeCore({ round: 'jury' });
    const path = join(tempDir(), 'trasig.kvbeslut');
    writeFileSync(path, '{"format":"examinator.jury-decision"');
    await expect(call(lead, 'decision:preview', { fileId: lead.context.files.register(path).id })).rejects.toThrow(/Beslutsfilen/);
    expect(await call(lead, 'decision:received', { roundId: ROUND })).toEqual([]);
  });
});
