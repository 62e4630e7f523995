import { readFileSync } from 'node:fs';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import type { ReportOptions } from '../../../../../../shared/contract/reports';
import { call } from '../../../../../helpers/core';
import { exchangeCore, handOver, importFiles, ROUND, SOLROSEN } from '../../../../../helpers/exchange';
import { readRoundBundle } from '../../../../../../electron/core/rounds/round-bundle-read';
import { examplePrivateKey, exampleTrust } from '../../../../../helpers/bundles';
import { decisionBytes, finalMeetingContent } from '../../../../../helpers/decisions';
import { samplePath } from '../../../../../helpers/samples';
import { completeMyAssessment } from '../../../../../helpers/scoring';
import { completeConsensus, leadWithTeam } from '../../consensus/fixture';
import { readPdf } from '../read-pdf';

const OPTIONS: ReportOptions = { appendix: true, anonymous: false, meeting: 'final' };

/** The lead has a submitted consensus for Solrosen; returns the core and the exported file's bytes. */
async function leadWithConsensus() {
  const fixture = await leadWithTeam();
  const id = (await call(fixture.core, 'consensus:start', { roundId: ROUND, contestantId: SOLROSEN })).editable!.id;
  await completeConsensus(fixture.core, id);
  await call(fixture.core, 'assessment:set-score', { assessmentId: id, criterionId: '1.1', score: 30 });
  await call(fixture.core, 'assessment:submit', { assessmentId: id });
  const exported = (await call(fixture.core, 'assessment:export', { assessmentId: id, includePrivateNotes: false }))!;
  return { ...fixture, consensusId: id, consensusFile: readFileSync(exported.path), consensusName: exported.fileName };
}

