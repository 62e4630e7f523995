import { createContext, useContext } from 'react';
import type { CommentKind, EvidenceAnchor } from '../../../../shared/domain/assessment';

/** A cited passage the viewer highlights, with its criterion id in the margin. */
export interface ViewerHighlight {
  readonly id: string;
  readonly anchor: EvidenceAnchor;
  readonly criterionId: string;
  readonly kind?: CommentKind;
  /** The anchor could not be found again: listed, never silently dropped. */
  readonly lost?: boolean;
}

/** What every page/paragraph of one viewer needs to draw its overlays. */
export interface ViewerContextValue {
  /** Folded words of the in-document search (empty: no search). */
  readonly searchWords: readonly string[];
  /** Highlights by the page/paragraph they are anchored at. */
  readonly highlightsByUnit: ReadonlyMap<number, readonly ViewerHighlight[]>;
  /** The highlight to scroll to and flash, with a counter so the same one can flash again. */
  readonly flash: { readonly id: string; readonly seq: number } | null;
  /** The search hit being shown (unit), to scroll its first match into view. */
  readonly activeHit: { readonly unit: number; readonly seq: number } | null;
}

export const ViewerContext = createContext<ViewerContextValue>({
  searchWords: [],
  highlightsByUnit: new Map(),
  flash: null,
  activeHit: null,
});

export const useViewerContext = () => useContext(ViewerContext);

export function unitOf(anchor: EvidenceAnchor): number {
  return anchor.page ?? anchor.paragraph ?? 1;
}
