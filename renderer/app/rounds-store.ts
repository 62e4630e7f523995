import type { RoundSummary } from '../../shared/contract/rounds';
import { call, messageOf } from '../api';
import { defineStore } from './store';

interface RoundsState {
  readonly rounds: readonly RoundSummary[] | null;
  readonly error: string | null;
  load(): Promise<void>;
}

export const useRounds = defineStore<RoundsState>((set) => ({
  rounds: null,
  error: null,
  async load() {
    try {
      set({ rounds: await call('round:list', {}), error: null });
    } catch (error) {
      set({ error: messageOf(error) });
    }
  },
}));
