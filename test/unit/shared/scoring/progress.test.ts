import { describe, expect, it } from 'vitest';
import type { CriterionAssessment } from '../../../../shared/domain/assessment';
import { criteriaPackageSourceSchema } from '../../../../shared/formats/criteria-package';
import { assessmentProgress, EMPTY_CRITERION } from '../../../../shared/scoring/progress';
import { packageSource } from '../../../helpers/samples';

const pkg = criteriaPackageSourceSchema.parse(packageSource()).package;
const anchor = { documentSha256: 'b'.repeat(64), page: 3 };
let n = 0;
const id = () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
const complete = (criterionId: string, score = 50): CriterionAssessment => ({
  ...EMPTY_CRITERION(criterionId),
  score,
  strengths: [{ id: id(), text: 'Styrka.', evidence: [anchor] }],
  improvements: [{ id: id(), text: 'Förbättring.', evidence: [] }],
});

describe('progress', () => {
  it('counts a criterion as done when scored, commented and without a blocking warning', () => {
    const criteria = [
      complete('1.1'),
      { ...complete('1.2'), score: null },
      { ...complete('2.1'), improvements: [] },
      complete('2.2', 100),
      { ...complete('2.3'), strengths: [{ id: id(), text: '', evidence: [] }, ...complete('x').strengths] },
    ];
    const progress = assessmentProgress(pkg, 'forskola', criteria);
    expect(progress.total).toBe(14);
    expect(progress.done).toBe(2);
    const byId = Object.fromEntries(progress.criteria.map((c) => [c.criterion.id, c]));
    expect(byId['1.1']!.done).toBe(true);
    // Advisory warnings (no evidence on the improvement area) do not block.
    expect(byId['1.1']!.warnings.map((w) => w.code)).toEqual(['comment-without-evidence']);
    expect(byId['1.2']!.missing).toEqual(['Ingen poäng satt.']);
    expect(byId['2.1']!.missing).toEqual(['Kriteriepaketet kräver minst 1 förbättringsområde per kriterium (nu 0).']);
    expect(byId['2.3']!.missing).toEqual(['Styrka 1 saknar text.']);
    expect(byId['3.1']!.missing).toEqual(['Ingen poäng satt.', 'Ingen styrka eller förbättringsområde.']);
  });

  it('counts only the criteria of the contestant\'s class', () => {
    const restricted = structuredClone(pkg);
    restricted.areas[0]!.criteria[0]!.classes = ['skola'];
    const progress = assessmentProgress(restricted, 'forskola', [complete('1.1'), complete('1.2')]);
    expect(progress).toMatchObject({ done: 1, total: 13 });
    expect(progress.criteria.map((c) => c.criterion.id)).not.toContain('1.1');
  });
});
