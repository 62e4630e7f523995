/**
 * `examinator report beslut`: the beslutsprotokoll of each meeting, read back
 * with pdftotext — date, members, every decision and citation, the basis
 * lines — and refused for a decision that does not belong to the round.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../../../electron/cli/program';
import { readRoundBundle } from '../../../../../electron/core/rounds/round-bundle-read';
import { examplePrivateKey, exampleTrust } from '../../../../helpers/bundles';
import { decisionBytes, finalMeetingContent, firstMeetingContent, type DecisionRoundIds } from '../../../../helpers/decisions';
import { pdfText } from '../../../../helpers/pdf';
import { samplePath } from '../../../../helpers/samples';
import { tempDir } from '../../../../helpers/temp';

async function sampleIds(): Promise<DecisionRoundIds> {
  const sample = await readRoundBundle(samplePath.round, exampleTrust());
  return { roundId: sample.manifest.round.id, packageId: sample.criteria.package.id, packageRevision: sample.criteria.package.revision, packageSha256: sample.criteria.sha256 };
}

async function protokoll(bytes: Buffer) {
  const dir = tempDir();
  const decision = join(dir, 'beslut.kvbeslut');
  writeFileSync(decision, bytes);
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(['report', 'beslut', '--round', samplePath.round, '--decision', decision, '--out', join(dir, 'p.pdf'), '--date', '2027-03-16', '--deterministic'], {
    out: (t) => void out.push(t),
    err: (t) => void err.push(t),
  });
  return { code, out: out.join('\n'), err: err.join('\n'), pdf: join(dir, 'p.pdf') };
}

describe('report beslut', () => {
  it('the final meeting: members, each decision with its citation, no winner said, the basis', async () => {
    const run = await protokoll(decisionBytes(finalMeetingContent(await sampleIds()), examplePrivateKey()));
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/^Beslutsprotokoll slutmötet 2027-03-15 är sparat i .*p\.pdf \(\d+ sidor?, .*\): 2 klasser och priser, 1 teamfiler i underlaget\.$/);
    const text = pdfText(run.pdf);
    expect(text).toContain('Beslutsprotokoll Slutmötet: beslut om vinnare');
    expect(text).toContain('Mötesdatum 15 mars 2027');
    expect(text).toContain('Ledamöter Karin Ek och Per Berg');
    expect(text).toContain('Övningsmaterial');
    expect(text).toMatch(/Beslutsfil revision 1, signerad med nyckel d03a d662 2c34 aeb4 Beslutsfilens SHA-256 [0-9a-f]{64}/);
    expect(text).toMatch(/Tävlingsklass: Förskola .*Förskolan Solrosen Vinnare För ett systematiskt förbättringsarbete som når varje barn\./);
    expect(text).toMatch(/Tävlingsklass: Äldreomsorg \(inklusive myndighetsutövning\) Domarkommittén utsåg ingen vinnare i klassen\. .*Lindgårdens vård- och omsorgsboende Inget pris –/);
    expect(text).toContain(`Förskolan Solrosen: Teamets konsensus, revision 2, av Anna Lind SHA-256 ${'c'.repeat(64)} · nyckel dddd dddd dddd dddd`);
  });

  it('the first meeting: site visits chosen, with the jury\'s note', async () => {
    const run = await protokoll(decisionBytes(firstMeetingContent(await sampleIds()), examplePrivateKey()));
    expect(run.code).toBe(0);
    const text = pdfText(run.pdf);
    expect(text).toContain('Första mötet: val av platsbesök');
    expect(text).toMatch(/Förskolan Solrosen Platsbesök Tydligast resultat i klassen/);
    expect(text).toMatch(/Lindgårdens vård- och omsorgsboende Inget platsbesök –/);
  });

  it('a decision for another round is refused and no PDF is written', async () => {
    const run = await protokoll(decisionBytes({ ...firstMeetingContent(await sampleIds()), round: { id: 'ku-2025' } }, examplePrivateKey()));
    expect(run.code).toBe(1);
    expect(run.err).toContain('Fel: Beslutsfilen gäller omgången ku-2025, inte ku-2026-ovning. Beslutet togs inte emot.');
    expect(existsSync(run.pdf)).toBe(false);
  });
});
