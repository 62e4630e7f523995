/** A desk already loaded (the store as loadDesk leaves it), for component tests of its parts. */
import type { DocumentView } from '../../../../../shared/contract/documents';
import type { CriterionAssessment } from '../../../../../shared/domain/assessment';
import { applicableCriteria } from '../../../../../shared/scoring/points';
import { EMPTY_CRITERION } from '../../../../../shared/scoring/progress';
import { useDesk, type AssessmentHead } from '../../../../../renderer/features/assessment/desk-store';
import { roundOverview, samplePackage } from '../../../samples';

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
