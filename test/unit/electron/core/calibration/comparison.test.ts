import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { call, testCore } from '../../../../helpers/core';
import { completeMyAssessment } from '../../../../helpers/scoring';
import { tempDir } from '../../../../helpers/temp';
import { referenceSource, referenceBytes, trainingBundleBytes } from '../../../../helpers/training';
import { packageSource } from '../../../../helpers/samples';
import { allCriteria } from '../../../../../shared/formats/criteria-package';
import { formatNumber } from '../../../../../shared/format';
import { readPdf } from '../reports/read-pdf';

const ROUND = 'ku-2026-ovning';
const SOLROSEN = 'c-solrosen';
let bundle: Buffer;

// The reference scores criterion i at (i % 5) * 20: 0, 20, 40, 60, 80, …
const referenceScore = (i: number) => (i % 5) * 20;

beforeAll(async () => {
  bundle = await trainingBundleBytes({ referenceFiles: { [SOLROSEN]: referenceBytes(referenceSource(SOLROSEN, referenceScore)) } });
}, 60_000);

async function trainingCore() {
  const core = testCore();
  const path = join(tempDir(), 'traning.kvomgang');
  writeFileSync(path, bundle);
  await call(core, 'round:import', { fileId: core.context.files.register(path).id });
  return core;
}

describe('the comparison with the reference', () => {
  it('is refused (in Swedish) until the trainee has submitted; then shows scores, bands, counterparts and the summary', async () => {
    const core = await trainingCore();
    const status = await call(core, 'calibration:status', { roundId: ROUND });
    expect(status.training).toBe(true);
    expect(status.entries).toEqual([{ contestantId: SOLROSEN, name: 'Förskolan Solrosen', unavailable: expect.stringMatching(/^Välj först vem du är/) }]);
    await expect(call(core, 'calibration:comparison', { roundId: ROUND, contestantId: SOLROSEN })).rejects.toThrow(/Välj först vem du är i omgången/);

    await call(core, 'round:choose-examiner', { roundId: ROUND, examinerId: 'e-bilal', change: false });
    await expect(call(core, 'calibration:comparison', { roundId: ROUND, contestantId: SOLROSEN })).rejects.toThrow(
      'Jämförelsen med referensbedömningen visas först när du har lämnat in din individuella bedömning av Förskolan Solrosen.',
    );
    // A draft with every score is still not submitted.
    const draft = await completeMyAssessment(core, ROUND, SOLROSEN, { fallback: 60, submit: false });
    await expect(call(core, 'calibration:comparison', { roundId: ROUND, contestantId: SOLROSEN })).rejects.toThrow(/först när du har lämnat in/);
    expect((await call(core, 'calibration:status', { roundId: ROUND })).entries[0]!.unavailable).toMatch(/först när du har lämnat in/);

    await call(core, 'assessment:submit', { assessmentId: draft.id });
    expect((await call(core, 'calibration:status', { roundId: ROUND })).entries[0]!.unavailable).toBeNull();
    const comparison = await call(core, 'calibration:comparison', { roundId: ROUND, contestantId: SOLROSEN });

    // Independent computation: the trainee gave 60 everywhere on 0–100 scales, the reference (i % 5) * 20.
    const pkg = packageSource().package;
    const criteria = allCriteria(pkg as never).map(({ criterion }) => criterion).filter((c) => !c.classes || c.classes.includes('forskola'));
    expect(comparison.criteria.map((c) => c.criterionId)).toEqual(criteria.map((c) => c.id));
    const differences = criteria.map((_, i) => 60 - referenceScore(i));
    const mad = differences.reduce((s, d) => s + Math.abs(d), 0) / differences.length;
    const bias = differences.reduce((s, d) => s + d, 0) / differences.length;
    expect(comparison.summary.meanAbsoluteDeviation).toBeCloseTo(mad, 10);
    expect(comparison.summary.bias.all.mean).toBeCloseTo(bias, 10);
    expect(comparison.summary.bias.all.direction).toBe(bias >= 5 ? 'high' : bias <= -5 ? 'low' : 'even');

    const first = comparison.criteria[0]!;
    expect(first).toMatchObject({ trainee: { score: 60, band: 'Systematiskt' }, reference: { score: 0, band: 'Underlag saknas' }, difference: 60, bandDifference: 3 });
    expect(first.pointsDifference).toBeCloseTo((criteria[0]!.points * 60) / 100, 10);
    expect(first.rationale).toBe(`Referensens motivering för ${first.criterionId}.`);
    // The trainee's strength is on the same page as the reference's (completeMyAssessment's page i % 30 + 1); the improvement is not.
    expect(first.strengths[0]!.counterpart).toMatchObject({ how: 'pages', text: `Examinatorn: styrka för ${first.criterionId}.` });
    expect(first.improvements[0]!.counterpart).toBeNull();
    expect(first.strengths[0]!.reference.evidence[0]).toMatchObject({ documentTitle: 'Verksamhetsbeskrivning', page: 1, quote: `Referenscitat ${first.criterionId}` });
    expect(comparison.summary).toMatchObject({ strengthsCovered: criteria.length, strengthsTotal: criteria.length, improvementsTotal: criteria.length });
    // Bands 0 (0), 10–20, 30–40, 50–60, 70–80, 90–100: 60 vs 0 / 20 is more than one band off; vs 40, 60, 80 not.
    const far = criteria.filter((_, i) => referenceScore(i) <= 20).map((c) => c.id);
    expect(comparison.summary.offByMoreThanOneBand).toEqual(far);

    // The kalibreringsrapport through the save dialog: the same numbers, read back from the PDF.
    const created = (await call(core, 'calibration:create-report', { roundId: ROUND, contestantId: SOLROSEN }))!;
    expect(created.fileName).toBe('kalibrering-forskolan-solrosen-bilal-haddad.pdf');
    const pdf = await readPdf(readFileSync(created.path));
    expect(pdf.pages).toHaveLength(created.pages);
    expect(pdf.text).toContain(`${formatNumber(mad, 1)} %`);
    expect(pdf.text).toContain('Bilal Haddad');
    for (const id of far) expect(pdf.text).toContain(`${id} ${criteria.find((c) => c.id === id)!.title}`);
  }, 60_000);

  it('is refused for a contestant without a reference, and in a round that is no training round', async () => {
    const core = await trainingCore();
    await call(core, 'round:choose-examiner', { roundId: ROUND, examinerId: 'e-bilal', change: false });
    await expect(call(core, 'calibration:comparison', { roundId: ROUND, contestantId: 'c-lindgarden' })).rejects.toThrow(
      'Det finns ingen referensbedömning för Lindgårdens vård- och omsorgsboende i omgången.',
    );
    await expect(call(core, 'calibration:comparison', { roundId: ROUND, contestantId: 'c-okand' })).rejects.toThrow(/finns inte i omgången/);
    const plain = testCore();
    await call(plain, 'round:open-exercise', {});
    expect(await call(plain, 'calibration:status', { roundId: ROUND })).toEqual({ training: false, entries: [] });
  }, 60_000);
});
