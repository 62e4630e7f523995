import type { RoundOverview } from '../../../shared/contract/rounds';
import { call, messageOf } from '../../api';
import { defineStore } from '../../app/store';

interface RoundState {
  readonly overview: RoundOverview | null;
  readonly error: string | null;
  load(roundId: string): Promise<void>;
}

/** The round on screen (its overview, and the breadcrumbs of screens opened from it). */
export const useRound = defineStore<RoundState>((set) => ({
  overview: null,
  error: null,
  async load(roundId) {
    set((state) => (state.overview?.id === roundId ? state : { overview: null, error: null }));
    try {
      set({ overview: await call('round:get', { roundId }), error: null });
    } catch (error) {
      set({ error: messageOf(error) });
    }
  },
}));
