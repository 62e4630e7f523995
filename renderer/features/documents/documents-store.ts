import type { DocumentSummary } from '../../../shared/contract/documents';
import type { FileRef } from '../../../shared/contract';
import { call, messageOf } from '../../api';
import { useNotices, reportFailure } from '../../app/notice-store';
import { navigate } from '../../app/router-store';
import { defineStore } from '../../app/store';

interface DocumentsState {
  readonly documents: readonly DocumentSummary[] | null;
  readonly error: string | null;
  readonly importing: boolean;
  load(): Promise<void>;
  /** Imports the files (each all-or-nothing) and opens the last one that succeeded. */
  importFiles(files: readonly FileRef[]): Promise<void>;
}

export const useDocuments = defineStore<DocumentsState>((set, get) => ({
  documents: null,
  error: null,
  importing: false,
  async load() {
    try {
      set({ documents: await call('document:list', {}), error: null });
    } catch (error) {
      set({ error: messageOf(error) });
    }
  },
  async importFiles(files) {
    const { show } = useNotices.getState();
    set({ importing: true });
    let opened: DocumentSummary | undefined;
    try {
      for (const file of files) {
        try {
          opened = await call('document:import', { fileId: file.id });
        } catch (error) {
          // The reader opens for the next file: what went wrong with this one goes along.
          reportFailure(error, { carry: true });
        }
      }
    } finally {
      set({ importing: false });
    }
    if (!opened) return;
    const unit = opened.unitKind === 'page' ? 'sidor' : 'stycken';
    show('success', `"${opened.fileName}" är öppnad (${opened.unitCount} ${unit}).`, { carry: true });
    if (get().documents !== null) void get().load();
    navigate({ name: 'document', sha256: opened.sha256 });
  },
}));
