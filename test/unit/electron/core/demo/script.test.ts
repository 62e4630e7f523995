import { describe, expect, it } from 'vitest';
import { authorship, CONTESTANTS, EXAMINERS, inVoice, TIMELINE } from '../../../../../electron/core/demo/script';
import { allCriteria } from '../../../../../shared/formats/criteria-package';
import { needsRationale } from '../../../../../shared/scoring/consensus';
import { scaleOf } from '../../../../../shared/scoring/points';
import { isValidScore } from '../../../../../shared/scoring/scale';
import { disagreement } from '../../../../../shared/scoring/spread';
import { packageSource, roundSource } from '../../../../helpers/samples';

const pkg = packageSource().package;
const round = roundSource();

describe('the demo\'s script', () => {
  it('scripts every criterion of the package for both contestants of the övningsomgång, with valid scores only', () => {
    expect(CONTESTANTS.map((c) => c.contestantId)).toEqual(round.contestants.map((c) => c.id));
    for (const contestant of CONTESTANTS) {
      expect(Object.keys(contestant.criteria)).toEqual(allCriteria(pkg).map(({ criterion }) => criterion.id));
      for (const { criterion } of allCriteria(pkg)) {
        const c = contestant.criteria[criterion.id]!;
        const scale = scaleOf(pkg, criterion);
        for (const score of [...c.scores, c.agreed ?? 0, c.visit?.score ?? 0]) expect(isValidScore(scale, score), `${criterion.id} ${score}`).toBe(true);
      }
    }
    expect(round.teams[0]!.lead).toBe(EXAMINERS[0]);
    expect(round.teams[0]!.members).toEqual([...EXAMINERS]);
  });

  it('gives each examiner 1–3 strengths and 1–2 improvement areas per criterion, every observation an author, and something to merge', () => {
    for (const contestant of CONTESTANTS) {
      Object.values(contestant.criteria).forEach((c, index) => {
        const written = EXAMINERS.map((e) => authorship(e, index, c));
        for (const w of written) {
          expect(w.strengths.length).toBeGreaterThanOrEqual(pkg.rules!.strengthsPerCriterion!.min);
          expect(w.strengths.length).toBeLessThanOrEqual(3);
          expect(w.improvements.length).toBeGreaterThanOrEqual(pkg.rules!.improvementsPerCriterion!.min);
          expect(w.improvements.length).toBeLessThanOrEqual(2);
        }
        const byObservation = (kind: 'strengths' | 'improvements', n: number) => Array.from({ length: n }, (_, i) => written.filter((w) => w[kind].includes(i)).length);
        expect(byObservation('strengths', c.strengths.length).every((n) => n >= 1)).toBe(true);
        expect(byObservation('improvements', c.improvements.length).every((n) => n >= 1)).toBe(true);
        expect(Math.max(...byObservation('strengths', c.strengths.length))).toBeGreaterThanOrEqual(2);
        expect(written.filter((w) => w.question)).toHaveLength(c.question ? 1 : 0);
      });
    }
  });

  it('makes the examiners disagree: some criteria must be discussed, some agree, and a team score outside the range has its rationale', () => {
    for (const contestant of CONTESTANTS) {
      const spreads = allCriteria(pkg).map(({ criterion }) => {
        const c = contestant.criteria[criterion.id]!;
        const spread = disagreement(scaleOf(pkg, criterion), c.scores, pkg.consensus.spreadThreshold);
        if (c.agreed !== undefined && needsRationale(c.agreed, spread)) expect(c.rationale, criterion.id).toBeTruthy();
        if (spread.mustDiscuss) expect(c.rationale, criterion.id).toBeTruthy();
        return spread;
      });
      expect(spreads.filter((s) => s.mustDiscuss).length).toBeGreaterThanOrEqual(2);
      expect(spreads.some((s) => s.spread === 0)).toBe(true);
      const visits = Object.values(contestant.criteria).filter((c) => c.visit);
      expect(visits.length).toBeGreaterThanOrEqual(1);
      expect(visits.length).toBeLessThanOrEqual(2);
      expect(contestant.team.summary.length).toBeGreaterThanOrEqual(2);
      expect(contestant.team.nextSteps.length).toBeGreaterThanOrEqual(2);
    }
    const outside = CONTESTANTS.flatMap((c) => allCriteria(pkg).filter(({ criterion }) => {
      const k = c.criteria[criterion.id]!;
      return k.agreed !== undefined && needsRationale(k.agreed, disagreement(scaleOf(pkg, criterion), k.scores, pkg.consensus.spreadThreshold));
    }));
    expect(outside).toHaveLength(1);
  });

  it('keeps the round\'s deadlines and gives each examiner a voice of their own', () => {
    const { deadlines } = round.round;
    for (const e of EXAMINERS) for (const at of TIMELINE.individual[e]) expect(at < deadlines.individual).toBe(true);
    for (const at of TIMELINE.consensus) expect(at > TIMELINE.individual['e-cecilia'][1]! && at < deadlines.consensus).toBe(true);
    for (const at of TIMELINE.siteVisit) expect(at > TIMELINE.consensus[1]! && at < deadlines.siteVisits).toBe(true);
    expect(TIMELINE.office < deadlines.jury).toBe(true);
    expect(inVoice('e-anna', 'strength', 'Tydligt.', 0)).toBe('Tydligt.');
    expect(inVoice('e-bilal', 'strength', 'Tydligt.', 0)).toBe('Tydligt. Siffrorna i beskrivningen styrker detta.');
    expect(inVoice('e-cecilia', 'improvement', 'Oklart.', 1)).toBe('En fråga för det fortsatta lärandet: Oklart.');
  });
});
