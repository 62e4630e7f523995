import { create } from 'zustand';
import type { FileRef } from '../../../../shared/contract';
import type { PackageView } from '../../../../shared/contract/packages';
import { stockholmDate } from '../../../../shared/format';
import type { CriteriaPackage } from '../../../../shared/formats/criteria-package';
import { appendTo, moveIn, removeFrom, setIn, type Path } from '../form/paths';
import { documentPathFor, mediaTypeFor, newRoundDraft, type RoundDraft } from './templates';

interface RoundSetupState {
  readonly draft: RoundDraft;
  readonly packageSha256: string | null;
  readonly pkg: CriteriaPackage | null;
  /** The chosen file behind each document path (valid for this session). */
  readonly files: Readonly<Record<string, FileRef>>;
  edit(path: Path, value: unknown): void;
  append(path: Path, item: unknown): void;
  remove(path: Path, index: number): void;
  move(path: Path, index: number, delta: -1 | 1): void;
  choosePackage(view: PackageView | null): void;
  addDocuments(contestant: number, files: readonly FileRef[]): void;
  reset(): void;
  /** A draft made elsewhere (next year's round from this year's), with no package or files chosen yet. */
  startFrom(draft: RoundDraft): void;
}

const initial = () => ({ draft: newRoundDraft(stockholmDate(new Date())), packageSha256: null, pkg: null, files: {} });

export const useRoundSetup = create<RoundSetupState>()((set) => ({
  ...initial(),
  edit: (path, value) => set((s) => ({ draft: setIn(s.draft, path, value) })),
  append: (path, item) => set((s) => ({ draft: appendTo(s.draft, path, item) })),
  remove: (path, index) => set((s) => ({ draft: removeFrom(s.draft, path, index) })),
  move: (path, index, delta) => set((s) => ({ draft: moveIn(s.draft, path, index, delta) })),
  choosePackage: (view) =>
    set((s) => ({
      packageSha256: view?.sha256 ?? null,
      pkg: view?.content ?? null,
      draft: setIn(s.draft, ['criteriaPackage'], { id: view?.id ?? '', revision: view?.revision ?? 1 }),
    })),
  addDocuments: (contestant, picked) =>
    set((s) => {
      const taken = new Set(s.draft.contestants.flatMap((c) => c.documents.map((d) => d.path)));
      let draft = s.draft;
      const files = { ...s.files };
      for (const file of picked) {
        const path = documentPathFor(file.name, taken);
        taken.add(path);
        files[path] = file;
        draft = appendTo(draft, ['contestants', contestant, 'documents'], { path, title: 'Verksamhetsbeskrivning', mediaType: mediaTypeFor(file.name) });
      }
      return { draft, files };
    }),
  reset: () => set(initial()),
  startFrom: (draft) => set({ ...initial(), draft }),
}));

/** The document paths of a draft that have no chosen file (after a restart, or never chosen). */
export function documentsWithoutFile(draft: RoundDraft, files: Readonly<Record<string, FileRef>>): Path[] {
  return draft.contestants.flatMap((contestant, c) =>
    contestant.documents.flatMap((document, d) => (files[document.path] ? [] : [['contestants', c, 'documents', d, 'path'] as Path])),
  );
}