describe('reports in the app', () => {
  it('lists what can be made now: the team\'s reports once consensus is submitted, my own individual one, the class overview', async () => {
    const { core } = await leadWithConsensus();
    const catalog = await call(core, 'report:list', { roundId: ROUND });
    expect(catalog).toMatchObject({ roundTitle: 'Kvalitetsutmärkelsen 2026 – övningsomgång', exampleMaterial: true });
    const byTitle = Object.fromEntries(catalog.items.map((i) => [i.title, i]));
    expect(byTitle['Bedömning – Förskolan Solrosen']).toMatchObject({ unavailable: null, stage: 'consensus', basis: 'teamets konsensusbedömning, revision 1, från Anna Lind' });
    expect(byTitle['Återföringsrapport – Förskolan Solrosen']!.unavailable).toBeNull();
    expect(byTitle['Min individuella bedömning – Förskolan Solrosen']).toMatchObject({ unavailable: null, stage: 'individual' });
    expect(byTitle['Bedömning – Lindgårdens vård- och omsorgsboende']!.unavailable).toMatch(/först när du har lämnat in din egen individuella bedömning/);
    expect(byTitle['Sammanställning – Förskola']).toMatchObject({ unavailable: null, basis: '1 av 1 tävlande med teamets bedömning' });
  });

  it('makes the bedömning from the team\'s submitted consensus, with its scores and the appendix, saved as a PDF', async () => {
    const { core } = await leadWithConsensus();
    const preview = await call(core, 'report:preview', { roundId: ROUND, item: { kind: 'bedomning', contestantId: SOLROSEN, basis: 'team' }, options: OPTIONS });
    expect(preview.pages).toBeGreaterThan(3);
    expect(Buffer.from(preview.base64, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
    const created = (await call(core, 'report:create', { roundId: ROUND, item: { kind: 'bedomning', contestantId: SOLROSEN, basis: 'team' }, options: OPTIONS }))!;
    expect(created.fileName).toBe('2026-bedomning-forskolan-solrosen.pdf');
    const pdf = await readPdf(readFileSync(created.path));
    expect(pdf.pages).toHaveLength(created.pages);
    expect(pdf.text).toContain('Förskolan Solrosen');
    expect(pdf.text).toContain('Målgruppernas behov och förväntningar');
    expect(pdf.text).toContain('Spårbarhetsbilaga');
    expect(pdf.text).toContain('Sida 1 av');
    expect(pdf.text).not.toContain('Min hemliga tanke');
  });

  it('saves the återföringsrapport as a Word document, and nothing private in it', async () => {
    const { core } = await leadWithConsensus();
    const saved = (await call(core, 'report:create-word', { roundId: ROUND, contestantId: SOLROSEN }))!;
    expect(saved.fileName).toBe('2026-aterforingsrapport-forskolan-solrosen.docx');
    const { value: html } = await mammoth.convertToHtml({ path: saved.path });
    expect(html).toContain('<h1>Om återföringen</h1>');
    expect(html).toContain('<h2>1.1 Målgruppernas behov och förväntningar</h2>');
    expect(html).not.toContain('Min hemliga tanke');
  });

  it('batches into a chosen folder, one report at a time, and keeps private notes out of the återföringsrapport', async () => {
    const { core } = await leadWithConsensus();
    const folder = (await call(core, 'report:choose-folder', {}))!;
    expect(folder.path).toMatch(/exporter$/);
    const items = [
      { kind: 'aterforing', contestantId: SOLROSEN },
      { kind: 'bedomning', contestantId: SOLROSEN, basis: 'individual' },
      { kind: 'sammanstallning', classId: 'forskola' },
    ] as const;
    const made = [];
    for (const item of items) made.push((await call(core, 'report:create', { roundId: ROUND, item, options: { ...OPTIONS, anonymous: true }, folderId: folder.folderId }))!);
    expect(made.map((m) => m.fileName)).toEqual([
      '2026-aterforingsrapport-forskolan-solrosen.pdf',
      '2026-bedomning-forskolan-solrosen-individuell-anna-lind.pdf',
      '2026-sammanstallning-forskola-slutmotet-kodad.pdf',
    ]);
    const feedback = await readPdf(readFileSync(made[0]!.path));
    expect(feedback.text).toContain('Följ upp resultaten per termin.');
    expect(feedback.text).not.toContain('Min hemliga tanke');
    const individual = await readPdf(readFileSync(made[1]!.path));
    expect(individual.text).toMatch(/individuell/i);
    const overview = await readPdf(readFileSync(made[2]!.path));
    const metadata = JSON.stringify(overview.info) + JSON.stringify(overview.xmp?.get('dc:title'));
    for (const name of ['Solrosen', 'Norrby', 'Anna Lind', 'Bilal Haddad', 'Cecilia Ek']) {
      expect(overview.text).not.toContain(name);
      expect(metadata).not.toContain(name);
    }
    expect(overview.text).toMatch(/Tävlande A: Teamets konsensus, revision 1 SHA-256/);
    await expect(call(core, 'report:create', { roundId: ROUND, item: items[0], options: OPTIONS, folderId: 'nope' })).rejects.toThrow('Mappen är inte längre vald');
  });

  it('makes the first meeting\'s edition on consensus only, and shows the jury\'s final decision once it has come here, as the jury\'s', async () => {
    const { core } = await leadWithConsensus();
    const item = { kind: 'sammanstallning', classId: 'forskola' } as const;
    const first = (await call(core, 'report:create', { roundId: ROUND, item, options: { ...OPTIONS, meeting: 'first' } }))!;
    expect(first.fileName).toBe('2026-sammanstallning-forskola-forsta-motet.pdf');
    const firstText = (await readPdf(readFileSync(first.path))).text;
    expect(firstText).toContain('Sammanställning inför domarkommitténs första möte');
    for (const word of ['Vinnare', 'Efter platsbesök', 'Domarkommitténs beslut']) expect(firstText).not.toContain(word);

    const undecided = (await readPdf(readFileSync((await call(core, 'report:create', { roundId: ROUND, item, options: OPTIONS }))!.path))).text;
    expect(undecided).toContain('Inget beslut ännu – bara teamens förslag visas');
    const sample = await readRoundBundle(samplePath.round, exampleTrust());
    const ids = { roundId: ROUND, packageId: sample.criteria.package.id, packageRevision: sample.criteria.package.revision, packageSha256: sample.criteria.sha256 };
    const [decision] = handOver(core, { 'slutmote.kvbeslut': decisionBytes(finalMeetingContent(ids), examplePrivateKey()) });
    await call(core, 'decision:import', { fileId: decision!.fileId });
    const decided = (await readPdf(readFileSync((await call(core, 'report:create', { roundId: ROUND, item, options: OPTIONS }))!.path))).text;
    expect(decided).toContain('Domarkommitténs signerade beslut från 15 mars 2027, revision 1');
    expect(decided).toContain('Teamets förslag Domarkommitténs beslut');
    expect(decided).toContain('1 Förskolan Solrosen Vinnare För ett systematiskt förbättringsarbete som når varje barn.');
    // The first meeting's edition stays without it.
    const firstAgain = (await readPdf(readFileSync((await call(core, 'report:create', { roundId: ROUND, item, options: { ...OPTIONS, meeting: 'first' } }))!.path))).text;
    expect(firstAgain).not.toContain('Vinnare');
  });

  it('follows the independence gate: a member gets the team\'s reports only after submitting, the office at once', async () => {
    const { consensusFile, consensusName } = await leadWithConsensus();
    const member = (await exchangeCore()).core;
    await call(member, 'round:choose-examiner', { roundId: ROUND, examinerId: 'e-bilal', change: false });
    await importFiles(member, { [consensusName]: consensusFile });
    const hidden = await call(member, 'report:list', { roundId: ROUND });
    expect(hidden.items.find((i) => i.title === 'Bedömning – Förskolan Solrosen')!.unavailable).toMatch(/först när du har lämnat in din egen/);
    await expect(call(member, 'report:create', { roundId: ROUND, item: { kind: 'aterforing', contestantId: SOLROSEN }, options: OPTIONS })).rejects.toThrow(/först när du har lämnat in/);
    await completeMyAssessment(member, ROUND, SOLROSEN, { voice: 'Bilal' });
    const shown = await call(member, 'report:list', { roundId: ROUND });
    expect(shown.items.find((i) => i.title === 'Bedömning – Förskolan Solrosen')!.unavailable).toBeNull();

    const office = (await exchangeCore()).core;
    await call(office, 'round:choose-office', { roundId: ROUND, change: false });
    await importFiles(office, { [consensusName]: consensusFile });
    const created = (await call(office, 'report:create', { roundId: ROUND, item: { kind: 'sammanstallning', classId: 'forskola' }, options: OPTIONS }))!;
    const pdf = await readPdf(readFileSync(created.path));
    expect(pdf.text).toContain('Förskolan Solrosen');
    expect(pdf.text).toContain('Sammanställning');
  });
});
