import type { ConsensusStatus } from '../../../shared/contract/consensus';
import { call } from '../../api';
import { defineStore } from '../../app/store';

interface RoundConsensusState {
  readonly roundId: string | null;
  readonly statuses: readonly ConsensusStatus[];
  load(roundId: string): Promise<void>;
}

/** For the round screen: how far each of my team's consensus assessments has come. */
export const useRoundConsensus = defineStore<RoundConsensusState>((set) => ({
  roundId: null,
  statuses: [],
  async load(roundId) {
    set((s) => (s.roundId === roundId ? s : { roundId, statuses: [] }));
    try {
      set({ roundId, statuses: await call('consensus:round-status', { roundId }) });
    } catch {
      // The round screen shows its own errors; without a status there is simply no consensus line.
      set({ roundId, statuses: [] });
    }
  },
}));
