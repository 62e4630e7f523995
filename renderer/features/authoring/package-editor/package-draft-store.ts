import type { PackageView } from '../../../../shared/contract/packages';
import { stockholmDate } from '../../../../shared/format';
import { renameCarriesReferences, renameInPackage, type PackageReferenceKind } from '../../../../shared/formats/id-references';
import { draftOps, startOf, type DraftOps, type EditedDraft } from '../form/draft-ops';
import { getIn, setIn } from '../form/paths';
import { newPackageDraft, type PackageDraft } from './templates';
import { defineStore } from '../../../app/store';

interface PackageEditorState extends EditedDraft<PackageDraft>, DraftOps<PackageDraft> {
  /** What the draft started from ("ku-2026-exempel revision 1"), or null for a new package. */
  readonly basedOn: string | null;
  /** A new id for scale or class `index`; the criteria's references follow it. */
  renameId(kind: PackageReferenceKind, index: number, to: string): void;
  startBlank(): void;
  /** A package on this computer or a signed file opened here, as its next revision. */
  startFrom(view: Pick<PackageView, 'id' | 'revision' | 'content'>): void;
  /** A new, empty draft under this id, or one saved earlier. */
  open(draftId: string, saved?: { draft: PackageDraft; basedOn: string | null }): void;
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

const blank = () => newPackageDraft(stockholmDate(new Date()));

export const usePackageEditor = defineStore<PackageEditorState>((set) => {
  const ops = draftOps<PackageDraft, PackageEditorState>(set, normalise);
  return {
    ...startOf<PackageDraft>(null, blank()),
    basedOn: null,
    ...ops,
    renameId: (kind, index, to) =>
      ops.change((draft) => {
        const list = kind === 'scale' ? 'scales' : 'classes';
        const ids = draft.package[list].map((item) => item.id);
        const next = setIn(draft, ['package', list, index, 'id'], to);
        return renameCarriesReferences(ids, index, to) ? { ...next, package: renameInPackage(next.package, kind, ids[index]!, to) } : next;
      }),
    // Starting over is a change like any other: it can be undone.
    startBlank: () => {
      ops.change(() => blank());
      set({ basedOn: null });
    },
    startFrom: (view) => {
      // A changed package needs a higher revision (the same id and revision cannot be imported twice), issued today.
      ops.change(
        () =>
          ({
            format: 'examinator.criteria-package',
            formatVersion: 1,
            package: { ...view.content, revision: view.revision + 1, issuedAt: stockholmDate(new Date()) },
          }) as PackageDraft,
      );
      set({ basedOn: `${view.id} revision ${view.revision}` });
    },
    open: (draftId, saved) => set({ ...startOf(draftId, saved ? normalise(saved.draft) : blank()), basedOn: saved?.basedOn ?? null }),
  };
});
