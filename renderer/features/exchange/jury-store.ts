import type { JuryOverview } from '../../../shared/contract/exchange';
import { folderOf } from '../../../shared/format';
import { call, messageOf } from '../../api';
import { useNotices, reportFailure } from '../../app/notice-store';
import { defineStore } from '../../app/store';

interface JuryState {
  readonly overview: JuryOverview | null;
  readonly error: string | null;
  /** Names replaced by codes (A, B, C …) on screen and in exports. */
  readonly hideNames: boolean;
  readonly exporting: boolean;
  load(roundId: string): Promise<void>;
  setHideNames(hide: boolean): void;
  exportScores(format: 'xlsx' | 'csv'): Promise<void>;
}

export const useJury = defineStore<JuryState>((set, get) => ({
  overview: null,
  error: null,
  hideNames: false,
  exporting: false,
  async load(roundId) {
    set((state) => (state.overview?.roundId === roundId ? state : { overview: null, error: null }));
    try {
      set({ overview: await call('jury:overview', { roundId }), error: null });
    } catch (error) {
      set({ error: messageOf(error) });
    }
  },
  setHideNames(hideNames) {
    set({ hideNames });
  },
  async exportScores(format) {
    const { overview, hideNames } = get();
    if (!overview) return;
    set({ exporting: true });
    try {
      const saved = await call('jury:export', { roundId: overview.roundId, format, hideNames });
      if (saved) useNotices.getState().show('success', `Poängen är sparade i "${saved.fileName}" i mappen ${folderOf(saved.path)}.`);
    } catch (error) {
      reportFailure(error);
    } finally {
      set({ exporting: false });
    }
  },
}));
