import type { FileRef } from '../../../shared/contract';
import type { AcceptedKey, AssessmentApplyItem, AssessmentPreviewItem } from '../../../shared/contract/exchange';
import { call, messageOf } from '../../api';
import { defineStore } from '../../app/store';

type Step = 'preview' | 'key' | 'done';

interface AssessmentImportState {
  /** The files of the batch; null when no import is open. */
  readonly files: readonly FileRef[] | null;
  readonly step: Step;
  readonly preview: readonly AssessmentPreviewItem[] | null;
  readonly results: readonly AssessmentApplyItem[] | null;
  /** Key changes the user accepted for this batch (sent again with the apply). */
  readonly accepted: readonly AcceptedKey[];
  /** The key change being compared in the key dialog. */
  readonly reviewing: AssessmentPreviewItem | null;
  readonly busy: boolean;
  readonly error: string | null;
  start(files: readonly FileRef[]): Promise<void>;
  review(item: AssessmentPreviewItem): void;
  acceptKey(): Promise<void>;
  backToPreview(): void;
  apply(): Promise<void>;
  close(): void;
}

/** Files that would change something when applied. */
export const applicable = (preview: readonly AssessmentPreviewItem[]) => preview.filter((p) => p.status === 'new' || p.status === 'newer');

/**
 * One import of assessment files: preview first (nothing changes), key changes
 * compared and accepted one by one, then apply and show what happened per file.
 */
export const useAssessmentImport = defineStore<AssessmentImportState>((set, get) => {
  const runPreview = async (files: readonly FileRef[], accepted: readonly AcceptedKey[]) => {
    set({ busy: true, error: null });
    try {
      const preview = await call('assessment:preview-import', { fileIds: files.map((f) => f.id), acceptedKeys: [...accepted] });
      set({ preview, busy: false });
    } catch (error) {
      set({ error: messageOf(error), busy: false });
    }
  };
  return {
    files: null,
    step: 'preview',
    preview: null,
    results: null,
    accepted: [],
    reviewing: null,
    busy: false,
    error: null,
    async start(files) {
      set({ files, step: 'preview', preview: null, results: null, accepted: [], reviewing: null });
      await runPreview(files, []);
    },
    review(item) {
      set({ step: 'key', reviewing: item });
    },
    async acceptKey() {
      const { reviewing, files, accepted } = get();
      if (!reviewing?.header || !reviewing.key || !files) return;
      const next = [...accepted, { roundId: reviewing.header.roundId, examinerId: reviewing.header.examinerId, keyId: reviewing.key.keyId }];
      set({ accepted: next, step: 'preview', reviewing: null });
      await runPreview(files, next);
    },
    backToPreview() {
      set({ step: 'preview', reviewing: null });
    },
    async apply() {
      const { preview, accepted } = get();
      if (applicable(preview ?? []).length === 0) return;
      // Every readable file goes along, so the result says per file what happened.
      const items = (preview ?? []).filter((p) => p.sha256 !== null).map((p) => ({ fileId: p.fileId, sha256: p.sha256! }));
      set({ busy: true, error: null });
      try {
        const results = await call('assessment:apply-import', { items, acceptedKeys: [...accepted] });
        set({ results, step: 'done', busy: false });
      } catch (error) {
        set({ error: messageOf(error), busy: false });
      }
    },
    close() {
      set({ files: null, step: 'preview', preview: null, results: null, accepted: [], reviewing: null, error: null });
    },
  };
});
