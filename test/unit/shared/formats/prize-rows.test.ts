import { describe, expect, it } from 'vitest';
import { aspectKey, isAspectKey, parseAspectKey, prizeSections, rowKey } from '../../../../shared/domain/prize-aspects';
import { FRAMSTEGET } from '../../../../shared/formats/prizes';
import { prizeRows, splitPrizeRows, teamPrizeRows } from '../../../../shared/formats/prize-rows';

const comment = (id: string, text: string) => ({ id: `00000000-0000-4000-8000-${id.padStart(12, '0')}`, text, evidence: [] });

describe('prize aspect keys', () => {
  it('name a prize and an aspect, and no criterion id can take that form', () => {
    const key = aspectKey('framsteget', 'skapar-varde');
    expect(key).toBe('prize:framsteget:skapar-varde');
    expect(parseAspectKey(key)).toEqual({ prizeId: 'framsteget', aspectId: 'skapar-varde' });
    expect(parseAspectKey('1.1')).toBeNull();
    expect(isAspectKey('prize.framsteget.nytt')).toBe(false);
    expect(rowKey.safeParse('1.1').success).toBe(true);
    expect(rowKey.safeParse(key).success).toBe(true);
    expect(rowKey.safeParse('prize:framsteget:../x').success).toBe(false);
    expect(rowKey.safeParse('prize:framsteget').success).toBe(false);
  });

  it('sections follow the round order of prizes and keep only the prizes entered', () => {
    const other = { ...FRAMSTEGET, id: 'annat', title: 'Annat pris' };
    expect(prizeSections([FRAMSTEGET, other], ['annat']).map((s) => s.prizeId)).toEqual(['annat']);
    const [section] = prizeSections([FRAMSTEGET, other], ['framsteget']);
    expect(section!.aspects.map((a) => a.key)).toEqual(['prize:framsteget:nytt', 'prize:framsteget:skapar-varde', 'prize:framsteget:anvands']);
  });
});

describe('aspect rows and the file form', () => {
  const rows = [
    { criterionId: '1.1', score: 3, attributes: {}, strengths: [comment('1', 'Kriterium')], improvements: [], siteVisitQuestions: [] },
    { criterionId: aspectKey('framsteget', 'nytt'), score: null, attributes: {}, strengths: [comment('2', 'Nytt arbetssätt')], improvements: [], siteVisitQuestions: [], privateNote: 'egen' },
    { criterionId: aspectKey('framsteget', 'anvands'), score: null, attributes: {}, strengths: [], improvements: [comment('3', 'Används av få')], siteVisitQuestions: [] },
  ];

  it('split criteria from aspects, grouped per prize, and join back to the same rows', () => {
    const { criteria, prizes } = splitPrizeRows(rows);
    expect(criteria.map((c) => c.criterionId)).toEqual(['1.1']);
    expect(prizes).toEqual([
      {
        prizeId: 'framsteget',
        aspects: [
          { aspectId: 'nytt', strengths: rows[1]!.strengths, improvements: [], siteVisitQuestions: [], privateNote: 'egen' },
          { aspectId: 'anvands', strengths: [], improvements: rows[2]!.improvements, siteVisitQuestions: [] },
        ],
      },
    ]);
    expect(prizeRows(prizes)).toEqual(rows.slice(1));
  });

  it('a team file\'s aspects become team rows without scores of their own', () => {
    const [row] = teamPrizeRows(splitPrizeRows(rows).prizes);
    expect(row).toMatchObject({ criterionId: 'prize:framsteget:nytt', score: null, individualScores: [], rationale: '', discussed: false });
    expect(prizeRows(undefined)).toEqual([]);
  });
});
