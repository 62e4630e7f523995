import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../../../electron/cli/program';
import { readAssessmentFile } from '../../../../../electron/core/exchange/assessment-file';
import { readRoundBundle } from '../../../../../electron/core/rounds/round-bundle-read';
import { roundFactsFromManifest, type RoundFacts } from '../../../../../electron/core/rounds/model';
import { formatNumber } from '../../../../../shared/format';
import { assessmentBytes, individualCriteria, newKey } from '../../../../helpers/assessment-content';
import { exampleTrust } from '../../../../helpers/bundles';
import { EXAMPLE_KEY_ID, roundSource, samplePath } from '../../../../helpers/samples';
import { consensusBytes } from '../../../../helpers/team-files';
import { referenceSource } from '../../../../helpers/training';
import { readPdf } from '../../core/reports/read-pdf';

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (t) => void out.push(t), err: (t) => void err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const SOLROSEN = 'c-solrosen';
const referenceScore = (i: number) => (i % 5) * 20;
/** individualCriteria's scores: ((i + seed) % 11) * 10. */
const traineeScore = (i: number, seed: number) => ((i + seed) % 11) * 10;
const SEEDS: Record<string, number> = { 'e-bilal': 3, 'e-cecilia': 6 };

let dir: string;
let bundle: string;
let files: string;
let facts: RoundFacts;
const keys = { 'e-anna': newKey(), 'e-bilal': newKey(), 'e-cecilia': newKey() };

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'examinator-kalibrering-'));
  mkdirSync(join(dir, 'referenser'));
  files = join(dir, 'filer');
  mkdirSync(files);
  writeFileSync(join(dir, 'solrosen-facit.json'), JSON.stringify(referenceSource(SOLROSEN, referenceScore)));
  const signed = await cli('reference', 'sign', join(dir, 'solrosen-facit.json'), '--criteria', samplePath.package, '--key', samplePath.privateKey, '--out', join(dir, 'referenser', 'solrosen.kvbedomning'));
  expect(signed.err).toBe('');
  expect(signed.code).toBe(0);
  const source = roundSource();
  source.training = { references: [{ contestant: SOLROSEN, path: 'reference/solrosen.kvbedomning' }] };
  writeFileSync(join(dir, 'traning.json'), JSON.stringify(source));
  bundle = join(dir, 'traning.kvomgang');
  const built = await cli('round', 'build', join(dir, 'traning.json'), '--criteria', samplePath.package, '--documents', samplePath.documents, '--key', samplePath.privateKey, '--references', join(dir, 'referenser'), '--out', bundle);
  expect(built.err).toBe('');
  expect(built.out).toMatch(/2 tävlande, 1 team, 1 referensbedömningar\.$/);
  const verified = await readRoundBundle(bundle, exampleTrust());
  facts = roundFactsFromManifest(verified.manifest, verified.criteria, verified.example);
  const individual = (examinerId: keyof typeof keys, revision: number, seed: number) =>
    assessmentBytes(facts, { author: { examinerId, name: examinerId }, contestantId: SOLROSEN, revision, criteria: individualCriteria(facts, SOLROSEN, seed), key: keys[examinerId] });
  // Bilal's first revision scored everything as Cecilia does; only his second counts.
  writeFileSync(join(files, 'bilal-r1.kvbedomning'), individual('e-bilal', 1, SEEDS['e-cecilia']!));
  writeFileSync(join(files, 'bilal-r2.kvbedomning'), individual('e-bilal', 2, SEEDS['e-bilal']!));
  writeFileSync(join(files, 'cecilia.kvbedomning'), individual('e-cecilia', 1, SEEDS['e-cecilia']!));
  writeFileSync(join(files, 'konsensus.kvbedomning'), consensusBytes(facts, SOLROSEN, 'e-anna', { 'e-anna': 0, 'e-bilal': 3 }, false, keys['e-anna']));
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const criteria = () => individualCriteria(facts, SOLROSEN).map((c) => c.criterionId);
const mean = (values: readonly number[]) => values.reduce((a, b) => a + b, 0) / values.length;
/** Independently: the difference per criterion (0–100 scales, so percent = points on the scale). */
const differences = (seed: number) => criteria().map((_, i) => traineeScore(i, seed) - referenceScore(i));
const band = (score: number) => (score === 0 ? 0 : Math.ceil(score / 20));

