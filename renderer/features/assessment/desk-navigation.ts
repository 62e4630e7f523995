/** Moving around the desk: criteria, evidence jumps, the current page as evidence, submitting. */
import { call } from '../../api';
import { reportFailure, useNotices } from '../../app/notice-store';
import { useRouter } from '../../app/router-store';
import { useViewer } from '../documents/viewer/viewer-store';
import { addEvidence, isLocked } from './desk-actions';
import { anchorKey, highlightId } from './desk-keys';
import { progressOf, rowsProgress } from './desk-live';
import { rowKeys, rowTitle } from './desk-rows';
import { rowsNoun } from '../../../shared/domain/prize-aspects';
import { announce, applyView, useDesk } from './desk-store';
import { flushAll } from './drafts';

/** Goes to a row: a criterion's id or a prize aspect's key. */
export function selectCriterion(criterionId: string): void {
  const { context, currentId } = useDesk.getState();
  if (!context || criterionId === currentId || !rowKeys(context).includes(criterionId)) return;
  void flushAll();
  useDesk.setState({ currentId: criterionId, activeCommentId: null });
  useRouter.getState().replace({ name: 'assessment', roundId: context.roundId, contestantId: context.contestant.id, criterionId });
  announce(rowTitle(context, criterionId));
}

/** J / K: the next or previous criterion or aspect. */
export function stepCriterion(delta: 1 | -1): void {
  const { context, currentId } = useDesk.getState();
  if (!context) return;
  const rows = rowKeys(context);
  const next = rows[rows.indexOf(currentId ?? '') + delta];
  if (next) selectCriterion(next);
}

/** N: the next criterion or aspect that is not done, after the current one (wrapping around). */
export function nextUnfinished(): void {
  const state = useDesk.getState();
  const progress = progressOf(state);
  const rows = rowsProgress(progress);
  const index = rows.findIndex((row) => row.key === state.currentId);
  const next = [...rows.slice(index + 1), ...rows.slice(0, index + 1)].find((row) => !row.done);
  if (next) selectCriterion(next.key);
  else announce(`Alla ${rowsNoun(progress.criteria.length, progress.aspects.length)} är klara.`);
}

/** An evidence chip: show its document and jump to (and flash) the passage. */
export function jumpToEvidence(commentId: string, index: number): void {
  const state = useDesk.getState();
  const comment = Object.values(state.criteria)
    .flatMap((c) => [...c.strengths, ...c.improvements])
    .find((c) => c.id === commentId);
  const anchor = comment?.evidence[index];
  if (!anchor) return;
  const documentSha = (state.resolved[anchorKey(anchor)]?.anchor ?? anchor).documentSha256;
  useDesk.setState((s) => ({ documentSha, jump: { highlightId: highlightId(commentId, index), seq: (s.jump?.seq ?? 0) + 1 } }));
}

/** B / Ctrl+B: the page (or paragraph) shown in the viewer, as evidence on the focused comment. */
export function addShownPageAsEvidence(): void {
  const state = useDesk.getState();
  const doc = state.context?.documents.find((d) => d.sha256 === state.documentSha);
  const criterion = state.currentId ? state.criteria[state.currentId] : undefined;
  const active = state.activeCommentId;
  const kind = criterion?.strengths.some((c) => c.id === active) ? 'strength' : criterion?.improvements.some((c) => c.id === active) ? 'improvement' : null;
  if (!doc || !kind || isLocked()) {
    useNotices.getState().show('info', 'Välj först en styrka eller ett förbättringsområde (klicka i texten), så läggs sidan som visas till som belägg där.');
    return;
  }
  const unit = useViewer.getState().views[doc.sha256]?.page ?? 1;
  void addEvidence({ documentSha256: doc.sha256, ...(doc.unitKind === 'page' ? { page: unit } : { paragraph: unit }) }, kind);
}

export async function submit(): Promise<boolean> {
  const id = useDesk.getState().assessment?.id;
  if (!id) return false;
  try {
    await flushAll();
    applyView(await call('assessment:submit', { assessmentId: id }));
    const name = useDesk.getState().context?.contestant.name ?? '';
    useNotices.getState().show('success', `Din bedömning av ${name} är inlämnad och låst.`);
    return true;
  } catch (error) {
    reportFailure(error);
    return false;
  }
}

export async function reopen(): Promise<void> {
  const id = useDesk.getState().assessment?.id;
  if (!id) return;
  try {
    const view = await call('assessment:reopen', { assessmentId: id });
    applyView(view);
    announce(`Revision ${view.revision} är öppen för ändringar.`);
  } catch (error) {
    reportFailure(error);
  }
}
