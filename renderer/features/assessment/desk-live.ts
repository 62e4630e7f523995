/**
 * What the desk shows, computed from the store as it is now — text still
 * being typed included, so warnings and progress follow the keyboard.
 */
import type { CriterionAssessment } from '../../../shared/domain/assessment';
import { criterionProgress, EMPTY_CRITERION, type CriterionProgress } from '../../../shared/scoring/progress';
import { aspectProgress, type AspectProgress } from '../../../shared/scoring/aspect-progress';
import { aspectWarnings, type CriterionWarning } from '../../../shared/scoring/consistency';
import { sectionAspects } from '../../../shared/domain/prize-aspects';
import { areaPoints, totalPoints, type AreaPoints, type PointsSummary } from '../../../shared/scoring/points';
import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { ViewerHighlight } from '../documents/viewer/viewer-context';
import { anchorKey, highlightId, noteKey } from './desk-keys';
import { rowName } from './desk-rows';
import { useDesk, type DeskState } from './desk-store';

type Live = Pick<DeskState, 'context' | 'assessment' | 'criteria' | 'drafts' | 'resolved'>;

export function liveCriterion(state: Pick<DeskState, 'criteria' | 'drafts'>, criterionId: string): CriterionAssessment {
  const stored = state.criteria[criterionId] ?? EMPTY_CRITERION(criterionId);
  const drafts = state.drafts;
  const typed = <T extends { id: string; text: string }>(items: readonly T[]) => items.map((item) => (drafts[item.id] !== undefined ? { ...item, text: drafts[item.id]! } : item));
  return {
    ...stored,
    strengths: typed(stored.strengths),
    improvements: typed(stored.improvements),
    siteVisitQuestions: typed(stored.siteVisitQuestions),
    privateNote: drafts[noteKey(criterionId)] ?? stored.privateNote ?? '',
  };
}

/** The desk's progress as typed: the criteria, then the prize aspects; done and total count both. */
export interface DeskProgress {
  readonly criteria: readonly CriterionProgress[];
  readonly aspects: readonly (AspectProgress & { readonly warnings: readonly CriterionWarning[] })[];
  readonly done: number;
  readonly total: number;
}

export function progressOf(state: Live): DeskProgress {
  const context = state.context;
  if (!context) return { criteria: [], aspects: [], done: 0, total: 0 };
  const criteria = context.criteria.map((criterion) => criterionProgress(context.pkg, criterion, liveCriterion(state, criterion.id)));
  const rows = new Map(sectionAspects(context.prizes).map((a) => [a.key, liveCriterion(state, a.key)]));
  const aspects = aspectProgress(context.prizes, rows, false).map((p) => ({ ...p, warnings: aspectWarnings(rows.get(p.aspect.key)!) }));
  const done = criteria.filter((c) => c.done).length + aspects.filter((a) => a.done).length;
  return { criteria, aspects, done, total: criteria.length + aspects.length };
}

/** Each row in the desk's order: its key, whether it is done and what it lacks. */
export const rowsProgress = (progress: DeskProgress): { key: string; done: boolean; missing: readonly string[] }[] => [
  ...progress.criteria.map((p) => ({ key: p.criterion.id, done: p.done, missing: p.missing })),
  ...progress.aspects.map((p) => ({ key: p.aspect.key, done: p.done, missing: p.missing })),
];

export function pointsOf(state: Live): { areas: AreaPoints[]; total: PointsSummary } | null {
  const context = state.context;
  if (!context || !state.assessment) return null;
  const scores = Object.fromEntries(Object.values(state.criteria).map((c) => [c.criterionId, c.score]));
  const classId = state.assessment.classId;
  // A contestant taking part only in prizes has no points to show.
  if (classId === null) return null;
  return { areas: areaPoints(context.pkg, scores, classId).filter((a) => a.criteria > 0), total: totalPoints(context.pkg, scores, classId) };
}

/** Every evidence anchor of the assessment in one document, where it was found again (or lost). */
export function highlightsOf(state: Live, documentSha: string): ViewerHighlight[] {
  const highlights: ViewerHighlight[] = [];
  for (const criterion of Object.values(state.criteria)) {
    for (const [kind, list] of [['strength', criterion.strengths], ['improvement', criterion.improvements]] as const) {
      for (const comment of list) {
        comment.evidence.forEach((anchor, index) => {
          const resolved = state.resolved[anchorKey(anchor)];
          const shown = resolved?.anchor ?? anchor;
          if (shown.documentSha256 !== documentSha) return;
          // The viewer names a highlight's row: a criterion's id, an aspect as "Framsteget: Nytt".
          const row = state.context ? rowName(state.context, criterion.criterionId) : criterion.criterionId;
          highlights.push({ id: highlightId(comment.id, index), anchor: shown, criterionId: row, kind, lost: resolved?.status === 'lost' });
        });
      }
    }
  }
  return highlights;
}

/** The desk's pieces that everything live is computed from (stable while none of them changes). */
export function useLive(): Live {
  return useDesk(useShallow((s) => ({ context: s.context, assessment: s.assessment, criteria: s.criteria, drafts: s.drafts, resolved: s.resolved })));
}

export function useProgress(): DeskProgress {
  const live = useLive();
  return useMemo(() => progressOf(live), [live]);
}

export function usePoints() {
  const live = useLive();
  return useMemo(() => pointsOf(live), [live]);
}
