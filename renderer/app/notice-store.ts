import type { AppErrorPayload } from '../../shared/errors';
import { failureOf } from '../api';
import { defineStore } from './store';

export type NoticeTone = 'info' | 'success' | 'error';

export interface Notice {
  readonly id: number;
  readonly tone: NoticeTone;
  readonly text: string;
  /** Said by an action that then opens another screen: it stays for that screen. */
  readonly carry: boolean;
}

interface NoticeState {
  readonly notices: readonly Notice[];
  /** The "Sparat 14:32" line of the status bar. */
  readonly savedAt: string | null;
  show(tone: NoticeTone, text: string, options?: NoticeOptions): void;
  /** A failed call: its Swedish message, as an error that stays until closed. */
  fail(failure: AppErrorPayload, options?: NoticeOptions): void;
  dismiss(id: number): void;
  markSaved(iso: string): void;
  /** A new screen starts clean: only notices carried into it stay (and go with the next one). */
  leaveScreen(): void;
}

interface NoticeOptions {
  readonly carry?: boolean;
}

let nextId = 1;

/** Confirmations leave by themselves; errors stay until the user has read and closed them. */
export const CONFIRMATION_MS = 8_000;

/** App-wide messages: what happened and what to do, announced to screen readers. */
export const useNotices = defineStore<NoticeState>((set, get) => ({
  notices: [],
  savedAt: null,
  show(tone, text, options) {
    const notice = { id: nextId++, tone, text, carry: options?.carry ?? false };
    set((state) => ({ notices: [...state.notices.slice(-3), notice] }));
    if (tone !== 'error') setTimeout(() => get().dismiss(notice.id), CONFIRMATION_MS);
  },
  fail(failure, options) {
    get().show('error', failure.message, options);
  },
  dismiss(id) {
    set((state) => ({ notices: state.notices.filter((n) => n.id !== id) }));
  },
  markSaved(iso) {
    set({ savedAt: iso });
  },
  leaveScreen() {
    set((state) => ({ notices: state.notices.filter((n) => n.carry).map((n) => ({ ...n, carry: false })), savedAt: null }));
  },
}));

/** The one path from a failed call to what the user reads. */
export function reportFailure(error: unknown, options?: NoticeOptions): void {
  useNotices.getState().fail(failureOf(error), options);
}
