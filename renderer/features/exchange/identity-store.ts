import type { InstallationKey } from '../../../shared/contract/exchange';
import { call, messageOf } from '../../api';
import { defineStore } from '../../app/store';

interface IdentityState {
  readonly key: InstallationKey | null;
  readonly error: string | null;
  load(): Promise<void>;
}

/** This installation's signing key, as the settings show it. */
export const useIdentity = defineStore<IdentityState>((set) => ({
  key: null,
  error: null,
  async load() {
    try {
      set({ key: await call('identity:get', {}), error: null });
    } catch (error) {
      set({ error: messageOf(error) });
    }
  },
}));
