import { describe, expect, it } from 'vitest';
import { buildBedomningModel, type BedomningInput } from '../../../../../../electron/core/reports/build';
import type { BedomningCriterion, BedomningModel } from '../../../../../../electron/core/reports/model';
import type { AssessmentFile, TeamAssessmentFile } from '../../../../../../shared/formats/assessment-file';
import type { CriteriaPackage } from '../../../../../../shared/formats/criteria-package';
import { pkg, REPORT_DATE, round, teamFile } from '../../../../../helpers/reports/build';
import { lindgarden } from '../../../../../helpers/reports/lindgarden';
import { SOLROSEN_PRIVATE_NOTE, solrosen } from '../../../../../helpers/reports/solrosen';
import { individualFileInput, signed } from '../../../../../helpers/reports/source';

const build = (assessment: AssessmentFile, overrides: Partial<BedomningInput> = {}) => buildBedomningModel({ round, pkg, assessment, reportDate: REPORT_DATE, ...overrides });
const criteriaOf = (model: BedomningModel) => model.areas.flatMap((a) => a.criteria);
const criterion = (model: BedomningModel, id: string) => criteriaOf(model).find((c) => c.id === id)!;

/** formats.md, computed here from the package itself: points × (score − min) / (max − min). */
function expectedPoints(p: CriteriaPackage, criterionId: string, score: number): number {
  const c = p.areas.flatMap((a) => a.criteria).find((k) => k.id === criterionId)!;
  const scale = p.scales.find((s) => s.id === c.scale)!;
  return (c.points * (score - scale.min)) / (scale.max - scale.min);
}

