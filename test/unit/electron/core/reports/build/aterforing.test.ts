import { describe, expect, it } from 'vitest';
import { buildAterforingModel } from '../../../../../../electron/core/reports/build';
import type { FeedbackPolicy } from '../../../../../../shared/formats/feedback-policy';
import type { AssessmentFile, TeamAssessmentFile } from '../../../../../../shared/formats/assessment-file';
import { pkg, REPORT_DATE, round, teamFile } from '../../../../../helpers/reports/build';
import { juryOnlyTexts, POLICY } from '../../../../../helpers/reports/feedback';
import { LINDGARDEN_PRIVATE_NOTE, lindgarden } from '../../../../../helpers/reports/lindgarden';
import { SOLROSEN_PRIVATE_NOTE, solrosen } from '../../../../../helpers/reports/solrosen';
import { individualFileInput, signed } from '../../../../../helpers/reports/source';

const build = (assessment: AssessmentFile, feedback?: FeedbackPolicy) =>
  buildAterforingModel({ round: feedback ? { ...round, round: { ...round.round, feedback } } : round, pkg, assessment, reportDate: REPORT_DATE });

describe('buildAterforingModel', () => {
  const file = teamFile(solrosen) as TeamAssessmentFile;

  it("takes the team's words to the unit, key themes and next steps — never the summary written for the jury", () => {
    const model = build({ ...file, team: { ...file.team, toContestant: 'Första stycket.\n\n\nAndra,\nsom fortsätter.\n  \nTredje.' } });
    expect(model.message).toEqual(['Första stycket.', 'Andra,\nsom fortsätter.', 'Tredje.']);
    expect(build(file).keyThemes).toEqual(solrosen.keyThemes);
    expect(build(file).nextSteps).toEqual(solrosen.nextSteps);
    const { toContestant: _t, keyThemes: _k, nextSteps: _n, ...bare } = file.team;
    const without = build({ ...file, team: bare });
    expect([without.message, without.keyThemes, without.nextSteps]).toEqual([[], [], []]);
    expect(JSON.stringify(without)).not.toContain(solrosen.themes[0]!.slice(0, 40));
  });

  it('has per area each criterion of the class with what it asks, its strengths and its improvement areas with pages', () => {
    const model = build(file);
    expect(model.areas.map((a) => a.id)).toEqual(['1', '2', '3', '4', '5', '6']);
    const criterion = model.areas[0]!.criteria[0]!;
    expect(criterion).toMatchObject({ id: '1.1', title: 'Målgruppernas behov och förväntningar', description: pkg.areas[0]!.criteria[0]!.description });
    expect(criterion.strengths[0]).toEqual({ text: solrosen.criteria[0]!.strengths[0]![0], evidence: [{ page: 4 }] });
    expect(model.areas[0]!.criteria[1]!.improvements[0]!.evidence).toEqual([{ page: 25 }]);
  });

  it('follows the round: no policy → no scores, no names, no sender', () => {
    const model = build(file);
    expect(model).toMatchObject({ scores: 'none', team: null, sender: null, contact: null, bands: [], totals: null });
    expect(model.areas.every((a) => a.points === null && a.criteria.every((c) => c.score === null))).toBe(true);
  });

  it('band labels only under "bands", with the scales’ descriptors; points and names under "points"', () => {
    const banded = build(file, POLICY.bands);
    expect(banded.areas[0]!.criteria[0]!.score).toEqual({ kind: 'band', band: 'Väl integrerat' });
    expect(banded.totals).toBeNull();
    expect(banded.team).toBeNull();
    expect(banded.bands.map((s) => s.title)).toEqual(pkg.scales.map((s) => s.title));
    const criteria = banded.areas.flatMap((a) => a.criteria);
    expect(criteria.every((c) => c.score?.kind === 'band' && Object.keys(c.score).join() === 'kind,band')).toBe(true);
    expect(banded.areas.every((a) => a.points === null)).toBe(true);

    const scored = build(file, POLICY.points);
    expect(scored.totals).toEqual({ points: expect.closeTo(648, 9), pointsAvailable: 1000 });
    expect(scored.areas[0]!.points).toEqual({ points: 90, pointsAvailable: 150 });
    expect(scored.areas[0]!.criteria[0]!.score).toMatchObject({ kind: 'points', score: 70, band: 'Väl integrerat', points: 52.5, pointsAvailable: 75 });
    expect(scored.team!.map((m) => m.name)).toEqual(['Anna Lind', 'Bilal Haddad', 'Cecilia Ek']);
    expect(scored.contact).toEqual(POLICY.points.contact);
  });

  it('carries no private note, no individual score, rationale, recommendation or jury summary', () => {
    for (const source of [solrosen, lindgarden]) {
      const json = JSON.stringify(build(teamFile(source), POLICY.points));
      expect(json).not.toContain(SOLROSEN_PRIVATE_NOTE.slice(0, 30));
      expect(json).not.toContain(LINDGARDEN_PRIVATE_NOTE.slice(0, 30));
      expect(json).not.toMatch(/individual|rationale|recommendation|citation|privateNote|sourceInitials/);
      for (const text of juryOnlyTexts(source)) expect(json).not.toContain(text.slice(0, 40));
    }
  });

  it("carries the jury's final decision for the contestant's own class only, its citation in paragraphs; nothing without one", () => {
    const decided = (decision: Parameters<typeof buildAterforingModel>[0]['decision']) =>
      buildAterforingModel({ round, pkg, assessment: file, reportDate: REPORT_DATE, decision }).decision;
    expect(decided(undefined)).toBeNull();
    expect(decided({ classId: 'forskola', decision: 'winner', citation: 'Första.\n\nAndra.', meetingDate: '2027-03-15', winners: 1 })).toEqual({
      decision: 'winner',
      classTitle: 'Förskola',
      meetingDate: '2027-03-15',
      winners: 1,
      citation: ['Första.', 'Andra.'],
    });
    expect(decided({ classId: 'forskola', decision: 'none', citation: '', meetingDate: '2027-03-15', winners: 2 })).toMatchObject({ decision: 'none', citation: [] });
    expect(decided({ classId: 'aldreomsorg', decision: 'winner', citation: 'Annan klass.', meetingDate: '2027-03-15', winners: 1 })).toBeNull();
  });

  it('refuses one examiner’s individual file: the feedback is the team’s', () => {
    expect(() => build(signed(individualFileInput(solrosen, 'CE')).file)).toThrow(
      expect.objectContaining({ code: 'report-feedback-individual', message: expect.stringMatching(/^Återföringsrapporten bygger på teamets bedömning, men filen är Cecilia Eks individuella bedömning/) }),
    );
  });
});
