import { describe, expect, it } from 'vitest';
import { buildBedomningModel, buildSammanstallningModel, type ReportRoundSource } from '../../../../../../electron/core/reports/build';
import type { BedomningModel } from '../../../../../../electron/core/reports/model';
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
const build = (bedomningar: BedomningModel[], options: { anonymous?: boolean; classId?: string; p?: CriteriaPackage } = {}) =>
  buildSammanstallningModel({ round: inRound, pkg: options.p ?? pkg, classId: options.classId ?? 'forskola', bedomningar, anonymous: options.anonymous ?? false, reportDate: REPORT_DATE });

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
    expect(first.scores).toEqual(solrosen.criteria.map((c) => c.score));
    expect(first.spreads).toEqual(solrosen.criteria.map((c) => Math.max(...(c.scores as readonly number[])) - Math.min(...(c.scores as readonly number[]))));
    expect(first.recommendation).toEqual({ siteVisit: true, nomination: 'winner' });
    expect(first.stage).toBe('site-visit');
    expect(model.criteria.map((c) => c.id)).toEqual(solrosen.criteria.map((c) => c.id));
    expect(model).toMatchObject({ pointsAvailable: 1000, spreadThreshold: 30, anonymous: false });
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