describe('buildBedomningModel from the team’s file after the site visit', () => {
  const file = teamFile(solrosen) as TeamAssessmentFile;
  const model = build(file);

  it('names the round, package, contestant with its class, and the team with initials from the round’s names', () => {
    expect(model.round).toEqual({ id: 'ku-2026-ovning', title: 'Kvalitetsutmärkelsen 2026 – övningsomgång', year: 2026, exampleMaterial: false });
    expect(model.package).toEqual({ title: 'Kvalitetsutmärkelsen 2026 – exempelkriterier', revision: 1 });
    expect(model.contestant).toEqual({ id: 'c-solrosen', name: 'Förskolan Solrosen', organisation: 'Norrby stadsdelsförvaltning', classId: 'forskola', classTitle: 'Förskola' });
    expect(model.team).toEqual([
      { name: 'Anna Lind', initials: 'AL', role: 'lead' },
      { name: 'Bilal Haddad', initials: 'BH', role: 'member' },
      { name: 'Cecilia Ek', initials: 'CE', role: 'member' },
    ]);
    expect(model.basis).toEqual({ stage: 'site-visit', revision: 1, author: null });
    expect(model.reportDate).toBe(REPORT_DATE);
  });

  it('carries every criterion’s agreed score with its band and weighted points, and totals that follow the scoring rule', () => {
    expect(criteriaOf(model).map((c) => c.id)).toEqual(file.criteria.map((c) => c.criterionId));
    for (const c of file.criteria) {
      const m = criterion(model, c.criterionId);
      expect(m.result).toEqual({ score: c.score, band: expect.any(String), points: expectedPoints(pkg, c.criterionId, c.score!) });
    }
    expect(criterion(model, '1.1').result!.band).toBe('Väl integrerat');
    const total = file.criteria.reduce((sum, c) => sum + expectedPoints(pkg, c.criterionId, c.score!), 0);
    expect(model.totals).toMatchObject({ pointsAvailable: 1000, scoredCriteria: 14, criteria: 14 });
    expect(model.totals.points).toBeCloseTo(total, 9);
    expect(model.totals.points).toBeCloseTo(648, 9);
    for (const area of model.areas) expect(area.points).toBeCloseTo(area.criteria.reduce((sum, c) => sum + c.result!.points, 0), 9);
  });

  it('shows the individual scores by initials with min, max and spread; the spread reaches the package’s threshold at 30', () => {
    expect(pkg.consensus.spreadThreshold).toBe(30);
    expect(criterion(model, '2.3').individual).toEqual({
      scores: [
        { initials: 'AL', score: 80 },
        { initials: 'BH', score: 60 },
        { initials: 'CE', score: 90 },
      ],
      min: 60,
      max: 90,
      spread: 30,
      spreadReached: true,
    });
    expect(criterion(model, '1.1').individual).toMatchObject({ min: 60, max: 80, spread: 20, spreadReached: false });
  });

  it('keeps the scores before and after the site visit and the total before it', () => {
    expect(criterion(model, '1.2').siteVisit).toEqual({
      before: { score: 60, band: 'Systematiskt', points: 45 },
      after: { score: 50, band: 'Systematiskt', points: 37.5 },
      note: expect.stringContaining('muntliga synpunkter'),
    });
    expect(criterion(model, '2.1').siteVisit).toBeNull();
    // 1.2 went 60 → 50 (−7,5 p) and 3.1 60 → 70 (+5 p).
    expect(model.totals.pointsBeforeSiteVisit).toBeCloseTo(model.totals.points + 7.5 - 5, 9);
  });

  it('gives each team comment its evidence and the initials of the examiners it came from; the rationale and questions', () => {
    const c = criterion(model, '1.1');
    expect(c.strengths[1]).toEqual({
      text: expect.stringContaining('QR-koder på sex språk'),
      evidence: [{ page: 5, quote: expect.stringContaining('Sedan mars 2024') }],
      sourceInitials: ['AL', 'CE'],
    });
    expect(c.rationale).toMatch(/^Systematiska dialogformer/);
    expect(c.siteVisitQuestions).toEqual(['Hur använder ni observationerna av de yngsta barnen när ni planerar om verksamheten?']);
    expect(model.recommendation).toEqual(solrosen.recommendation);
    expect(model.summary).toBe(solrosen.themes.join('\n\n'));
  });

  it('never carries the private note the file holds', () => {
    expect(file.includesPrivateNotes).toBe(true);
    expect(file.criteria[0]!.privateNote).toBe(SOLROSEN_PRIVATE_NOTE);
    expect(JSON.stringify(model)).not.toContain('PRIVAT');
  });

  it('digests each source’s change log and then the author’s own, saying whose assessment and which revision', () => {
    expect(model.changeLogs).toEqual([
      { examinerName: 'Anna Lind', initials: 'AL', entries: 412, finalHash: solrosen.changeLogs[0]!.finalHash, stage: 'individual', revision: 1 },
      { examinerName: 'Bilal Haddad', initials: 'BH', entries: 287, finalHash: solrosen.changeLogs[1]!.finalHash, stage: 'individual', revision: 1 },
      { examinerName: 'Cecilia Ek', initials: 'CE', entries: 355, finalHash: solrosen.changeLogs[2]!.finalHash, stage: 'individual', revision: 1 },
    ]);
    const own = build({ ...file, revision: 4, changeLog: { entries: 61, finalHash: 'f'.repeat(64) } });
    expect(own.changeLogs!.at(-1)).toEqual({ examinerName: 'Anna Lind', initials: 'AL', entries: 61, finalHash: 'f'.repeat(64), stage: 'site-visit', revision: 4 });
    const none = build({ ...file, team: { ...file.team, sources: file.team.sources.map((s) => ({ ...s, changeLog: null })) } });
    expect(none.changeLogs).toBeNull();
  });
});