describe('examinator reference sign and round build --references', () => {
  it('signs the reference as stadsledningskontoret with the round key; round verify lists it', async () => {
    const { file, keyId } = readAssessmentFile(readFileSync(join(dir, 'referenser', 'solrosen.kvbedomning')));
    expect(keyId).toBe(EXAMPLE_KEY_ID);
    expect(file).toMatchObject({ stage: 'consensus', author: { examinerId: 'stadsledningskontoret', name: 'Stadsledningskontoret' }, contestant: { id: SOLROSEN } });
    const verified = await cli('round', 'verify', bundle, '--json');
    expect(JSON.parse(verified.out).references).toEqual([{ contestant: SOLROSEN, path: 'reference/solrosen.kvbedomning', sha256: expect.stringMatching(/^[0-9a-f]{64}$/) }]);
    expect((await cli('round', 'verify', bundle)).out).toContain('Övningsomgång: 1 referensbedömningar, signerade med omgångens nyckel');
  });

  it('refuses a reference signed with another key than the round, and one missing from the folder', async () => {
    const other = join(dir, 'annan');
    mkdirSync(other);
    await cli('keygen', '--out', join(other, 'nyckel'));
    await cli('reference', 'sign', join(dir, 'solrosen-facit.json'), '--criteria', samplePath.package, '--key', join(other, 'nyckel', 'private.pem'), '--trust', samplePath.publicKey, '--out', join(other, 'solrosen.kvbedomning'));
    const refused = await cli('round', 'build', join(dir, 'traning.json'), '--criteria', samplePath.package, '--documents', samplePath.documents, '--key', samplePath.privateKey, '--references', other, '--out', join(other, 'x.kvomgang'));
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/Referensbedömningen reference\/solrosen\.kvbedomning är signerad med nyckeln [0-9a-f ]{19}, men omgången med d03a d662 2c34 aeb4/);
    const missing = await cli('round', 'build', join(dir, 'traning.json'), '--criteria', samplePath.package, '--documents', samplePath.documents, '--key', samplePath.privateKey, '--references', files, '--out', join(other, 'y.kvomgang'));
    expect(missing.err).toContain(`Referensbedömningen solrosen.kvbedomning (reference/solrosen.kvbedomning) finns inte i mappen ${files}.`);
    const without = await cli('round', 'build', join(dir, 'traning.json'), '--criteria', samplePath.package, '--documents', samplePath.documents, '--key', samplePath.privateKey, '--out', join(other, 'z.kvomgang'));
    expect(without.err).toContain('bygg den med "examinator round build --references <mapp>"');
  });
});

