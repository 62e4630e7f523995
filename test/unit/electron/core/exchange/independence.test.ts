import { describe, expect, it } from 'vitest';
import { contentVisibility, type IndependenceSource, type Viewer } from '../../../../../electron/core/exchange/independence';

const TEAM = new Set(['e-anna', 'e-bilal', 'e-cecilia']);
const source = (viewer: Viewer, submitted: Record<string, boolean> = {}): IndependenceSource & { asked: string[] } => {
  const asked: string[] = [];
  return {
    asked,
    viewer: () => viewer,
    isMyIndividualSubmitted: (roundId, contestantId) => {
      asked.push(`${roundId}/${contestantId}`);
      return submitted[contestantId] ?? false;
    },
  };
};

describe('the independence gate', () => {
  it('a team member sees co-examiners’ content only after submitting their own individual assessment of that contestant', () => {
    const bilal = source({ kind: 'examiner', examinerId: 'e-bilal' }, { 'c-solrosen': true });
    expect(contentVisibility(bilal, 'r', 'c-solrosen', TEAM)).toEqual({ visible: true });
    expect(contentVisibility(bilal, 'r', 'c-lindgarden', TEAM)).toMatchObject({ visible: false, reason: expect.stringContaining('först när du har lämnat in din egen individuella bedömning') });
    expect(bilal.asked).toEqual(['r/c-solrosen', 'r/c-lindgarden']);
  });

  it('holds for the team lead too', () => {
    expect(contentVisibility(source({ kind: 'examiner', examinerId: 'e-anna' }), 'r', 'c-solrosen', TEAM).visible).toBe(false);
    expect(contentVisibility(source({ kind: 'examiner', examinerId: 'e-anna' }, { 'c-solrosen': true }), 'r', 'c-solrosen', TEAM).visible).toBe(true);
  });

  it('an examiner of another team sees nothing; stadsledningskontoret sees all; an unknown viewer nothing', () => {
    expect(contentVisibility(source({ kind: 'examiner', examinerId: 'e-david' }, { 'c-solrosen': true }), 'r', 'c-solrosen', TEAM)).toMatchObject({ visible: false, reason: expect.stringContaining('annat team') });
    expect(contentVisibility(source({ kind: 'office' }), 'r', 'c-solrosen', TEAM)).toEqual({ visible: true });
    expect(contentVisibility(source({ kind: 'unknown' }, { 'c-solrosen': true }), 'r', 'c-solrosen', TEAM)).toMatchObject({ visible: false, reason: expect.stringContaining('Välj först vem du är') });
  });
});
