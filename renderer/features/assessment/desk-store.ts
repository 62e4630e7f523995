/**
 * The examiner's desk: one assessment being edited. Every edit goes to the
 * core in order (one queue) and the desk shows what the core answered; text
 * is saved shortly after typing pauses (and at once on leaving the field).
 */
import type { Args, Channel, Result } from '../../../shared/contract';
import type { AssessmentView, EditResult } from '../../../shared/contract/assessments';
import type { DocumentView, ResolvedAnchor } from '../../../shared/contract/documents';
import type { ContestantView } from '../../../shared/contract/rounds';
import type { CriterionAssessment, EvidenceAnchor } from '../../../shared/domain/assessment';
import type { CriteriaPackage, Criterion } from '../../../shared/formats/criteria-package';
import type { PrizeSection } from '../../../shared/domain/prize-aspects';
import { applicableCriteria } from '../../../shared/scoring/points';
import { call, messageOf } from '../../api';
import { createEditQueue } from '../../app/edit-queue';
import { anchorKey } from './desk-keys';
import { rowKeys } from './desk-rows';
import { defineStore } from '../../app/store';

export interface DeskContext {
  readonly roundId: string;
  readonly roundTitle: string;
  readonly exampleMaterial: boolean;
  readonly contestant: ContestantView;
  readonly pkg: CriteriaPackage;
  /** The criteria that apply to the contestant's class, in package order (none for a contestant taking part only in prizes). */
  readonly criteria: readonly Criterion[];
  /** The prizes the contestant enters: their aspects are rows after the criteria (desk-rows.ts). */
  readonly prizes: readonly PrizeSection[];
  readonly documents: readonly DocumentView[];
  /** The last day of the individual assessment ("YYYY-MM-DD"). */
  readonly deadline: string | null;
}

export type AssessmentHead = Omit<AssessmentView, 'criteria'>;

export interface DeskState {
  readonly context: DeskContext | null;
  readonly error: string | null;
  readonly assessment: AssessmentHead | null;
  readonly criteria: Readonly<Record<string, CriterionAssessment>>;
  readonly currentId: string | null;
  /** The comment evidence goes to (the one last focused, in the current criterion). */
  readonly activeCommentId: string | null;
  /** Asks a comment's text field to take the focus (a new comment, or after "N"). */
  readonly focusRequest: { readonly id: string; readonly seq: number } | null;
  /** Text typed but not yet acknowledged by the core, by comment id or noteKey. */
  readonly drafts: Readonly<Record<string, string>>;
  readonly resolved: Readonly<Record<string, ResolvedAnchor>>;
  readonly documentSha: string | null;
  readonly jump: { readonly highlightId: string; readonly seq: number } | null;
  /** The last thing done, for screen readers. */
  readonly announcement: string;
  /** While a new comment is being made: what was typed before its field could take the focus. */
  readonly pendingText: string | null;
}

export const initialDesk: DeskState = {
  context: null,
  error: null,
  assessment: null,
  criteria: {},
  currentId: null,
  activeCommentId: null,
  focusRequest: null,
  drafts: {},
  resolved: {},
  documentSha: null,
  jump: null,
  announcement: '',
  pendingText: null,
};

export const useDesk = defineStore<DeskState>(() => initialDesk);

const set = (change: Partial<DeskState> | ((state: DeskState) => Partial<DeskState>)) => useDesk.setState(change);
const get = () => useDesk.getState();

export async function loadDesk(roundId: string, contestantId: string, criterionId?: string): Promise<void> {
  set({ ...initialDesk });
  try {
    const overview = await call('round:get', { roundId });
    const contestant = overview.teams.flatMap((t) => t.contestants).find((c) => c.id === contestantId);
    if (!contestant) throw new Error('Den tävlande finns inte i omgången.');
    const [pkg, assessment, documents] = await Promise.all([
      call('package:get', { sha256: overview.package.sha256 }),
      call('assessment:open', { roundId, contestantId }),
      Promise.all(contestant.documents.map((d) => call('document:open', { sha256: d.sha256 }))),
    ]);
    const criteria = assessment.classId === null ? [] : applicableCriteria(pkg.content, assessment.classId);
    const { criteria: list, ...head } = assessment;
    const context: DeskContext = {
      roundId,
      roundTitle: overview.title,
      exampleMaterial: overview.exampleMaterial,
      contestant,
      pkg: pkg.content,
      criteria,
      prizes: assessment.prizes,
      documents,
      deadline: overview.deadlines.find((d) => d.kind === 'individual')?.date ?? null,
    };
    const rows = rowKeys(context);
    set({
      context,
      assessment: head,
      criteria: Object.fromEntries(list.map((c) => [c.criterionId, c])),
      currentId: rows.find((key) => key === criterionId) ?? rows[0] ?? null,
      documentSha: documents[0]?.sha256 ?? null,
    });
    await resolveAnchors();
  } catch (error) {
    set({ error: messageOf(error) });
  }
}

/** Finds every anchor not yet looked up again in its document: lost ones are shown as lost, never dropped. */
export async function resolveAnchors(): Promise<void> {
  const known = get().resolved;
  const anchors = new Map<string, EvidenceAnchor>();
  for (const criterion of Object.values(get().criteria)) {
    for (const comment of [...criterion.strengths, ...criterion.improvements]) {
      for (const anchor of comment.evidence) if (!known[anchorKey(anchor)]) anchors.set(anchorKey(anchor), anchor);
    }
  }
  if (anchors.size === 0) return;
  const list = [...anchors.values()];
  const results = await call('document:resolve-anchors', { anchors: list });
  set((state) => ({ resolved: { ...state.resolved, ...Object.fromEntries(list.map((a, i) => [anchorKey(a), results[i]!])) } }));
}

const queue = createEditQueue();

/** Runs core calls one after another, in the order they were asked for (edits included). */
export const enqueue = queue.enqueue;

export function applyEdit(result: EditResult): void {
  const changed = result.criterion;
  set((state) => ({
    criteria: changed ? { ...state.criteria, [changed.criterionId]: changed } : state.criteria,
    assessment: state.assessment && { ...state.assessment, canUndo: result.canUndo, canRedo: result.canRedo, updatedAt: result.savedAt },
  }));
  void resolveAnchors().catch(() => undefined);
}

export function applyView(view: AssessmentView): void {
  const { criteria, ...head } = view;
  set({ assessment: head, criteria: Object.fromEntries(criteria.map((c) => [c.criterionId, c])), drafts: {} });
}

export function announce(text: string): void {
  set({ announcement: text });
}

/** The channels that edit an assessment and answer with the edited criterion. */
type EditChannel = {
  [C in Channel]: Result<C> extends EditResult ? C : never;
}[Channel];

/** One edit, in order after those before it; the desk shows the core's answer. Failures are shown, never thrown. */
export function edit<C extends EditChannel>(channel: C, args: Omit<Args<C>, 'assessmentId'>): Promise<EditResult | null> {
  const assessmentId = useDesk.getState().assessment?.id;
  if (!assessmentId) return Promise.resolve(null);
  return queue.edit(
    () => call(channel, { ...args, assessmentId } as Args<C>) as Promise<EditResult>,
    // Text saved on the way out of one desk must not land on the next one.
    (result) => {
      if (useDesk.getState().assessment?.id === assessmentId) applyEdit(result);
    },
  );
}