describe('buildBedomningModel, other cases', () => {
  it('makes one examiner’s file a bedömning marked individual: author set, no ranges, no recommendation', () => {
    const model = build(signed(individualFileInput(solrosen, 'BH')).file);
    expect(model.basis).toEqual({ stage: 'individual', revision: 1, author: { name: 'Bilal Haddad', initials: 'BH', role: 'member' } });
    expect(criteriaOf(model).every((c) => c.individual === null && c.siteVisit === null && c.rationale === '')).toBe(true);
    expect(criterion(model, '1.1').result!.score).toBe(60);
    expect(criteriaOf(model).flatMap((c) => [...c.strengths, ...c.improvements]).every((c) => c.sourceInitials.join() === 'BH')).toBe(true);
    expect(model.recommendation).toEqual({ siteVisit: null, nomination: null, citation: '' });
    expect(model.summary).toBe('');
    expect(model.totals.pointsBeforeSiteVisit).toBeNull();
    expect(model.changeLogs).toEqual([{ examinerName: 'Bilal Haddad', initials: 'BH', entries: 287, finalHash: solrosen.changeLogs[1]!.finalHash, stage: 'individual', revision: 1 }]);
  });

  it('leaves out the criteria of other classes, and an area left without criteria', () => {
    const restricted: CriteriaPackage = {
      ...pkg,
      areas: pkg.areas.map((area) => ({
        ...area,
        criteria: area.criteria.map((c) => (c.id === '6.3' || area.id === '4' ? { ...c, classes: ['aldreomsorg'] } : c)),
      })),
    };
    const file = teamFile({ ...solrosen, criteria: solrosen.criteria.filter((c) => c.id !== '6.3' && !c.id.startsWith('4.')) });
    const model = build(file, { pkg: restricted });
    expect(criteriaOf(model).map((c) => c.id)).toEqual(['1.1', '1.2', '2.1', '2.2', '2.3', '3.1', '3.2', '5.1', '5.2', '6.1', '6.2']);
    expect(model.areas.map((a) => a.id)).toEqual(['1', '2', '3', '5', '6']);
    expect(model.areas.find((a) => a.id === '6')!.pointsAvailable).toBe(250);
    expect(model.totals).toMatchObject({ pointsAvailable: 800, criteria: 11, scoredCriteria: 11 });
    expect(model.totals.points).toBeCloseTo(file.criteria.reduce((sum, c) => sum + expectedPoints(pkg, c.criterionId, c.score!), 0), 9);
    // A file that scores them anyway does not bring them back.
    const full = build(teamFile(solrosen), { pkg: restricted });
    expect(criteriaOf(full).map((c) => c.id)).toEqual(criteriaOf(model).map((c) => c.id));
    expect(full.totals.points).toBeCloseTo(model.totals.points, 9);
  });

  it('treats a criterion the file does not mention, or leaves unscored, as not scored (never as zero)', () => {
    const file = teamFile(lindgarden) as TeamAssessmentFile;
    const model = build({ ...file, criteria: file.criteria.filter((c) => c.criterionId !== '1.1').map((c) => (c.criterionId === '1.2' ? { ...c, score: null } : c)) });
    const c11: BedomningCriterion = criterion(model, '1.1');
    expect(c11.result).toBeNull();
    expect(c11.strengths).toEqual([]);
    expect(c11.individual).toEqual({ scores: [], min: null, max: null, spread: null, spreadReached: false });
    expect(criterion(model, '1.2').result).toBeNull();
    expect(model.areas[0]!.points).toBeNull();
    expect(model.totals).toMatchObject({ scoredCriteria: 12, criteria: 14 });
  });

  it('takes the initials from the round’s names and keeps them apart within the team', () => {
    const renamed = { ...round, examiners: round.examiners.map((e) => (e.id === 'e-bilal' ? { ...e, name: 'Anders Larsson' } : e)) };
    const model = build(teamFile(solrosen), { round: renamed });
    expect(model.team.map((m) => m.initials)).toEqual(['AnLi', 'AnLa', 'CE']);
    expect(criterion(model, '1.1').individual!.scores.map((s) => s.initials)).toEqual(['AnLi', 'AnLa', 'CE']);
    expect(criterion(model, '1.1').strengths[0]!.sourceInitials).toEqual(['AnLi', 'AnLa', 'CE']);
  });

  it('says when the round is example material', () => {
    expect(build(teamFile(lindgarden), { exampleMaterial: true }).round.exampleMaterial).toBe(true);
  });

  it('refuses in Swedish what does not fit: an invalid score, an unknown contestant, a date that is not one', () => {
    const file = teamFile(lindgarden) as TeamAssessmentFile;
    expect(() => build({ ...file, criteria: file.criteria.map((c, i) => (i === 0 ? { ...c, score: 55 } : c)) })).toThrow(
      expect.objectContaining({ code: 'report-invalid-score', message: 'Kriteriet 1.1: poängen 55 är inte giltig på skalan 0–100.' }),
    );
    expect(() => build({ ...file, contestant: { id: 'c-okand' } })).toThrow(/Den tävlande "c-okand" finns inte i omgången/);
    expect(() => build(file, { reportDate: '2026-02-30' })).toThrow(/ska vara ett datum som ÅÅÅÅ-MM-DD/);
  });
});
