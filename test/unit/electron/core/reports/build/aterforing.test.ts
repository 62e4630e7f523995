import { describe, expect, it } from 'vitest';
import { buildAterforingModel } from '../../../../../../electron/core/reports/build';
import type { AssessmentFile, TeamAssessmentFile } from '../../../../../../shared/formats/assessment-file';
import { pkg, REPORT_DATE, round, teamFile } from '../../../../../helpers/reports/build';
import { LINDGARDEN_PRIVATE_NOTE, lindgarden } from '../../../../../helpers/reports/lindgarden';
import { SOLROSEN_PRIVATE_NOTE, solrosen } from '../../../../../helpers/reports/solrosen';
import { individualFileInput, signed } from '../../../../../helpers/reports/source';

const build = (assessment: AssessmentFile, scores = false) => buildAterforingModel({ round, pkg, assessment, reportDate: REPORT_DATE, scores });

describe('buildAterforingModel', () => {
  const file = teamFile(solrosen) as TeamAssessmentFile;

  it('splits the team’s summary into paragraphs on blank lines and takes the suggested next steps', () => {
    const model = build({ ...file, team: { ...file.team, summary: 'Första temat.\n\n\nAndra temat,\nsom fortsätter.\n  \nTredje.' } });
    expect(model.summary).toEqual(['Första temat.', 'Andra temat,\nsom fortsätter.', 'Tredje.']);
    expect(build(file).summary).toEqual(solrosen.themes);
    expect(build(file).nextSteps).toEqual(solrosen.nextSteps);
    const { nextSteps: _left, ...withoutSteps } = file.team;
    expect(build({ ...file, team: withoutSteps }).nextSteps).toEqual([]);
  });

  it('lists per area the strengths, then the improvement areas, each with its criterion and page references', () => {
    const model = build(file);
    expect(model.areas.map((a) => a.id)).toEqual(['1', '2', '3', '4', '5', '6']);
    const area = model.areas[0]!;
    expect(area.strengths.map((s) => s.criterionId)).toEqual(['1.1', '1.1', '1.1', '1.2', '1.2', '1.2']);
    expect(area.strengths[0]).toEqual({
      text: solrosen.criteria[0]!.strengths[0]![0],
      evidence: [{ page: 4 }],
      criterionId: '1.1',
      criterionTitle: 'Målgruppernas behov och förväntningar',
    });
    expect(area.improvements.map((s) => s.criterionId)).toEqual(['1.1', '1.2', '1.2']);
    expect(area.improvements[1]!.evidence).toEqual([{ page: 25 }]);
  });

  it('shows scores only when asked, with totals from the scoring rule', () => {
    const plain = build(file);
    expect(plain.totals).toBeNull();
    expect(plain.areas.every((a) => a.scores === null)).toBe(true);
    const scored = build(file, true);
    expect(scored.totals).toEqual({ points: expect.closeTo(648, 9), pointsAvailable: 1000 });
    expect(scored.areas[0]!.scores).toMatchObject({ points: 90, pointsAvailable: 150 });
    expect(scored.areas[0]!.scores!.criteria[0]).toMatchObject({ id: '1.1', result: { score: 70, band: 'Väl integrerat', points: 52.5 } });
  });

  it('carries no private note, no individual score, rationale or recommendation', () => {
    for (const source of [solrosen, lindgarden]) {
      const json = JSON.stringify(build(teamFile(source), true));
      expect(json).not.toContain(SOLROSEN_PRIVATE_NOTE.slice(0, 30));
      expect(json).not.toContain(LINDGARDEN_PRIVATE_NOTE.slice(0, 30));
      expect(json).not.toMatch(/individual|rationale|recommendation|citation|privateNote/);
      expect(json).not.toContain(source.criteria[0]!.rationale);
    }
  });

  it('refuses one examiner’s individual file: the feedback is the team’s', () => {
    expect(() => build(signed(individualFileInput(solrosen, 'CE')).file)).toThrow(
      expect.objectContaining({ code: 'report-feedback-individual', message: expect.stringMatching(/^Återföringsrapporten bygger på teamets bedömning, men filen är Cecilia Eks individuella bedömning/) }),
    );
  });
});
