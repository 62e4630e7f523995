import { describe, expect, it } from 'vitest';
import { buildBedomningModel, buildSammanstallningModel, type ReportRoundSource } from '../../../../../../electron/core/reports/build';
import type { BedomningModel, SammanstallningDecision, SammanstallningMeeting } from '../../../../../../electron/core/reports/model';
import type { CriteriaPackage } from '../../../../../../shared/formats/criteria-package';
import { pkg, REPORT_DATE, round, teamFile } from '../../../../../helpers/reports/build';
import { lindgarden } from '../../../../../helpers/reports/lindgarden';
import { solrosen } from '../../../../../helpers/reports/solrosen';
import type { ContestantSource } from '../../../../../helpers/reports/source';

/** The övningsomgång with Lindgården moved to Förskola and two more förskolor (Ekbacken, Humlan) in the team. */
const inRound: ReportRoundSource = {
  ...round,
  contestants: [
    ...round.contestants.map((c) => ({ ...c, class: 'forskola' })),
    { id: 'c-ekbacken', name: 'Förskolan Ekbacken', organisation: 'Älvdalens stadsdelsförvaltning', class: 'forskola' },
    { id: 'c-humlan', name: 'Förskolan Humlan', organisation: 'Hägerstens stadsdelsförvaltning', class: 'forskola' },
    { id: 'c-skolan', name: 'Skolan Lärkan', organisation: 'Sjöviks stadsdelsförvaltning', class: 'skola' },
  ],
  teams: [{ ...round.teams[0]!, contestants: ['c-solrosen', 'c-lindgarden', 'c-ekbacken', 'c-humlan', 'c-skolan'] }],
};

const bedomning = (source: ContestantSource, p: CriteriaPackage = pkg): BedomningModel =>
  buildBedomningModel({ round: inRound, pkg: p, assessment: teamFile(source), reportDate: REPORT_DATE });
type BuildOptions = { anonymous?: boolean; classId?: string; p?: CriteriaPackage; meeting?: SammanstallningMeeting; decision?: SammanstallningDecision };
const build = (bedomningar: BedomningModel[], options: BuildOptions = {}) =>
  buildSammanstallningModel({
    round: inRound,
    pkg: options.p ?? pkg,
    classId: options.classId ?? 'forskola',
    bedomningar,
    anonymous: options.anonymous ?? false,
    reportDate: REPORT_DATE,
    ...(options.meeting && { meeting: options.meeting }),
    ...(options.decision && { decision: options.decision }),
  });
/** The package's band label for a criterion's score, from the criterion's own scale. */
const bandOf = (criterionId: string, score: number) => {
  const scale = pkg.scales.find((s) => s.id === pkg.areas.flatMap((a) => a.criteria).find((c) => c.id === criterionId)!.scale)!;
  return scale.bands.find((b) => score >= b.from && score <= b.to)!.label;
};

const solrosenModel = bedomning(solrosen);
const lindgardenModel = bedomning(lindgarden);
/** Ekbacken scores exactly as Lindgården: the two share a rank. */
const ekbackenModel = bedomning({ ...lindgarden, contestantId: 'c-ekbacken' });

