/**
 * Calibration in a training round: which practice contestants can be compared
 * with the reference now (and why not), the comparison itself — refused by the
 * core until the trainee has submitted — and the kalibreringsrapport.
 */
import type { CalibrationComparison, CalibrationEvidence, CalibrationStatus } from '../../../shared/contract/calibration';
import { folderOf, formatNumber } from '../../../shared/format';
import { call, messageOf } from '../../api';
import { reportFailure, useNotices } from '../../app/notice-store';
import { navigate } from '../../app/router-store';
import { defineStore } from '../../app/store';
import { useViewer } from '../documents/viewer/viewer-store';

interface CalibrationState {
  readonly status: { readonly roundId: string; readonly value: CalibrationStatus } | null;
  readonly comparison: CalibrationComparison | null;
  readonly error: string | null;
  readonly creating: boolean;
}

export const useCalibration = defineStore<CalibrationState>(() => ({ status: null, comparison: null, error: null, creating: false }));
const set = (change: Partial<CalibrationState>) => useCalibration.setState(change);

export async function loadCalibrationStatus(roundId: string): Promise<void> {
  try {
    set({ status: { roundId, value: await call('calibration:status', { roundId }) } });
  } catch {
    // Only a way to the comparison: without an answer it is not offered (the comparison screen says why when opened).
    set({ status: null });
  }
}

export async function loadComparison(roundId: string, contestantId: string): Promise<void> {
  const current = useCalibration.getState().comparison;
  if (current?.roundId !== roundId || current.contestant.id !== contestantId) set({ comparison: null, error: null });
  try {
    set({ comparison: await call('calibration:comparison', { roundId, contestantId }), error: null });
  } catch (error) {
    set({ comparison: null, error: messageOf(error) });
  }
}

export async function createCalibrationReport(): Promise<void> {
  const { comparison, creating } = useCalibration.getState();
  if (!comparison || creating) return;
  set({ creating: true });
  try {
    const made = await call('calibration:create-report', { roundId: comparison.roundId, contestantId: comparison.contestant.id });
    if (made) useNotices.getState().show('success', `Sparade ${made.fileName} (${formatNumber(made.pages)} sidor) i mappen ${folderOf(made.path)}.`);
  } catch (error) {
    reportFailure(error);
  } finally {
    set({ creating: false });
  }
}

/** The reader, opened at the evidence's page (or paragraph). */
export function openEvidence(evidence: CalibrationEvidence): void {
  const unit = evidence.page ?? evidence.paragraph ?? 1;
  useViewer.getState().update(evidence.documentSha256, { page: unit, scrollTop: 0 });
  navigate({ name: 'document', sha256: evidence.documentSha256 });
}
