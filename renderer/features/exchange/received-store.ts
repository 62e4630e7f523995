import type { ReceivedAssessmentView } from '../../../shared/contract/exchange';
import { call, messageOf } from '../../api';
import { defineStore } from '../../app/store';

interface ReceivedState {
  readonly roundId: string | null;
  readonly rows: readonly ReceivedAssessmentView[] | null;
  readonly error: string | null;
  load(roundId: string): Promise<void>;
}

/** The assessment files that have arrived for the round on screen (arrival only, never content). */
export const useReceived = defineStore<ReceivedState>((set) => ({
  roundId: null,
  rows: null,
  error: null,
  async load(roundId) {
    set((state) => (state.roundId === roundId ? state : { roundId, rows: null, error: null }));
    try {
      set({ rows: await call('assessment:received', { roundId }), error: null });
    } catch (error) {
      set({ error: messageOf(error) });
    }
  },
}));
