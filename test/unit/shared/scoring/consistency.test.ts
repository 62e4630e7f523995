import { describe, expect, it } from 'vitest';
import type { Comment, CriterionAssessment } from '../../../../shared/domain/assessment';
import { criteriaPackageSourceSchema } from '../../../../shared/formats/criteria-package';
import { criterionWarnings } from '../../../../shared/scoring/consistency';
import { EMPTY_CRITERION } from '../../../../shared/scoring/progress';
import { packageSource } from '../../../helpers/samples';

const pkg = criteriaPackageSourceSchema.parse(packageSource()).package;
const criterion = pkg.areas[1]!.criteria[2]!; // 2.3, scale arbetssatt 0–100, rules 1–5 of each
let n = 0;
const comment = (text = 'En välgrundad mening.', evidence = 1): Comment => ({
  id: `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`,
  text,
  evidence: Array.from({ length: evidence }, (_, i) => ({ documentSha256: 'a'.repeat(64), page: i + 1 })),
});
const assessed = (score: number | null, strengths: Comment[], improvements: Comment[], extra: Partial<CriterionAssessment> = {}): CriterionAssessment => ({
  ...EMPTY_CRITERION(criterion.id),
  score,
  strengths,
  improvements,
  ...extra,
});
const codes = (a: CriterionAssessment) => criterionWarnings(pkg, criterion, a).map((w) => [w.code, w.blocking]);

describe('consistency warnings', () => {
  it('says nothing about an untouched criterion, nor about a consistent one', () => {
    expect(criterionWarnings(pkg, criterion, EMPTY_CRITERION(criterion.id))).toEqual([]);
    expect(codes(assessed(60, [comment(), comment()], [comment()]))).toEqual([]);
  });

  it('warns gently when a high band has mostly improvement areas, quoting the band\'s descriptor', () => {
    const [warning, ...rest] = criterionWarnings(pkg, criterion, assessed(80, [comment()], [comment(), comment()]));
    expect(rest).toEqual([]);
    expect(warning).toMatchObject({ code: 'high-band-mostly-improvements', blocking: false });
    const band = pkg.scales[0]!.bands.find((b) => b.label === 'Väl integrerat')!;
    expect(warning!.message).toBe(
      `Poängen 80 ligger i nivån »Väl integrerat«: »${band.descriptor}« Men de flesta kommentarerna är förbättringsområden (2 mot 1 styrka). Stämmer poängen med kommentarerna?`,
    );
    // The middle band is neutral; an even mix is not "mostly".
    expect(codes(assessed(60, [comment()], [comment(), comment()]))).toEqual([]);
    expect(codes(assessed(100, [comment()], [comment()]))).toEqual([]);
  });

  it('warns when a low band has mostly strengths', () => {
    const warnings = criterionWarnings(pkg, criterion, assessed(10, [comment(), comment(), comment()], [comment()]));
    expect(warnings.map((w) => w.code)).toEqual(['low-band-mostly-strengths']);
    expect(warnings[0]!.message).toContain('»Början«');
    expect(warnings[0]!.message).toContain('(3 mot 1 förbättringsområde)');
    expect(codes(assessed(40, [comment(), comment()], [comment()]))).toEqual([]);
  });

  it('flags comments without evidence (advisory) and without text (blocking), naming the comment', () => {
    const bare = comment('Saknar stöd i texten.', 0);
    const empty = comment('   ', 0);
    const warnings = criterionWarnings(pkg, criterion, assessed(50, [bare, empty], [comment()]));
    expect(warnings.map((w) => [w.code, w.blocking, w.commentId])).toEqual([
      ['comment-without-evidence', false, bare.id],
      ['comment-without-text', true, empty.id],
    ]);
    expect(warnings[0]!.message).toBe('Styrka 1 saknar belägg. Lägg till en sida eller ett citat ur dokumentet.');
    expect(warnings[1]!.message).toBe('Styrka 2 saknar text.');
  });

  it('holds the counts to the package\'s rules (blocking)', () => {
    expect(criterionWarnings(pkg, criterion, assessed(50, [comment()], []))).toEqual([
      { code: 'improvement-count', blocking: true, message: 'Kriteriepaketet kräver minst 1 förbättringsområde per kriterium (nu 0).' },
    ]);
    const six = Array.from({ length: 6 }, () => comment());
    expect(criterionWarnings(pkg, criterion, assessed(50, six, [comment()])).map((w) => w.message)).toEqual([
      'Kriteriepaketet kräver högst 5 styrkor per kriterium (nu 6).',
    ]);
    const free = { ...pkg, rules: undefined };
    expect(criterionWarnings(free, criterion, assessed(50, [comment()], []))).toEqual([]);
  });

  it('blocks a score with no comments at all, once per problem', () => {
    // The package's counts already ask for a strength and an improvement area: no third message repeating them.
    expect(codes(assessed(70, [], []))).toEqual([
      ['strength-count', true],
      ['improvement-count', true],
    ]);
    expect(criterionWarnings({ ...pkg, rules: undefined }, criterion, assessed(70, [], []))).toEqual([
      { code: 'score-without-comments', blocking: true, message: 'Poängen saknar motivering: skriv minst en styrka eller ett förbättringsområde.' },
    ]);
  });

  it('blocks an empty site-visit question', () => {
    const question = { id: '00000000-0000-4000-8000-999999999999', text: '' };
    expect(criterionWarnings(pkg, criterion, assessed(50, [comment()], [comment()], { siteVisitQuestions: [question] }))).toEqual([
      { code: 'question-without-text', blocking: true, message: 'Fråga 1 saknar text.', commentId: question.id },
    ]);
  });
});
