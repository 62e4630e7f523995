/**
 * Utvärdering av omgången: the core's model of the round's received files,
 * with the examiners' names or codes, and the PDF and workbook saved through
 * the save dialog (one at a time: the button says it is working).
 */
import type { EvaluationModel } from '../../../shared/evaluation/model';
import { folderOf, formatNumber } from '../../../shared/format';
import { call, messageOf } from '../../api';
import { reportFailure, useNotices } from '../../app/notice-store';
import { defineStore } from '../../app/store';

interface EvaluationState {
  readonly roundId: string | null;
  readonly model: EvaluationModel | null;
  readonly error: string | null;
  /** Names instead of codes E1, E2 …, on screen and in what is saved. */
  readonly names: boolean;
  readonly creating: 'pdf' | 'xlsx' | null;
  load(roundId: string): Promise<void>;
  setNames(names: boolean): Promise<void>;
  create(kind: 'pdf' | 'xlsx'): Promise<void>;
}

export const useEvaluation = defineStore<EvaluationState>((set, get) => ({
  roundId: null,
  model: null,
  error: null,
  names: false,
  creating: null,
  async load(roundId) {
    set((s) => (s.roundId === roundId ? s : { roundId, model: null, error: null }));
    try {
      const model = await call('evaluation:view', { roundId, names: get().names });
      if (get().roundId === roundId) set({ model, error: null });
    } catch (error) {
      if (get().roundId === roundId) set({ error: messageOf(error) });
    }
  },
  async setNames(names) {
    set({ names });
    const { roundId } = get();
    if (roundId) await get().load(roundId);
  },
  async create(kind) {
    const { roundId, names, creating } = get();
    if (!roundId || creating) return;
    set({ creating: kind });
    try {
      const made = kind === 'pdf' ? await call('evaluation:create-pdf', { roundId, names }) : await call('evaluation:create-xlsx', { roundId, names });
      if (!made) return;
      const size = 'pages' in made ? ` (${formatNumber(made.pages)} sidor)` : '';
      useNotices.getState().show('success', `Sparade ${made.fileName}${size} i mappen ${folderOf(made.path)}.`);
      for (const warning of 'warnings' in made ? made.warnings : []) useNotices.getState().show('info', `${made.fileName}: ${warning}`);
    } catch (error) {
      reportFailure(error);
    } finally {
      set({ creating: null });
    }
  },
}));
