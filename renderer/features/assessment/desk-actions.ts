/** What the examiner does at the desk, each an edit through the core (see desk-store.ts). */
import type { EditableCommentKind } from '../../../shared/contract/assessments';
import type { EvidenceAnchor } from '../../../shared/domain/assessment';
import { announce, edit, useDesk } from './desk-store';
import { rowName } from './desk-rows';
import { typeText } from './drafts';
import { flushAll } from './drafts';

const current = () => useDesk.getState().currentId!;
export const isLocked = () => useDesk.getState().assessment?.status !== 'draft';

export async function setScore(score: number | null): Promise<void> {
  if (isLocked()) return;
  const criterionId = current();
  if (await edit('assessment:set-score', { criterionId, score })) {
    announce(score === null ? `Poängen för ${criterionId} är borttagen.` : `Poäng ${String(score).replace('.', ',')} för ${criterionId}.`);
  }
}

export function setAttribute(attributeId: string, rating: number | null): void {
  if (!isLocked()) void edit('assessment:set-attribute', { criterionId: current(), attributeId, rating });
}

/**
 * A new strength, improvement area or question (optionally with evidence); it
 * gets the focus. Keys typed before it can (see use-desk-keys) become its first text.
 */
export async function addComment(kind: EditableCommentKind, evidence?: EvidenceAnchor[]): Promise<void> {
  if (isLocked() || useDesk.getState().pendingText !== null) return;
  useDesk.setState({ pendingText: '' });
  const result = await edit('assessment:add-comment', { criterionId: current(), kind, text: '', ...(evidence ? { evidence } : {}) });
  const typed = useDesk.getState().pendingText ?? '';
  useDesk.setState({ pendingText: null });
  if (!result?.commentId) return;
  const id = result.commentId;
  if (typed !== '') typeText(id, typed);
  useDesk.setState((s) => ({ activeCommentId: kind === 'question' ? s.activeCommentId : id, focusRequest: { id, seq: (s.focusRequest?.seq ?? 0) + 1 } }));
}

export function deleteComment(commentId: string): void {
  if (isLocked()) return;
  useDesk.setState((s) => ({ activeCommentId: s.activeCommentId === commentId ? null : s.activeCommentId }));
  void edit('assessment:delete-comment', { commentId }).then((result) => result && announce('Kommentaren är borttagen. Ctrl+Z ångrar.'));
}

export function moveComment(commentId: string, position: number): void {
  if (!isLocked()) void edit('assessment:move-comment', { commentId, position });
}

export function removeEvidence(commentId: string, index: number): void {
  if (!isLocked()) void edit('assessment:remove-evidence', { commentId, index });
}

/** Evidence from the viewer: onto the focused comment when it is of that kind, else a new comment with it. */
export async function addEvidence(anchor: EvidenceAnchor, kind: EditableCommentKind): Promise<void> {
  if (isLocked()) return;
  const { activeCommentId, criteria, currentId } = useDesk.getState();
  const criterion = criteria[currentId!];
  const list = kind === 'strength' ? criterion?.strengths : criterion?.improvements;
  if (activeCommentId && list?.some((c) => c.id === activeCommentId)) {
    const result = await edit('assessment:add-evidence', { commentId: activeCommentId, anchor });
    if (result) announce(`Belägget är tillagt på ${kind === 'strength' ? 'styrkan' : 'förbättringsområdet'}.`);
  } else {
    await addComment(kind, [anchor]);
  }
}

export async function undoOrRedo(direction: 'undo' | 'redo'): Promise<void> {
  if (isLocked()) return;
  await flushAll();
  const result = await edit(direction === 'undo' ? 'assessment:undo' : 'assessment:redo', {});
  // The desk edits an individual assessment, whose every change belongs to a criterion or an aspect.
  if (!result?.criterion) return;
  const { criterionId } = result.criterion;
  const { context, currentId } = useDesk.getState();
  if (criterionId !== currentId) useDesk.setState({ currentId: criterionId, activeCommentId: null });
  announce(`${direction === 'undo' ? 'Ångrade' : 'Gjorde om'} en ändring i ${context ? rowName(context, criterionId) : criterionId}.`);
}
