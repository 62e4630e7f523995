import type { AppInfo } from '../../shared/contract/app';
import { call } from '../api';
import { defineStore } from './store';

interface AppInfoState {
  readonly info: AppInfo | null;
  load(): Promise<void>;
}

export const useAppInfo = defineStore<AppInfoState>((set) => ({
  info: null,
  async load() {
    set({ info: await call('app:info', {}) });
  },
}));
