import type { DocumentView } from '../../../shared/contract/documents';
import type { CommentKind, EvidenceAnchor } from '../../../shared/domain/assessment';
import { call, messageOf } from '../../api';
import { defineStore } from '../../app/store';

/** A passage marked in the reader: kept for this session only (the scoring workspace stores evidence on criteria). */
export interface MarkedPassage {
  readonly id: string;
  readonly label: string;
  readonly kind: CommentKind;
  readonly anchor: EvidenceAnchor;
}

interface ReaderState {
  readonly document: DocumentView | null;
  readonly error: string | null;
  readonly marked: Readonly<Record<string, readonly MarkedPassage[]>>;
  open(sha256: string): Promise<void>;
  mark(anchor: EvidenceAnchor, kind: CommentKind): void;
}

export const useReader = defineStore<ReaderState>((set, get) => ({
  document: null,
  error: null,
  marked: {},
  async open(sha256) {
    set({ document: null, error: null });
    try {
      set({ document: await call('document:open', { sha256 }) });
    } catch (error) {
      set({ error: messageOf(error) });
    }
  },
  mark(anchor, kind) {
    const sha = anchor.documentSha256;
    const list = get().marked[sha] ?? [];
    const prefix = kind === 'strength' ? 'S' : 'F';
    const label = `${prefix}${list.filter((m) => m.kind === kind).length + 1}`;
    set({ marked: { ...get().marked, [sha]: [...list, { id: crypto.randomUUID(), label, kind, anchor }] } });
  },
}));
