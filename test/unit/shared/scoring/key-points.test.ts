import { describe, expect, it } from 'vitest';
import { aspectKeyPoints, keyPoints, type KeyPointCriterion } from '../../../../shared/scoring/key-points';

const comments = (...texts: string[]) => texts.map((text) => ({ text }));
const criterion = (id: string, score: number | null, max = 100, strengths = comments(`Styrka ${id}`), improvements = comments(`Förbättra ${id}`)): KeyPointCriterion => ({
  id,
  scale: { min: 0, max },
  score,
  strengths,
  improvements,
});

describe('the key points rule (one rule for the jury workspace and the sammanställning)', () => {
  it('takes the first strength of the three highest-placed criteria and the first improvement of the three lowest', () => {
    const points = keyPoints([criterion('1.1', 40), criterion('1.2', 90), criterion('2.1', 10), criterion('2.2', 70), criterion('3.1', 60)]);
    expect(points.strengths.map((p) => p.criterionId)).toEqual(['1.2', '2.2', '3.1']);
    expect(points.improvements.map((p) => p.criterionId)).toEqual(['2.1', '1.1', '3.1']);
    expect(points.strengths[0]).toEqual({ criterionId: '1.2', text: 'Styrka 1.2' });
  });

  it('compares places on their scales, keeps the package order on ties, and passes over unscored or empty criteria', () => {
    const points = keyPoints([
      criterion('a', 3, 5), // 60 %
      criterion('b', 50, 100), // 50 %
      criterion('c', 60, 100), // 60 %, after a in the package
      criterion('d', null),
      criterion('e', 100, 100, comments('  ')),
    ]);
    expect(points.strengths.map((p) => p.criterionId)).toEqual(['a', 'c', 'b']);
    expect(points.improvements.map((p) => p.criterionId)).toEqual(['b', 'a', 'c']);
  });

  it('makes each point one line: whitespace collapsed, a long text cut with an ellipsis', () => {
    const long = `Ett  långt\nstycke ${'ord '.repeat(100)}`;
    const [point] = keyPoints([criterion('x', 80, 100, comments(long))]).strengths;
    expect(point!.text).not.toMatch(/\s{2}|\n/);
    expect(point!.text.length).toBeLessThanOrEqual(200);
    expect(point!.text.endsWith('…')).toBe(true);
  });
});

describe('aspectKeyPoints (a prize aspect in the jury workspace)', () => {
  it('takes the first strength and improvement area that say something, on one line, cut short; null when none', () => {
    expect(aspectKeyPoints({ strengths: comments('  ', 'Nytt\narbetssätt', 'Andra'), improvements: [] })).toEqual({ strength: 'Nytt arbetssätt', improvement: null });
    const long = aspectKeyPoints({ strengths: [], improvements: comments('x'.repeat(500)) });
    expect(long.strength).toBeNull();
    expect(long.improvement!.length).toBe(200);
    expect(long.improvement!.endsWith('…')).toBe(true);
  });
});