describe('buildSammanstallningModel', () => {
  it('ranks the class by total, equal totals sharing a rank, with each criterion’s score and spread and the recommendations', () => {
    const model = build([lindgardenModel, ekbackenModel, solrosenModel]);
    expect(model.class).toEqual({ id: 'forskola', title: 'Förskola' });
    expect(model.entries.map((e) => [e.rank, e.code, e.name])).toEqual([
      [1, 'A', 'Förskolan Solrosen'],
      [2, 'B', 'Lindgårdens vård- och omsorgsboende'],
      [2, 'C', 'Förskolan Ekbacken'],
    ]);
    const first = model.entries[0]!;
    expect(first.total).toBeCloseTo(solrosenModel.totals.points, 9);
    expect(first.areaPoints).toEqual(solrosenModel.areas.map((a) => a.points));
    expect(first.scores.map((s) => s?.score)).toEqual(solrosen.criteria.map((c) => c.score));
    expect(first.scores.map((s) => s?.band)).toEqual(solrosen.criteria.map((c) => bandOf(c.id, c.score as number)));
    expect([first.stage, first.revision, first.before, first.after, first.total]).toEqual(['site-visit', 1, solrosenModel.totals.pointsBeforeSiteVisit, solrosenModel.totals.points, solrosenModel.totals.points]);
    expect(first.before).not.toBe(first.after);
    expect(model.entries[1]).toMatchObject({ stage: 'consensus', after: null, total: model.entries[1]!.before });
    expect(first.spreads).toEqual(solrosen.criteria.map((c) => Math.max(...(c.scores as readonly number[])) - Math.min(...(c.scores as readonly number[]))));
    expect(first.recommendation).toEqual({ siteVisit: true, nomination: 'winner' });
    expect(first.stage).toBe('site-visit');
    expect(model.criteria.map((c) => c.id)).toEqual(solrosen.criteria.map((c) => c.id));
    expect(model).toMatchObject({ pointsAvailable: 1000, spreadThreshold: 30, anonymous: false, meeting: 'final', jury: null });
    expect(first.jury).toBeNull();
  });

  it('for the first meeting: consensus scores before the site visit, ranked on them, no post-visit total, no nomination, no decision', () => {
    const decision = { meetingDate: '2026-11-06', revision: 1, byContestant: new Map([['c-solrosen', { decision: 'winner' as const, citation: 'Bäst.' }]]) };
    const model = build([solrosenModel, lindgardenModel], { meeting: 'first', decision });
    const entry = model.entries.find((e) => e.code === 'A')!;
    const before = solrosen.criteria.map((c) => (c.before === undefined ? c.score : c.before));
    expect(entry.scores.map((s) => s?.score)).toEqual(before);
    expect(entry.scores.map((s) => s?.band)).toEqual(before.map((s, i) => bandOf(solrosen.criteria[i]!.id, s as number)));
    expect(entry).toMatchObject({ before: solrosenModel.totals.pointsBeforeSiteVisit, after: null, total: solrosenModel.totals.pointsBeforeSiteVisit, jury: null });
    expect(entry.recommendation).toEqual({ siteVisit: true, nomination: null });
    expect(entry.areaPoints.reduce((sum: number, p) => sum + (p ?? 0), 0)).toBeCloseTo(entry.before, 9);
    expect(model).toMatchObject({ meeting: 'first', jury: null });
  });

  it('for the final meeting with the jury\'s decision: the jury\'s own, beside the team\'s proposal', () => {
    const decision = { meetingDate: '2026-11-06', revision: 3, byContestant: new Map([['c-solrosen', { decision: 'honourable-mention' as const, citation: ' För barnens röst. ' }]]) };
    const model = build([solrosenModel, lindgardenModel], { decision });
    expect(model.jury).toEqual({ meetingDate: '2026-11-06', revision: 3 });
    expect(model.entries.map((e) => [e.code, e.recommendation.nomination, e.jury])).toEqual([
      ['A', 'winner', { decision: 'honourable-mention', citation: 'För barnens röst.' }],
      ['B', lindgardenModel.recommendation.nomination, null],
    ]);
  });

  it('chooses the key points by the printed rule: the first strength of the highest-scored criteria, the first improvement of the lowest', () => {
    const [entry] = build([solrosenModel]).entries;
    const criteria = solrosenModel.areas.flatMap((a) => a.criteria);
    const place = (c: (typeof criteria)[number]) => c.result!.score;
    const byHigh = [...criteria].sort((a, b) => place(b) - place(a)).filter((c) => c.strengths.length > 0);
    const byLow = [...criteria].sort((a, b) => place(a) - place(b)).filter((c) => c.improvements.length > 0);
    expect(entry!.keyPoints.strengths.map((p) => p.criterionId)).toEqual(byHigh.slice(0, 3).map((c) => c.id));
    expect(entry!.keyPoints.improvements.map((p) => p.criterionId)).toEqual(byLow.slice(0, 3).map((c) => c.id));
    expect(entry!.keyPoints.strengths[0]!.text).toBe(byHigh[0]!.strengths[0]!.text.replace(/\s+/g, ' ').trim());
  });

  it('lists the class’s contestants without a team file as missing, with the codes they have in the round', () => {
    const model = build([solrosenModel]);
    expect(model.entries).toHaveLength(1);
    expect(model.missing).toEqual([
      { code: 'B', name: 'Lindgårdens vård- och omsorgsboende', organisation: 'Sjövik stadsdelsförvaltning' },
      { code: 'C', name: 'Förskolan Ekbacken', organisation: 'Älvdalens stadsdelsförvaltning' },
      { code: 'D', name: 'Förskolan Humlan', organisation: 'Hägerstens stadsdelsförvaltning' },
    ]);
  });

  it('is anonymous all through when asked: codes only, no name or organisation anywhere in the model', () => {
    const model = build([solrosenModel, lindgardenModel], { anonymous: true });
    expect(model.entries.map((e) => [e.code, e.name, e.organisation])).toEqual([
      ['A', null, null],
      ['B', null, null],
    ]);
    expect(model.missing.map((m) => [m.code, m.name, m.organisation])).toEqual([
      ['C', null, null],
      ['D', null, null],
    ]);
    const json = JSON.stringify(model);
    for (const c of inRound.contestants) {
      expect(json).not.toContain(c.name);
      expect(json).not.toContain(c.organisation);
    }
    for (const examiner of ['Anna Lind', 'Bilal Haddad', 'Cecilia Ek']) expect(json).not.toContain(examiner);
    expect(model.entries.every((e) => e.notSubmitted.length === 0 && (e.file === null || e.file.author === null))).toBe(true);
  });

  it('takes only the class’s contestants and criteria', () => {
    const restricted: CriteriaPackage = {
      ...pkg,
      areas: pkg.areas.map((area) => ({ ...area, criteria: area.criteria.map((c) => (c.id === '6.3' ? { ...c, classes: ['skola'] } : c)) })),
    };
    const without63 = (source: ContestantSource) => ({ ...source, criteria: source.criteria.filter((c) => c.id !== '6.3') });
    const model = build([bedomning(without63(solrosen), restricted), bedomning({ ...without63(lindgarden), contestantId: 'c-skolan' }, restricted)], { p: restricted });
    expect(model.entries.map((e) => e.name)).toEqual(['Förskolan Solrosen']);
    expect(model.criteria.map((c) => c.id)).not.toContain('6.3');
    expect(model.areas.at(-1)).toEqual({ id: '6', title: 'Resultat', pointsAvailable: 250 });
    expect(model.pointsAvailable).toBe(900);
    expect(model.entries[0]!.scores).toHaveLength(13);
  });

  it('refuses an unknown class, a contestant twice and a bedömning from another round', () => {
    expect(() => build([solrosenModel], { classId: 'gymnasium' })).toThrow(/Tävlingsklassen "gymnasium" finns inte i kriteriepaketet\. Klasserna är: forskola \(Förskola\), skola \(Skola\)/);
    expect(() => build([solrosenModel, solrosenModel])).toThrow('Förskolan Solrosen finns med två gånger i sammanställningen.');
    expect(() => build([{ ...solrosenModel, round: { ...solrosenModel.round, id: 'ku-2025' } }])).toThrow(/gäller omgången ku-2025, inte ku-2026-ovning/);
  });
});
