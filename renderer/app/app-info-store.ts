import { create } from 'zustand';
import type { AppInfo } from '../../shared/contract/app';
import { call } from '../api';

interface AppInfoState {
  readonly info: AppInfo | null;
  load(): Promise<void>;
}

export const useAppInfo = create<AppInfoState>()((set) => ({
  info: null,
  async load() {
    set({ info: await call('app:info', {}) });
  },
}));
