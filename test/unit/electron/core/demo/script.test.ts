import { describe, expect, it } from 'vitest';
import { JURY } from '../../../../../electron/core/demo/jury-script';
import { authorship, inVoice, scriptRows, TIMELINE, type MemberPosition } from '../../../../../electron/core/demo/script';
import { CONTESTANTS, TEAMS } from '../../../../../electron/core/demo/teams';
import { allCriteria } from '../../../../../shared/formats/criteria-package';
import { needsRationale } from '../../../../../shared/scoring/consensus';
import { scaleOf } from '../../../../../shared/scoring/points';
import { isValidScore } from '../../../../../shared/scoring/scale';
import { disagreement } from '../../../../../shared/scoring/spread';
import { ovningSource } from '../../../../helpers/ovning';
import { packageSource } from '../../../../helpers/samples';

const pkg = packageSource().package;
const round = ovningSource();
const POSITIONS: readonly MemberPosition[] = [0, 1, 2];
/** The contestants in the scored award (with a class); the others take part only in prizes. */
const SCORED = CONTESTANTS.filter((c) => round.contestants.find((k) => k.id === c.contestantId)!.class !== undefined);

describe('the demo\'s script', () => {
  it('scripts every criterion of the package for every contestant of the övningsomgång in a class, team by team as the round has them, with valid scores only', () => {
    expect(CONTESTANTS.map((c) => c.contestantId).sort()).toEqual(round.contestants.map((c) => c.id).sort());
    expect(SCORED.length).toBe(4);
    for (const contestant of CONTESTANTS.filter((c) => !SCORED.includes(c))) expect(contestant.criteria, contestant.contestantId).toEqual({});
    for (const contestant of SCORED) {
      expect(Object.keys(contestant.criteria)).toEqual(allCriteria(pkg).map(({ criterion }) => criterion.id));
      for (const { criterion } of allCriteria(pkg)) {
        const c = contestant.criteria[criterion.id]!;
        const scale = scaleOf(pkg, criterion);
        for (const score of [...c.scores, c.agreed ?? 0, c.visit?.score ?? 0]) expect(isValidScore(scale, score), `${criterion.id} ${score}`).toBe(true);
      }
    }
    expect(TEAMS.map((t) => t.teamId)).toEqual(round.teams.map((t) => t.id));
    for (const team of TEAMS) {
      const held = round.teams.find((t) => t.id === team.teamId)!;
      expect(held.lead).toBe(team.members[0]);
      expect(held.members).toEqual([...team.members]);
      expect(held.contestants).toEqual(team.contestants.map((c) => c.contestantId));
    }
  });

  it('scripts every aspect of every prize a contestant enters, as the round lists them, in the round\'s order', () => {
    for (const contestant of CONTESTANTS) {
      const entered = round.contestants.find((k) => k.id === contestant.contestantId)!.prizes ?? [];
      const aspects = (round.round.prizes ?? []).filter((p) => entered.includes(p.id)).flatMap((p) => p.aspects.map((a) => `prize:${p.id}:${a.id}`));
      expect(scriptRows(contestant).filter((r) => r.criterion === null).map((r) => r.key), contestant.contestantId).toEqual(aspects);
    }
    expect(CONTESTANTS.filter((c) => c.prizes !== undefined).map((c) => c.contestantId)).toEqual(['c-ekorren', 'c-sprakvaskan']);
  });

  it('gives each examiner 1–3 strengths and 1–2 improvement areas per criterion and aspect, every observation an author, and something to merge', () => {
    for (const contestant of CONTESTANTS) {
      scriptRows(contestant).forEach(({ written: c, index }) => {
        const written = POSITIONS.map((p) => authorship(p, index, c));
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
    for (const contestant of SCORED) {
      const spreads = allCriteria(pkg).map(({ criterion }) => {
        const c = contestant.criteria[criterion.id]!;
        const spread = disagreement(scaleOf(pkg, criterion), c.scores, pkg.consensus.spreadThreshold);
        if (c.agreed !== undefined && needsRationale(c.agreed, spread)) expect(c.rationale, criterion.id).toBeTruthy();
        if (spread.mustDiscuss) expect(c.rationale, criterion.id).toBeTruthy();
        return spread;
      });
      expect(spreads.filter((s) => s.mustDiscuss).length, contestant.contestantId).toBeGreaterThanOrEqual(2);
      expect(spreads.some((s) => s.spread === 0)).toBe(true);
      const visits = Object.values(contestant.criteria).filter((c) => c.visit);
      expect(visits.length).toBeLessThanOrEqual(2);
      // A contestant the jury sends a site visit to has something the visit changes.
      if (JURY.first.choices[contestant.contestantId]!.siteVisit) expect(visits.length).toBeGreaterThanOrEqual(1);
    }
    for (const contestant of CONTESTANTS) {
      expect(contestant.team.summary.length).toBeGreaterThanOrEqual(2);
      expect(contestant.team.nextSteps.length).toBeGreaterThanOrEqual(2);
    }
    const outside = SCORED.flatMap((c) => allCriteria(pkg).filter(({ criterion }) => {
      const k = c.criteria[criterion.id]!;
      return k.agreed !== undefined && needsRationale(k.agreed, disagreement(scaleOf(pkg, criterion), k.scores, pkg.consensus.spreadThreshold));
    }));
    expect(outside.length).toBeGreaterThanOrEqual(1);
  });

  it('keeps the round\'s deadlines, team by team, and gives each member of a team a voice of their own', () => {
    const { deadlines } = round.round;
    for (const team of TEAMS) {
      const lastIndividual = team.individual.flat().sort().at(-1)!;
      expect(lastIndividual < deadlines.individual).toBe(true);
      for (const at of team.consensus) expect(at > lastIndividual && at < deadlines.consensus).toBe(true);
      for (const at of team.siteVisit) expect(at > TIMELINE.firstMeeting && at < deadlines.siteVisits).toBe(true);
      expect(TIMELINE.firstMeeting > team.consensus.at(-1)!).toBe(true);
    }
    expect(TIMELINE.office > TEAMS.flatMap((t) => t.siteVisit).sort().at(-1)!).toBe(true);
    expect(TIMELINE.finalMeeting > TIMELINE.office && TIMELINE.finalMeeting < deadlines.jury).toBe(true);
    expect(JURY.first.date).toBe(TIMELINE.firstMeeting.slice(0, 10));
    expect(JURY.final.date).toBe(TIMELINE.finalMeeting.slice(0, 10));
    expect(inVoice(0, 'strength', 'Tydligt.', 0)).toBe('Tydligt.');
    expect(inVoice(1, 'strength', 'Tydligt.', 0)).toBe('Tydligt. Siffrorna i beskrivningen styrker detta.');
    expect(inVoice(2, 'improvement', 'Oklart.', 1)).toBe('En fråga för det fortsatta lärandet: Oklart.');
  });

  it('has the jury choose for, and decide on, every contestant: a citation for each winner and honourable mention, a winner in one class, none in another', () => {
    const ids = SCORED.map((c) => c.contestantId).sort();
    expect(Object.keys(JURY.first.choices).sort()).toEqual(ids);
    expect(Object.keys(JURY.final.decisions).sort()).toEqual(ids);
    for (const [id, d] of Object.entries(JURY.final.decisions)) {
      if (d.decision === 'none') expect(d.citation, id).toBeUndefined();
      else expect(d.citation!.length, id).toBeGreaterThan(100);
      // Only a contestant the jury visited can win or be mentioned.
      if (d.decision !== 'none') expect(JURY.first.choices[id]!.siteVisit, id).toBe(true);
    }
    const winners = (classId: string) =>
      round.contestants.filter((c) => c.class === classId && JURY.final.decisions[c.id]!.decision === 'winner').length;
    expect(winners('forskola')).toBe(1);
    expect(winners('aldreomsorg')).toBe(0);
    expect(Object.values(JURY.final.decisions).filter((d) => d.decision === 'honourable-mention').length).toBeGreaterThanOrEqual(1);
  });

  it('has the jury choose and decide on every entrant of Framsteget: no site visit for the prize, one winner with its citation, the other no prize', () => {
    const entrants = round.contestants.filter((c) => c.prizes?.includes('framsteget')).map((c) => c.id).sort();
    expect(Object.keys(JURY.first.prizes)).toEqual(['framsteget']);
    expect(Object.keys(JURY.first.prizes.framsteget!).sort()).toEqual(entrants);
    expect(Object.keys(JURY.final.prizes.framsteget!).sort()).toEqual(entrants);
    for (const choice of Object.values(JURY.first.prizes.framsteget!)) expect(choice).toMatchObject({ siteVisit: false, note: expect.stringMatching(/.{60}/) });
    expect(JURY.final.prizes.framsteget).toEqual({ 'c-sprakvaskan': { decision: 'winner', citation: expect.stringMatching(/^Språkväskan, Västerby bibliotek, tilldelas Framsteget 2026\..{200}/) }, 'c-ekorren': { decision: 'none' } });
  });
});
