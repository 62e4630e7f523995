import { beforeAll, describe, expect, it } from 'vitest';
import { evaluateRound, type EvaluationInput } from '../../../../../electron/core/evaluation/evaluate';
import { byAgreement } from '../../../../../shared/evaluation/model';
import { renderEvaluation } from '../../../../../electron/core/evaluation/render';
import type { Candidate } from '../../../../../electron/core/reports/build';
import { readRoundBundle } from '../../../../../electron/core/rounds/round-bundle-read';
import type { CriteriaPackage } from '../../../../../shared/formats/criteria-package';
import type { RoundManifest } from '../../../../../shared/formats/round';
import { exampleTrust } from '../../../../helpers/bundles';
import { pairwiseAlpha } from '../../../../helpers/pairwise-alpha';
import { fonts } from '../../../../helpers/reports/fonts';
import { samplePath } from '../../../../helpers/samples';
import { individualCandidate, syntheticRound } from '../../../../helpers/synthetic-evaluation';

let sample: { round: RoundManifest; pkg: CriteriaPackage };
beforeAll(async () => {
  const { manifest, criteria } = await readRoundBundle(samplePath.round, exampleTrust());
  sample = { round: manifest, pkg: criteria.package };
});

const input = (candidates: Candidate[], round = sample.round, pkg = sample.pkg): EvaluationInput => ({
  round,
  pkg,
  exampleMaterial: true,
  candidates,
  namesShown: false,
  reportDate: '2026-11-10',
});

describe('evaluateRound', () => {
  it('reads only the newest revision of each examiner’s file, and refuses two different files with one revision', () => {
    const { round, pkg } = sample;
    const ids = pkg.areas.flatMap((a) => a.criteria.map((c) => c.id));
    const all = (score: number | null) => Object.fromEntries(ids.map((id) => [id, score]));
    const files = [
      individualCandidate(round, pkg, 'c-solrosen', 'e-anna', all(0), { revision: 1 }),
      individualCandidate(round, pkg, 'c-solrosen', 'e-anna', all(50), { revision: 2 }),
      individualCandidate(round, pkg, 'c-solrosen', 'e-bilal', all(70)),
      individualCandidate(round, pkg, 'c-lindgarden', 'e-anna', all(20)),
      individualCandidate(round, pkg, 'c-lindgarden', 'e-bilal', all(20)),
    ];
    const model = evaluateRound(input(files));
    expect(model.files.individual).toBe(4);
    // Units (50, 70) and (20, 20): the old 0s would have given another alpha.
    expect(model.criteria[0]).toMatchObject({ units: 2, raters: 2, meanSpread: 10, maxSpread: 20, reachedThreshold: 0 });
    expect(model.criteria[0]!.alpha).toBeCloseTo(pairwiseAlpha([[50, 70], [20, 20]])!, 12);
    const conflict = individualCandidate(round, pkg, 'c-solrosen', 'e-bilal', all(60));
    expect(() => evaluateRound(input([...files, { ...conflict, name: 'annan-bilal' }]))).toThrow(/annan-bilal.*revision 1/);
  });

  it('has a null alpha where it is undefined, and ranks those criteria last', () => {
    const { round, pkg } = sample;
    const ids = pkg.areas.flatMap((a) => a.criteria.map((c) => c.id));
    // One criterion scored by everyone alike (no variation), the rest unscored by the second examiner.
    const first = Object.fromEntries(ids.map((id, i) => [id, i === 0 ? 40 : 10 * (i % 5)]));
    const second = Object.fromEntries(ids.map((id, i) => [id, i === 0 ? 40 : null]));
    const model = evaluateRound(input([individualCandidate(round, pkg, 'c-solrosen', 'e-anna', first), individualCandidate(round, pkg, 'c-solrosen', 'e-bilal', second)]));
    expect(model.criteria[0]).toMatchObject({ units: 1, alpha: null, agreement: null, meanSpread: 0 });
    expect(model.criteria[1]).toMatchObject({ units: 0, raters: 0, alpha: null, meanSpread: null, maxSpread: null, reachedThreshold: 0 });
    expect(byAgreement(model.criteria).map((c) => c.alpha)).toEqual(model.criteria.map(() => null));
  });
});

describe('evaluateRound, 1 000 tävlande', () => {
  // How fast: test/bench/evaluation.bench.ts (timings on a shared machine are no test).
  it('evaluates 1 000 contestants, 300 examiners and their 5 000 files, and renders the PDF', async () => {
    const { round, candidates } = syntheticRound(sample);
    const model = evaluateRound(input(candidates, round));
    expect(model.files).toEqual({ individual: 4000, consensus: 1000, siteVisit: 0 });
    expect(model.criteria.every((c) => c.units === 1000 && c.raters === 300 && c.alpha !== null && c.alpha > 0.5 && c.alpha < 1)).toBe(true);
    expect(model.examiners.every((e) => e.expected === e.submitted && e.late === 0)).toBe(true);
    expect(model.classes.reduce((sum, k) => sum + k.assessed, 0)).toBe(1000);
    const pdf = await renderEvaluation(model, { fonts, deterministic: true });
    expect(pdf.pages).toBeGreaterThan(5);
  });
});
