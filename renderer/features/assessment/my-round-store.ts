import type { MyRoundStatus } from '../../../shared/contract/assessments';
import { call, messageOf } from '../../api';
import { defineStore } from '../../app/store';

interface MyRoundState {
  readonly status: MyRoundStatus | null;
  readonly error: string | null;
  load(roundId: string): Promise<void>;
  /** Says who the user is in the round; `change` when replacing an earlier choice. */
  choose(roundId: string, examinerId: string, change: boolean): Promise<void>;
  /** Says the user works at stadsledningskontoret in the round. */
  chooseOffice(roundId: string, change: boolean): Promise<void>;
}

/** Who I am in the round on screen, and my progress on my contestants. */
export const useMyRound = defineStore<MyRoundState>((set) => ({
  status: null,
  error: null,
  async load(roundId) {
    set((state) => (state.status?.roundId === roundId ? state : { status: null, error: null }));
    try {
      set({ status: await call('round:my-status', { roundId }), error: null });
    } catch (error) {
      set({ error: messageOf(error) });
    }
  },
  async choose(roundId, examinerId, change) {
    set({ status: await call('round:choose-examiner', { roundId, examinerId, change }), error: null });
  },
  async chooseOffice(roundId, change) {
    set({ status: await call('round:choose-office', { roundId, change }), error: null });
  },
}));