describe('examinator report kalibrering', () => {
  it('writes one trainee\'s kalibreringsrapport whose numbers match an independent computation', async () => {
    const result = await cli('report', 'kalibrering', '--round', bundle, '--assessment', join(files, 'bilal-r2.kvbedomning'), '--out', join(dir, 'bilal.pdf'), '--date', '2026-10-01', '--deterministic', '--json');
    expect(result.code).toBe(0);
    const { comparison, path, pages } = JSON.parse(result.out);
    const d = differences(SEEDS['e-bilal']!);
    const mad = mean(d.map(Math.abs));
    expect(comparison.summary.meanAbsoluteDeviation).toBeCloseTo(mad, 10);
    expect(comparison.summary.bias.all.mean).toBeCloseTo(mean(d), 10);
    const far = criteria().filter((_, i) => Math.abs(band(traineeScore(i, 3)) - band(referenceScore(i))) > 1);
    expect(comparison.summary.offByMoreThanOneBand).toEqual(far);
    // The trainee's strength is on page 1 (individualCriteria), the reference's on page i + 1: only the first criterion's matches.
    expect(comparison.summary.strengthsCovered).toBe(1);

    const pdf = await readPdf(readFileSync(path));
    expect(pdf.pages).toHaveLength(pages);
    expect(pdf.text).toContain('Kalibreringsrapport');
    expect(pdf.text).toContain('Förskolan Solrosen');
    expect(pdf.text).toContain(`${formatNumber(mad, 1)} %`);
    expect(far.length).toBeGreaterThan(0);
    for (const id of far) expect(pdf.text).toContain(`${id} ${facts.pkg.areas.flatMap((a) => a.criteria).find((c) => c.id === id)!.title}`);
    expect(pdf.text).toContain('Referensens motivering för 1.1.');
    expect(pdf.text).toContain('Övningsmaterial');
    expect(pdf.text).toMatch(/Motsvaras av din kommentar \(samma sida\)/);
    expect(pdf.text).toContain('Saknas bland dina förbättringsområden.');
  });

  it('writes the overview for stadsledningskontoret over a folder: codes, the newest revision per trainee, the criteria that trouble most', async () => {
    const result = await cli('report', 'kalibrering', '--round', bundle, '--assessments', files, '--out', join(dir, 'oversikt.pdf'), '--date', '2026-10-01', '--json');
    expect(result.code).toBe(0);
    expect(result.err).toContain('konsensus.kvbedomning är en teambedömning och ingår inte i kalibreringen.');
    const model = JSON.parse(result.out);
    expect(model.trainees.map((t: { code: string; name: null }) => [t.code, t.name])).toEqual([['E2', null], ['E3', null]]);
    for (const [index, examinerId] of ['e-bilal', 'e-cecilia'].entries()) {
      const d = differences(SEEDS[examinerId]!);
      expect(model.trainees[index].summary.meanAbsoluteDeviation).toBeCloseTo(mean(d.map(Math.abs)), 10);
    }
    const offCount = (id: string) => {
      const i = criteria().indexOf(id);
      return Object.values(SEEDS).filter((seed) => Math.abs(band(traineeScore(i, seed)) - band(referenceScore(i))) > 1).length;
    };
    const troubles = model.criteria as { criterionId: string; trainees: number; offByMoreThanOneBand: number }[];
    expect(troubles.map((c) => c.offByMoreThanOneBand)).toEqual(troubles.map((c) => offCount(c.criterionId)));
    expect(troubles.map((c) => c.offByMoreThanOneBand)).toEqual([...troubles.map((c) => c.offByMoreThanOneBand)].sort((a, b) => b - a));
    const pdf = await readPdf(readFileSync(model.path));
    expect(pdf.text).toContain('Kalibrering – översikt');
    expect(pdf.text).toContain('Vem behöver vad');
    expect(pdf.text).toContain('Kriterierna som besvärar flest');
    expect(pdf.text).not.toContain('Bilal');
    const named = await cli('report', 'kalibrering', '--round', bundle, '--assessments', files, '--out', join(dir, 'namn.pdf'), '--names', '--json');
    expect(JSON.parse(named.out).trainees.map((t: { name: string }) => t.name)).toEqual(['Bilal Haddad', 'Cecilia Ek']);
  });

  it('refuses a team file, a round without references, and both or neither of --assessment and --assessments', async () => {
    const team = await cli('report', 'kalibrering', '--round', bundle, '--assessment', join(files, 'konsensus.kvbedomning'), '--out', join(dir, 'x.pdf'));
    expect(team.code).toBe(1);
    expect(team.err).toContain('Kalibreringen jämför en individuell bedömning med referensen, men filen är en teambedömning av Förskolan Solrosen.');
    const plain = await cli('report', 'kalibrering', '--round', samplePath.round, '--assessments', files, '--out', join(dir, 'y.pdf'));
    expect(plain.code).toBe(1);
    expect(plain.err).toContain('Omgången "Kvalitetsutmärkelsen 2026 – övningsomgång" är ingen övningsomgång med referensbedömningar.');
    expect((await cli('report', 'kalibrering', '--round', bundle, '--out', join(dir, 'z.pdf'))).code).toBe(2);
  });
});
