import { create } from 'zustand';
import type { PackageView } from '../../../../shared/contract/packages';
import { stockholmDate } from '../../../../shared/format';
import { appendTo, getIn, moveIn, removeFrom, setIn, type Path } from '../form/paths';
import { newPackageDraft, type PackageDraft } from './templates';

interface PackageEditorState {
  readonly draft: PackageDraft;
  /** What the draft started from ("ku-2026-exempel revision 1"), or null for a new package. */
  readonly basedOn: string | null;
  edit(path: Path, value: unknown): void;
  append(path: Path, item: unknown): void;
  remove(path: Path, index: number): void;
  move(path: Path, index: number, delta: -1 | 1): void;
  startBlank(): void;
  /** A package on this computer or a signed file opened here, as its next revision. */
  startFrom(view: Pick<PackageView, 'id' | 'revision' | 'content'>): void;
}

/** totalPoints follows the criteria; empty optional rule groups are dropped rather than left half-filled. */
function normalise(draft: PackageDraft): PackageDraft {
  let next = draft;
  const areas = (getIn(next, ['package', 'areas']) ?? []) as { criteria?: { points?: unknown }[] }[];
  const total = areas.flatMap((a) => a.criteria ?? []).reduce((sum, c) => sum + (typeof c.points === 'number' ? c.points : 0), 0);
  next = setIn(next, ['package', 'totalPoints'], total);
  for (const key of ['strengthsPerCriterion', 'improvementsPerCriterion']) {
    const group = getIn(next, ['package', 'rules', key]);
    if (group && typeof group === 'object' && Object.keys(group).length === 0) next = setIn(next, ['package', 'rules', key], undefined);
  }
  const rules = getIn(next, ['package', 'rules']);
  if (rules && typeof rules === 'object' && Object.keys(rules).length === 0) next = setIn(next, ['package', 'rules'], undefined);
  return next;
}

export const usePackageEditor = create<PackageEditorState>()((set) => {
  const change = (update: (draft: PackageDraft) => PackageDraft) => set((state) => ({ draft: normalise(update(state.draft)) }));
  return {
    draft: newPackageDraft(stockholmDate(new Date())),
    basedOn: null,
    edit: (path, value) => change((draft) => setIn(draft, path, value)),
    append: (path, item) => change((draft) => appendTo(draft, path, item)),
    remove: (path, index) => change((draft) => removeFrom(draft, path, index)),
    move: (path, index, delta) => change((draft) => moveIn(draft, path, index, delta)),
    startBlank: () => set({ draft: newPackageDraft(stockholmDate(new Date())), basedOn: null }),
    startFrom: (view) =>
      set({
        // A changed package needs a higher revision (the same id and revision cannot be imported twice), issued today.
        draft: normalise({
          format: 'examinator.criteria-package',
          formatVersion: 1,
          package: { ...view.content, revision: view.revision + 1, issuedAt: stockholmDate(new Date()) },
        } as PackageDraft),
        basedOn: `${view.id} revision ${view.revision}`,
      }),
  };
});
