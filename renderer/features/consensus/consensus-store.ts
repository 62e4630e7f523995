/**
 * The consensus workspace on screen: the view the core answered, the
 * criterion in focus, and the members' comments picked for merging. Every
 * change goes to the core in order (the shared edit queue, app/edit-queue.ts);
 * an edit patches the view from the core's answer (consensus-patch.ts), and
 * the few changes that reach beyond it (a member's newer assessment, undo,
 * submitting) read the view again.
 */
import type { Args, Channel, Result } from '../../../shared/contract';
import type { EditResult } from '../../../shared/contract/assessments';
import type { ConsensusView, TeamEditResult, TeamStage } from '../../../shared/contract/consensus';
import type { CriteriaPackage } from '../../../shared/formats/criteria-package';
import { call, messageOf } from '../../api';
import { createEditQueue } from '../../app/edit-queue';
import { reportFailure, useNotices } from '../../app/notice-store';
import { patchView } from './consensus-patch';
import { defineStore } from '../../app/store';

export type PickList = 'strength' | 'improvement' | 'question';

export interface Pick {
  readonly examinerId: string;
  readonly commentId: string;
  readonly criterionId: string;
  readonly list: PickList;
}

/** The agenda item in focus: a criterion id, or the team's overall part. */
export const TEAM_PART = '#team';

export interface ConsensusState {
  readonly place: { readonly roundId: string; readonly contestantId: string; readonly stage: TeamStage | undefined } | null;
  readonly view: ConsensusView | null;
  readonly pkg: CriteriaPackage | null;
  readonly round: { readonly title: string; readonly exampleMaterial: boolean; readonly documentSha256: string | null } | null;
  readonly error: string | null;
  readonly currentId: string | null;
  readonly picks: readonly Pick[];
  readonly announcement: string;
  /** The field that gets the focus as soon as it is shown (a team comment or next step just added): see use-focus-request.ts. */
  readonly focusRequest: string | null;
}

const initial: ConsensusState = { place: null, view: null, pkg: null, round: null, error: null, currentId: null, picks: [], announcement: '', focusRequest: null };

export const useConsensus = defineStore<ConsensusState>(() => initial);
const set = (change: Partial<ConsensusState> | ((s: ConsensusState) => Partial<ConsensusState>)) => useConsensus.setState(change);
const get = () => useConsensus.getState();

const queue = createEditQueue();

export function resetConsensus(): void {
  set(initial);
}

export async function loadConsensus(roundId: string, contestantId: string, stage?: TeamStage): Promise<void> {
  set({ ...initial, place: { roundId, contestantId, stage } });
  try {
    const overview = await call('round:get', { roundId });
    const [pkg, view] = await Promise.all([call('package:get', { sha256: overview.package.sha256 }), call('consensus:open', { roundId, contestantId, stage })]);
    const first = view.assessment?.criteria[0]?.criterionId ?? null;
    const documentSha256 = overview.teams.flatMap((t) => t.contestants).find((c) => c.id === contestantId)?.documents[0]?.sha256 ?? null;
    set({ view, pkg: pkg.content, round: { title: overview.title, exampleMaterial: overview.exampleMaterial, documentSha256 }, currentId: first });
    if (view.access === 'lead' && view.assessment) useNotices.getState().markSaved(view.assessment.updatedAt);
  } catch (error) {
    set({ error: messageOf(error) });
  }
}

/** Reads the view again (after an edit, an import, a stage change). */
export async function refreshConsensus(stage?: TeamStage): Promise<void> {
  const place = get().place;
  if (!place) return;
  const next = { ...place, stage: stage ?? place.stage };
  const view = await call('consensus:open', next);
  set((s) => ({ view, place: next, currentId: s.currentId ?? view.assessment?.criteria[0]?.criterionId ?? null }));
}

/** The channels whose answer patches the view. */
type EditChannel = { [C in Channel]: Result<C> extends EditResult ? C : never }[Channel];

/** One edit of the team's assessment, patched into the view from the core's answer (one round trip). Resolves to the result, or null when refused. */
export function editConsensus<C extends EditChannel>(channel: C, args: Args<C>, done?: string): Promise<Result<C> | null> {
  return queue.edit(
    () => call(channel, args) as Promise<Result<C> & EditResult>,
    (result) => set((s) => ({ view: s.view && patchView(s.view, result), ...(done ? { announcement: done } : {}) })),
  );
}

/**
 * A change of one of the team's lists (key themes, next steps), made from the
 * list as it stands when the change reaches the core: a text saved just
 * before it (on leaving its box for the add button) is kept, not overwritten
 * from the list as it was shown.
 */
