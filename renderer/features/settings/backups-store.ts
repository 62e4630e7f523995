import type { BackupInfo } from '../../../shared/contract/app';
import { formatDateTime } from '../../../shared/format';
import { call } from '../../api';
import { useNotices, reportFailure } from '../../app/notice-store';
import { defineStore } from '../../app/store';

interface BackupsState {
  readonly backups: readonly BackupInfo[] | null;
  readonly busy: boolean;
  load(): Promise<void>;
  create(): Promise<void>;
  restore(backup: BackupInfo): Promise<void>;
}

export const useBackups = defineStore<BackupsState>((set, get) => {
  const run = async (action: () => Promise<string>) => {
    set({ busy: true });
    try {
      useNotices.getState().show('success', await action());
      await get().load();
    } catch (error) {
      reportFailure(error);
    } finally {
      set({ busy: false });
    }
  };
  return {
    backups: null,
    busy: false,
    async load() {
      try {
        set({ backups: await call('backup:list', {}) });
      } catch (error) {
        reportFailure(error);
      }
    },
    create: () => run(async () => `Säkerhetskopian ${(await call('backup:create', {})).name} är sparad.`),
    restore: (backup) =>
      run(async () => {
        await call('backup:restore', { name: backup.name });
        return `Databasen är återställd från kopian ${formatDateTime(backup.createdAt)}. Läget före återställningen sparades som en ny kopia.`;
      }),
  };
});
