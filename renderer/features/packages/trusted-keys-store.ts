import type { TrustedKeyView } from '../../../shared/contract/packages';
import { call } from '../../api';
import { useNotices, reportFailure } from '../../app/notice-store';
import { defineStore } from '../../app/store';

interface TrustedKeysState {
  readonly keys: readonly TrustedKeyView[] | null;
  load(): Promise<void>;
  remove(key: TrustedKeyView): Promise<void>;
}

export const useTrustedKeys = defineStore<TrustedKeysState>((set, get) => ({
  keys: null,
  async load() {
    try {
      set({ keys: await call('trust:list', {}) });
    } catch (error) {
      reportFailure(error);
    }
  },
  async remove(key) {
    try {
      await call('trust:remove-key', { keyId: key.keyId });
      useNotices.getState().show('success', `Nyckeln "${key.label}" är inte längre betrodd.`);
      await get().load();
    } catch (error) {
      reportFailure(error);
    }
  },
}));
