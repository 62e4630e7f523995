/** Kalibreringsöversikten: the office's view of every trainee's received file beside the references, and its PDF. */
import type { CalibrationOverview } from '../../../shared/contract/calibration';
import { folderOf, formatNumber } from '../../../shared/format';
import { call, messageOf } from '../../api';
import { reportFailure, useNotices } from '../../app/notice-store';
import { defineStore } from '../../app/store';

interface OverviewState {
  readonly roundId: string | null;
  readonly overview: CalibrationOverview | null;
  readonly error: string | null;
  readonly names: boolean;
  readonly creating: boolean;
}

export const useCalibrationOverview = defineStore<OverviewState>(() => ({ roundId: null, overview: null, error: null, names: false, creating: false }));
const set = (change: Partial<OverviewState>) => useCalibrationOverview.setState(change);
const get = () => useCalibrationOverview.getState();

export async function loadOverview(roundId: string): Promise<void> {
  if (get().roundId !== roundId) set({ roundId, overview: null, error: null });
  try {
    const overview = await call('calibration:overview', { roundId, names: get().names });
    if (get().roundId === roundId) set({ overview, error: null });
  } catch (error) {
    if (get().roundId === roundId) set({ error: messageOf(error) });
  }
}

export async function setOverviewNames(names: boolean): Promise<void> {
  set({ names });
  const { roundId } = get();
  if (roundId) await loadOverview(roundId);
}

export async function createOverviewReport(): Promise<void> {
  const { roundId, names, creating } = get();
  if (!roundId || creating) return;
  set({ creating: true });
  try {
    const made = await call('calibration:create-overview', { roundId, names });
    if (made) useNotices.getState().show('success', `Sparade ${made.fileName} (${formatNumber(made.pages)} sidor) i mappen ${folderOf(made.path)}.`);
  } catch (error) {
    reportFailure(error);
  } finally {
    set({ creating: false });
  }
}