export function editTeamList(part: 'nextSteps' | 'keyThemes', change: (items: readonly string[]) => string[]): Promise<TeamEditResult | null> {
  return queue.edit(
    () => call('consensus:set-team', { assessmentId: editableId(get())!, change: { field: part, value: change(get().view!.assessment!.team[part]) } }),
    (result) => set((s) => ({ view: s.view && patchView(s.view, result) })),
  );
}

/** A change that reaches beyond the edited criterion (sources, undo, submitting): runs in the queue, then the view is read again. Resolves to the result, or null when refused. */
export function runConsensus<C extends Channel>(channel: C, args: Args<C>, done?: string): Promise<Result<C> | null> {
  return queue.enqueue(async () => {
    try {
      const result = await call(channel, args);
      const savedAt = (result as { savedAt?: unknown } | null)?.savedAt;
      if (typeof savedAt === 'string') useNotices.getState().markSaved(savedAt);
      await refreshConsensus();
      if (done) set({ announcement: done });
      return result;
    } catch (error) {
      reportFailure(error);
      return null;
    }
  });
}

/** Opens a team stage (the consensus, or the site visit); the core answers with the workspace, which is shown as it is. */
export function startStage(channel: 'consensus:start' | 'consensus:start-site-visit', done: string): Promise<ConsensusView | null> {
  return queue.enqueue(async () => {
    const place = get().place;
    if (!place) return null;
    try {
      const view = await call(channel, { roundId: place.roundId, contestantId: place.contestantId });
      set((s) => ({ view, place: { ...place, stage: view.assessment?.stage }, currentId: s.currentId ?? view.assessment?.criteria[0]?.criterionId ?? null, announcement: done }));
      return view;
    } catch (error) {
      reportFailure(error);
      return null;
    }
  });
}

/** The editable assessment's id (the lead's draft or submitted team assessment), or null. */
export const editableId = (s: ConsensusState) => s.view?.editable?.id ?? null;
export const isDraft = (s: ConsensusState) => s.view?.editable?.status === 'draft';

/** Puts a criterion (or the team's part) in focus and brings it into view. */
export function selectCriterion(id: string): void {
  set({ currentId: id });
  requestAnimationFrame(() => {
    // Only the workspace column scrolls (scrollIntoView would move the whole window too).
    const column = document.getElementById('consensus-main');
    const target = document.getElementById(id === TEAM_PART ? 'team-part-title' : 'consensus-criterion-title');
    if (!column || !target) return;
    column.scrollTop = target.getBoundingClientRect().top - column.getBoundingClientRect().top + column.scrollTop - 12;
  });
}

export function togglePick(pick: Pick): void {
  set((s) => {
    const has = s.picks.some((p) => p.commentId === pick.commentId);
    return { picks: has ? s.picks.filter((p) => p.commentId !== pick.commentId) : [...s.picks.filter((p) => p.criterionId === pick.criterionId), pick] };
  });
}

export function clearPicks(): void {
  set({ picks: [] });
}

/** Takes the picked comments into the team's list as one comment (or into an existing one). */
export async function takePicks(kind: PickList, picks: readonly Pick[], into?: string): Promise<void> {
  const id = editableId(get());
  const criterionId = picks[0]?.criterionId;
  if (!id || !criterionId) return;
  const what = kind === 'strength' ? 'teamets styrkor' : kind === 'improvement' ? 'teamets förbättringsområden' : 'teamets frågor';
  const result = await editConsensus(
    'consensus:take',
    { assessmentId: id, criterionId, kind, picks: picks.map(({ examinerId, commentId }) => ({ examinerId, commentId })), ...(into ? { into } : {}) },
    picks.length > 1 ? `${picks.length} kommentarer slogs ihop i ${what}.` : `Kommentaren togs med i ${what}.`,
  );
  if (result) clearPicks();
  if (result?.commentId) set({ focusRequest: teamCommentField(result.commentId) });
}

/** Keys of the fields a focus request can name. */
export const teamCommentField = (commentId: string) => `comment:${commentId}`;
/** An item of the team's list of key themes or next steps. */
export const teamListField = (part: 'nextSteps' | 'keyThemes', index: number) => `${part}:${index}`;

export async function undoOrRedo(direction: 'undo' | 'redo'): Promise<void> {
  const id = editableId(get());
  if (!id || !isDraft(get())) return;
  const result = await runConsensus(direction === 'undo' ? 'assessment:undo' : 'assessment:redo', { assessmentId: id });
  if (result?.criterion) set({ currentId: result.criterion.criterionId });
  if (result) set({ announcement: direction === 'undo' ? 'Ångrade en ändring.' : 'Gjorde om en ändring.' });
}
