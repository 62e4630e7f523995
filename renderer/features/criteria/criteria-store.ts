import type { PackageView } from '../../../shared/contract/packages';
import { call, messageOf } from '../../api';
import { defineStore } from '../../app/store';

interface CriteriaState {
  readonly view: PackageView | null;
  readonly error: string | null;
  load(sha256: string): Promise<void>;
}

/** The criteria package being browsed (kept while moving between its criteria). */
export const useCriteria = defineStore<CriteriaState>((set, get) => ({
  view: null,
  error: null,
  async load(sha256) {
    if (get().view?.sha256 === sha256) return;
    set({ view: null, error: null });
    try {
      set({ view: await call('package:get', { sha256 }) });
    } catch (error) {
      set({ error: messageOf(error) });
    }
  },
}));
