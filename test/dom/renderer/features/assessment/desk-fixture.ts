/** A desk already loaded (the store as loadDesk leaves it), for component tests of its parts. */
import type { AssessmentView, EditResult } from '../../../../../shared/contract/assessments';
import type { DocumentView } from '../../../../../shared/contract/documents';
import type { CriterionAssessment } from '../../../../../shared/domain/assessment';
import { prizeSections, sectionAspects } from '../../../../../shared/domain/prize-aspects';
import { FRAMSTEGET } from '../../../../../shared/formats/prizes';
import { applicableCriteria } from '../../../../../shared/scoring/points';
import { EMPTY_CRITERION } from '../../../../../shared/scoring/progress';
import { useDesk, type AssessmentHead } from '../../../../../renderer/features/assessment/desk-store';
import { appInfo, installFakeBridge } from '../../../fake-bridge';
import { packageView, roundOverview, samplePackage } from '../../../samples';

export const ASSESSMENT_ID = '11111111-2222-4333-8444-555555555555';
export const DOC_SHA = 'a'.repeat(64);

export const docView = (overrides: Partial<DocumentView> = {}): DocumentView => ({
  sha256: DOC_SHA,
  format: 'docx',
  title: 'Verksamhetsbeskrivning',
  fileName: 'solrosen.docx',
  bytes: 1000,
  unitKind: 'paragraph',
  unitCount: 3,
  wordCount: 30,
  pagesWithoutText: [],
  hasScripts: false,
  importedAt: '2026-09-01T08:00:00.000Z',
  usedBy: [],
  units: [1, 2, 3].map((number) => ({ number, hasText: true })),
  exampleMaterial: true,
  ...overrides,
});

export const head = (overrides: Partial<AssessmentHead> = {}): AssessmentHead => ({
  id: ASSESSMENT_ID,
  roundId: 'ku-2026-ovning',
  contestantId: 'c-solrosen',
  examinerId: 'e-anna',
  stage: 'individual',
  status: 'draft',
  revision: 1,
  updatedAt: '2026-09-01T08:00:00.000Z',
  submittedAt: null,
  classId: 'forskola',
  prizes: [],
  canUndo: false,
  canRedo: false,
  ...overrides,
});

let n = 0;
export const uuid = () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;

/** Puts the desk store where loadDesk would leave it, at `currentId`, with the given criteria work. */
export function loadedDesk(currentId: string, work: Partial<CriterionAssessment>[] = [], assessment: Partial<AssessmentHead> = {}) {
  const pkg = samplePackage();
  const criteria = applicableCriteria(pkg, 'forskola');
  const stored = Object.fromEntries(criteria.map((c) => [c.id, EMPTY_CRITERION(c.id)]));
  for (const item of work) stored[item.criterionId!] = { ...EMPTY_CRITERION(item.criterionId!), ...item };
  const contestant = roundOverview().teams[0]!.contestants[0]!;
  useDesk.setState({
    context: { roundId: 'ku-2026-ovning', roundTitle: 'Övning', exampleMaterial: true, contestant, pkg, criteria, prizes: [], documents: [docView()], deadline: '2099-09-15' },
    assessment: head(assessment),
    criteria: stored,
    currentId,
    documentSha: DOC_SHA,
  });
}

/** Framsteget as the core hands it to the desk: its aspects are rows of the assessment. */
export const framsteget = () => prizeSections([FRAMSTEGET], ['framsteget']);

/**
 * A fake core that keeps one assessment, as the real one does for these edits:
 * Solrosen in Förskola, or (with `classId: null`) taking part only in the given prizes.
 */
export function fakeDesk({ classId = 'forskola', prizes = [] }: { classId?: string | null; prizes?: AssessmentView['prizes'] } = {}) {
  const keys = [...(classId === null ? [] : applicableCriteria(samplePackage(), classId).map((c) => c.id)), ...sectionAspects(prizes).map((a) => a.key)];
  const criteria = new Map<string, CriterionAssessment>(keys.map((key) => [key, EMPTY_CRITERION(key)]));
  const answer = (criterion: CriterionAssessment): EditResult => {
    criteria.set(criterion.criterionId, criterion);
    return { criterion, savedAt: '2026-09-01T10:15:00.000Z', canUndo: true, canRedo: false };
  };
  const view = (): AssessmentView => ({ ...head({ classId, prizes }), criteria: [...criteria.values()] });
  const overview = roundOverview();
  const contestant = overview.teams[0]!.contestants[0]!;
  const shown = { ...contestant, classId, classTitle: classId === null ? null : contestant.classTitle, prizes: prizes.map((p) => ({ id: p.prizeId, title: p.title })) };
  const withComment = (commentId: string) => [...criteria.values()].find((c) => [...c.strengths, ...c.improvements].some((s) => s.id === commentId))!;
  return installFakeBridge({
    'app:info': () => appInfo(),
    'round:get': () => ({ ...overview, teams: [{ ...overview.teams[0]!, contestants: [shown] }] }),
    'package:get': () => packageView(),
    'assessment:open': () => view(),
    'document:open': () => docView(),
    'document:resolve-anchors': ({ anchors }) => anchors.map((anchor) => ({ status: 'found' as const, unit: anchor.paragraph ?? 1, anchor })),
    'assessment:set-score': ({ criterionId, score }) => answer({ ...criteria.get(criterionId)!, score }),
    'assessment:add-comment': ({ criterionId, kind, text, evidence }) => {
      const id = uuid();
      const current = criteria.get(criterionId)!;
      const list = kind === 'strength' ? 'strengths' : 'improvements';
      return { ...answer({ ...current, [list]: [...current[list], { id, text, evidence: evidence ?? [] }] }), commentId: id };
    },
    'assessment:edit-comment': ({ commentId, text }) => {
      const current = withComment(commentId);
      const edited = <T extends { id: string; text: string }>(list: readonly T[]) => list.map((s) => (s.id === commentId ? { ...s, text } : s));
      return answer({ ...current, strengths: edited(current.strengths), improvements: edited(current.improvements) });
    },
  });
}
