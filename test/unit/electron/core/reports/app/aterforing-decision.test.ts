/**
 * The jury's final decision in the återföringsrapport made in the app: on
 * stadsledningskontoret's computer once the final decision is exported, on a
 * team lead's once the signed file is imported — and nothing about it before,
 * after a first meeting only, or for a contestant of another class.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import type { Core } from '../../../../../../electron/core';
import { generateKeyPair } from '../../../../../../electron/core/packages/keys';
import { call } from '../../../../../helpers/core';
import { handOver, LINDGARDEN, ROUND, SOLROSEN } from '../../../../../helpers/exchange';
import { officeHoldingTeamFiles } from '../../../../../helpers/team-files';
import { tempDir } from '../../../../../helpers/temp';
import { normalise, readPdf } from '../read-pdf';

const office = generateKeyPair();
const CITATION = 'För ett systematiskt förbättringsarbete där barnens röster formar verksamheten.';

function keyFile(core: Core) {
  const path = join(tempDir(), 'kontoret.key.pem');
  writeFileSync(path, office.privatePem);
  return core.context.files.register(path).id;
}

async function aterforing(core: Core, contestantId: string) {
  const preview = await call(core, 'report:preview', { roundId: ROUND, item: { kind: 'aterforing', contestantId }, options: { appendix: false, anonymous: false, meeting: 'final' } });
  return (await readPdf(Buffer.from(preview.base64, 'base64'))).text;
}

async function decide(core: Core, meeting: 'first' | 'final') {
  const at = { roundId: ROUND, meeting };
  const entry = (contestantId: string) => ({ ...at, awardKind: 'class' as const, awardId: 'forskola', contestantId });
  await call(core, 'decision:save-meeting', { ...at, meetingDate: meeting === 'first' ? '2027-02-10' : '2027-03-15', members: ['Karin Ek'] });
  if (meeting === 'first') {
    await call(core, 'decision:set-entry', { ...entry(SOLROSEN), siteVisit: true, note: 'Jury-anteckning om platsbesöket.' });
    await call(core, 'decision:set-entry', { ...entry(LINDGARDEN), siteVisit: false });
  } else {
    await call(core, 'decision:set-entry', { ...entry(SOLROSEN), decision: 'winner', citation: CITATION });
    await call(core, 'decision:set-entry', { ...entry(LINDGARDEN), decision: 'none' });
  }
  return call(core, 'decision:export', { ...at, keyFileId: keyFile(core) });
}

describe("the jury's decision in the återföringsrapport", () => {
  it("on stadsledningskontoret's computer: nothing until the final decision is exported, then the decision with its citation", async () => {
    const core = await officeHoldingTeamFiles();
    await decide(core, 'first');
    const before = normalise(await aterforing(core, SOLROSEN));
    expect(before).not.toMatch(/Domarkommitténs beslut|Domarkommitténs motivering|Domarkommittén fattade/);
    expect(before).not.toContain('Jury-anteckning');

    // Decided but not exported: still nothing.
    await call(core, 'decision:save-meeting', { roundId: ROUND, meeting: 'final', meetingDate: '2027-03-15', members: ['Karin Ek'] });
    await call(core, 'decision:set-entry', { roundId: ROUND, meeting: 'final', awardKind: 'class', awardId: 'forskola', contestantId: SOLROSEN, decision: 'winner', citation: CITATION });
    expect(normalise(await aterforing(core, SOLROSEN))).not.toContain('Domarkommitténs beslut');

    await decide(core, 'final');
    const won = normalise(await aterforing(core, SOLROSEN));
    const order = [
      'Om återföringen',
      'Domarkommitténs beslut',
      'Domarkommittén fattade sitt beslut om tävlingsklassen Förskola den 15 mars 2027.',
      'Förskolan Solrosen är klassens vinnare',
      'Domarkommitténs motivering',
      CITATION,
    ].map((part) => won.indexOf(normalise(part)));
    expect(order.every((at, i) => at > (order[i - 1] ?? -1)), order.join(' < ')).toBe(true);

    const none = normalise(await aterforing(core, LINDGARDEN));
    expect(none).toContain('Lindgårdens vård- och omsorgsboende fick inte utmärkelsen den här gången.');
    expect(none).not.toContain('Domarkommitténs motivering');
    expect(none).not.toContain(normalise(CITATION));

    // The Word edition says the same.
    const saved = (await call(core, 'report:create-word', { roundId: ROUND, contestantId: SOLROSEN }))!;
    const { value: html } = await mammoth.convertToHtml({ path: saved.path });
    expect(html).toMatch(/<h1>Domarkommitténs beslut<\/h1><p>Domarkommittén fattade sitt beslut om tävlingsklassen Förskola den 15 mars 2027\. Förskolan Solrosen är klassens vinnare/);
    expect(html).toContain(`<h2>Domarkommitténs motivering</h2><p><em>${CITATION}</em></p>`);
  });

  it("on a computer that receives the decision (as a team lead's does): the imported final file, verified; a first meeting's file says nothing", async () => {
    const desk = await officeHoldingTeamFiles();
    const first = (await decide(desk, 'first'))!;
    const final = (await decide(desk, 'final'))!;

    const lead = await officeHoldingTeamFiles();
    lead.context.store.db.prepare('INSERT INTO trusted_keys (key_id, public_key, label, added_at) VALUES (?, ?, ?, ?)').run(final.keyId, office.publicPem, 'Stadsledningskontoret', '2027-01-01T00:00:00Z');
    const [firstFile, finalFile] = handOver(lead, { 'forsta.kvbeslut': readFileSync(first.path), 'slut.kvbeslut': readFileSync(final.path) });
    await call(lead, 'decision:import', { fileId: firstFile!.fileId });
    expect(normalise(await aterforing(lead, SOLROSEN))).not.toContain('Domarkommitténs beslut');
    await call(lead, 'decision:import', { fileId: finalFile!.fileId });
    const text = normalise(await aterforing(lead, SOLROSEN));
    expect(text).toContain('Förskolan Solrosen är klassens vinnare');
    expect(text).toContain(normalise(CITATION));

    // A signer no longer trusted here: the letter says nothing rather than something unverified.
    lead.context.store.db.prepare('DELETE FROM trusted_keys WHERE key_id = ?').run(final.keyId);
    expect(normalise(await aterforing(lead, SOLROSEN))).not.toContain('Domarkommitténs beslut');
  });
});
