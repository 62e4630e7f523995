import type { ReceivedDecisionView } from '../../../shared/contract/jury';
import { call, messageOf } from '../../api';
import { defineStore } from '../../app/store';

interface ReceivedDecisionsState {
  readonly roundId: string | null;
  readonly decisions: readonly ReceivedDecisionView[];
  readonly error: string | null;
  /** Reads the decisions held for the round (again); `ensure` reads only when another round's are held. */
  load(roundId: string): Promise<void>;
  ensure(roundId: string): Promise<void>;
}

/** The jury's decisions held for a round (imported by a team lead, or exported by the office), for the round and consensus screens. */
export const useReceivedDecisions = defineStore<ReceivedDecisionsState>((set, get) => ({
  roundId: null,
  decisions: [],
  error: null,
  async load(roundId) {
    set((s) => (s.roundId === roundId ? s : { roundId, decisions: [], error: null }));
    try {
      const decisions = await call('decision:received', { roundId });
      if (get().roundId === roundId) set({ decisions, error: null });
    } catch (error) {
      if (get().roundId === roundId) set({ decisions: [], error: messageOf(error) });
    }
  },
  async ensure(roundId) {
    if (get().roundId !== roundId) await get().load(roundId);
  },
}));

export type DecisionEntry = ReceivedDecisionView['entries'][number];

/** What the jury said about one contestant, per meeting (absent when that meeting's decision is not here). */
export function decisionsFor(decisions: readonly ReceivedDecisionView[], contestantId: string) {
  const at = (meeting: ReceivedDecisionView['meeting']) => {
    const decision = decisions.find((d) => d.meeting === meeting);
    const entry = decision?.entries.find((e) => e.contestantId === contestantId);
    return decision && entry ? { decision, entry } : null;
  };
  return { first: at('first'), final: at('final') };
}
