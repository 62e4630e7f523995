import { describe, expect, it } from 'vitest';
import type { Comment } from '../../../../shared/domain/assessment';
import { criteriaPackageSourceSchema } from '../../../../shared/formats/criteria-package';
import {
  agendaOrder,
  mergeComments,
  needsRationale,
  teamCriterionWarnings,
  teamProgress,
  type TeamCriterionState,
} from '../../../../shared/scoring/consensus';
import { EMPTY_CRITERION } from '../../../../shared/scoring/progress';
import { disagreement } from '../../../../shared/scoring/spread';
import { packageSource } from '../../../helpers/samples';

const pkg = criteriaPackageSourceSchema.parse(packageSource()).package;
const scale = pkg.scales[0]!;
const D = (...scores: (number | null)[]) => disagreement(scale, scores, pkg.consensus.spreadThreshold);
const DOC = 'a'.repeat(64);
let n = 0;
const comment = (text: string, pages: number[] = [1], extra: Partial<Comment> = {}): Comment => ({
  id: `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`,
  text,
  evidence: pages.map((page) => ({ documentSha256: DOC, page })),
  ...extra,
});

describe('the consensus agenda', () => {
  it('puts criteria that must be discussed first, most bands spanned first, then the larger spread, then package order', () => {
    const entries = [
      { criterionId: '1.1', disagreement: D(50, 60, 60) }, // spread 10
      { criterionId: '1.2', disagreement: D(30, 60, 60) }, // 30, 2 bands
      { criterionId: '2.1', disagreement: D(20, 60) }, // 40, 3 bands
      { criterionId: '2.2', disagreement: D(50, 90) }, // 40, 3 bands
      { criterionId: '2.3', disagreement: D(10, 40) }, // 30, 2 bands
      { criterionId: '3.1', disagreement: D(50, 100) }, // 50, 3 bands
      { criterionId: '3.2', disagreement: D(null) },
    ];
    expect(agendaOrder(entries).map((e) => e.criterionId)).toEqual(['3.1', '2.1', '2.2', '1.2', '2.3', '1.1', '3.2']);
  });
});

describe('the rationale rule', () => {
  it('needs a rationale only for an agreed score outside the individual range', () => {
    const range = D(40, 60, 50);
    expect(needsRationale(40, range)).toBe(false);
    expect(needsRationale(60, range)).toBe(false);
    expect(needsRationale(70, range)).toBe(true);
    expect(needsRationale(30, range)).toBe(true);
    expect(needsRationale(null, range)).toBe(false);
    expect(needsRationale(70, D(null, null))).toBe(false);
  });
});

describe('merging comments with provenance', () => {
  it('keeps every source comment id with its examiner and initials, and the distinct evidence', () => {
    const a = comment('Tydliga mål.', [3, 4]);
    const b = comment('Målen följs upp varje termin.', [4, 7]);
    const merged = mergeComments([
      { examinerId: 'e-anna', initials: 'AL', comment: a },
      { examinerId: 'e-bilal', initials: 'BH', comment: b },
    ]);
    expect(merged.text).toBe('Tydliga mål. Målen följs upp varje termin.');
    expect(merged.evidence.map((e) => e.page)).toEqual([3, 4, 7]);
    expect(merged.sources).toEqual([
      { commentId: a.id, examinerId: 'e-anna', initials: 'AL' },
      { commentId: b.id, examinerId: 'e-bilal', initials: 'BH' },
    ]);
  });

  it('keeps the original sources when a team comment is merged again, without duplicates', () => {
    const a = comment('A.');
    const c = comment('C.', [9]);
    const team = comment('A och B.', [1], {
      sources: [
        { commentId: a.id, examinerId: 'e-anna', initials: 'AL' },
        { commentId: 'b-id', examinerId: 'e-bilal', initials: 'BH' },
      ],
    });
    const merged = mergeComments([
      { examinerId: 'e-anna', initials: 'AL', comment: team },
      { examinerId: 'e-anna', initials: 'AL', comment: a },
      { examinerId: 'e-cecilia', initials: 'CE', comment: c },
    ]);
    expect(merged.sources.map((s) => s.commentId)).toEqual([a.id, 'b-id', c.id]);
    expect(merged.evidence.map((e) => e.page)).toEqual([1, 9]);
  });

  it('refuses to merge nothing', () => {
    expect(() => mergeComments([])).toThrow(RangeError);
  });

});

describe('when a team criterion is done', () => {
  const criterion = pkg.areas[0]!.criteria[0]!;
  const state = (over: Partial<TeamCriterionState> & { score?: number | null } = {}): TeamCriterionState => ({
    content: { ...EMPTY_CRITERION(criterion.id), score: over.score === undefined ? 60 : over.score, strengths: [comment('Styrka.')], improvements: [comment('Förbättring.')] },
    individualScores: [50, 60, 60],
    rationale: '',
    discussed: false,
    ...over,
  });
  const codes = (s: TeamCriterionState) => teamCriterionWarnings(pkg, criterion, s).filter((w) => w.blocking).map((w) => w.code);

  it('is done with an agreed score inside the range and comments', () => {
    expect(codes(state())).toEqual([]);
  });

  it('must be discussed when the spread reaches the threshold', () => {
    expect(codes(state({ individualScores: [30, 60, 60] }))).toEqual(['must-discuss']);
    expect(codes(state({ individualScores: [30, 60, 60], discussed: true }))).toEqual([]);
  });

  it('needs the rationale for a score outside the range, said in Swedish with the range', () => {
    const warnings = teamCriterionWarnings(pkg, criterion, state({ score: 80 }));
    expect(warnings.find((w) => w.code === 'rationale-missing')?.message).toBe(
      'Konsensuspoängen 80 ligger utanför de individuella poängen (50–60): skriv teamets motivering.',
    );
    expect(codes(state({ score: 80, rationale: 'Platsbesöket visade mer.' }))).toEqual([]);
  });

  it('needs a note after the site visit when the score changed', () => {
    expect(codes(state({ score: 60, siteVisit: { scoreBefore: 60, note: '' } }))).toEqual([]);
    expect(codes(state({ score: 50, siteVisit: { scoreBefore: 60, note: '' } }))).toEqual(['site-visit-note-missing']);
    expect(codes(state({ score: 50, siteVisit: { scoreBefore: 60, note: 'Rutinen fanns bara på papper.' } }))).toEqual([]);
  });

  it('counts progress over the class\'s criteria, listing what is missing', () => {
    const states = new Map([[criterion.id, state()]]);
    const progress = teamProgress(pkg, 'forskola', states);
    expect(progress).toMatchObject({ done: 1, total: 14 });
    expect(progress.criteria[1]!.missing).toEqual(['Kriteriet saknas i konsensusbedömningen.']);
    const unscored = teamProgress(pkg, 'forskola', new Map([[criterion.id, state({ score: null })]]));
    expect(unscored.criteria[0]!.missing).toContain('Ingen konsensuspoäng satt.');
  });
});
