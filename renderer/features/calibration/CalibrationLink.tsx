import { useEffect } from 'react';
import { navigate } from '../../app/router-store';
import { loadCalibrationStatus, useCalibration } from './calibration-store';

/** On the desk of a training round, once submitted: the way to the comparison with the reference. */
export function CalibrationLink({ roundId, contestantId, submittedAt }: { roundId: string; contestantId: string; submittedAt: string | null }) {
  const available = useCalibration((s) => s.status?.roundId === roundId && s.status.value.entries.some((e) => e.contestantId === contestantId && e.unavailable === null));
  useEffect(() => {
    void loadCalibrationStatus(roundId);
  }, [roundId, submittedAt]);
  if (!available) return null;
  return (
    <button type="button" className="button small" onClick={() => navigate({ name: 'calibration', roundId, contestantId })}>
      Jämför med facit
    </button>
  );
}
