import type { FileRef } from '../../../../shared/contract';
import type { PackageView } from '../../../../shared/contract/packages';
import { stockholmDate } from '../../../../shared/format';
import type { CriteriaPackage } from '../../../../shared/formats/criteria-package';
import { renameCarriesReferences, renameInRound, type RoundReferenceKind } from '../../../../shared/formats/id-references';
import { draftOps, startOf, type DraftOps, type EditedDraft } from '../form/draft-ops';
import { appendTo, removeFrom, setIn, type Path } from '../form/paths';
import { withPrizeEntries } from './prize-entries';
import { documentPathFor, mediaTypeFor, newRoundDraft, type RoundDraft } from './templates';
import { defineStore } from '../../../app/store';

interface RoundSetupState extends EditedDraft<RoundDraft>, DraftOps<RoundDraft> {
  readonly packageSha256: string | null;
  readonly pkg: CriteriaPackage | null;
  /** The chosen file behind each document path (valid for this session). */
  readonly files: Readonly<Record<string, FileRef>>;
  /** A new id for examiner or contestant `index`; the teams' references follow it. */
  renameId(kind: RoundReferenceKind, index: number, to: string): void;
  /** A new id for prize `index`; the contestants entered for it follow. */
  renamePrize(index: number, to: string): void;
  /** Removes prize `index` and every contestant's entry for it. */
  removePrize(index: number): void;
  choosePackage(view: PackageView | null): void;
  addDocuments(contestant: number, files: readonly FileRef[]): void;
  reset(): void;
  /** A new, empty set-up under this id, or one saved earlier (its package given again when still here). */
  open(draftId: string, saved?: { draft: RoundDraft; package: PackageView | null }): void;
  /** A draft made elsewhere (next year's round from this year's): no package or files chosen yet; can be undone. */
  startFrom(draft: RoundDraft): void;
}

const blank = () => newRoundDraft(stockholmDate(new Date()));

/** The chosen package is not part of the undo history: it must match `pkg`. */
const keepPackage = (current: RoundDraft, restored: RoundDraft) => setIn(restored, ['criteriaPackage'], current.criteriaPackage);

const chosen = (view: PackageView | null) => ({ packageSha256: view?.sha256 ?? null, pkg: view?.content ?? null });

export const useRoundSetup = defineStore<RoundSetupState>((set) => {
  const ops = draftOps<RoundDraft, RoundSetupState>(set, (draft) => draft, keepPackage);
  return {
    ...startOf<RoundDraft>(null, blank()),
    ...chosen(null),
    files: {},
    ...ops,
    renameId: (kind, index, to) =>
      ops.change((draft) => {
        const list = kind === 'examiner' ? 'examiners' : 'contestants';
        const ids = draft[list].map((item) => item.id);
        const next = setIn(draft, [list, index, 'id'], to);
        return renameCarriesReferences(ids, index, to) ? renameInRound(next, kind, ids[index]!, to) : next;
      }),
    renamePrize: (index, to) => ops.change((draft) => withPrizeEntries(draft, index, () => to)),
    removePrize: (index) => ops.change((draft) => removeFrom(withPrizeEntries(draft, index, () => null), ['round', 'prizes'], index)),
    choosePackage: (view) =>
      set((s) => ({ ...chosen(view), draft: setIn(s.draft, ['criteriaPackage'], { id: view?.id ?? '', revision: view?.revision ?? 1 }) })),
    addDocuments: (contestant, picked) => {
      const taken = new Set(useRoundSetup.getState().draft.contestants.flatMap((c) => c.documents.map((d) => d.path)));
      const files: Record<string, FileRef> = {};
      const entries = picked.map((file) => {
        const path = documentPathFor(file.name, taken);
        taken.add(path);
        files[path] = file;
        return { path, title: 'Verksamhetsbeskrivning', mediaType: mediaTypeFor(file.name) };
      });
      set((s) => ({ files: { ...s.files, ...files } }));
      ops.change((draft) => entries.reduce((next, entry) => appendTo(next, ['contestants', contestant, 'documents'], entry), draft));
    },
    reset: () => {
      ops.change(() => setIn(blank(), ['criteriaPackage'], useRoundSetup.getState().draft.criteriaPackage));
    },
    open: (draftId, saved) =>
      set({ ...startOf(draftId, saved?.draft ?? blank()), ...chosen(saved?.package ?? null), files: {} }),
    startFrom: (draft) => {
      set({ ...chosen(null), files: {} });
      ops.change(() => draft);
    },
  };
});

/** The document paths of a draft that have no chosen file (after a restart, or never chosen). */
export function documentsWithoutFile(draft: RoundDraft, files: Readonly<Record<string, FileRef>>): Path[] {
  return draft.contestants.flatMap((contestant, c) =>
    contestant.documents.flatMap((document, d) => (files[document.path] ? [] : [['contestants', c, 'documents', d, 'path'] as Path])),
  );
}
