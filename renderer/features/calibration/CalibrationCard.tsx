import { useEffect } from 'react';
import { navigate } from '../../app/router-store';
import { loadCalibrationStatus, useCalibration } from './calibration-store';

/** On a training round's screen: per practice contestant, the comparison with the reference, or why it cannot be opened yet. */
export function CalibrationCard({ roundId, identity, office }: { roundId: string; identity: string | null; office: boolean }) {
  const status = useCalibration((s) => (s.status?.roundId === roundId ? s.status.value : null));
  useEffect(() => {
    void loadCalibrationStatus(roundId);
  }, [roundId, identity]);
  if (!status?.training) return null;
  if (office) {
    return (
      <section className="card calibration-card" aria-labelledby="calibration-card-title">
        <h2 id="calibration-card-title">Övningsomgång med facit</h2>
        <p className="muted small">De övande examinatorernas individuella bedömningar jämförs med referensbedömningarna: vem behöver öva på vad, och vilka kriterier är svårast.</p>
        <button type="button" className="button" onClick={() => navigate({ name: 'calibration-overview', roundId })}>
          Kalibreringsöversikt
        </button>
      </section>
    );
  }
  return (
    <section className="card calibration-card" aria-labelledby="calibration-card-title">
      <h2 id="calibration-card-title">Övningsomgång: jämför med facit</h2>
      <p className="muted small">
        Enheterna nedan har en referensbedömning (facit). När du har lämnat in din individuella bedömning av en av dem ser du facit bredvid din egen.
      </p>
      <ul className="calibration-entries">
        {status.entries.map((entry) => (
          <li key={entry.contestantId}>
            <bdi>{entry.name}</bdi>{' '}
            {entry.unavailable === null ? (
              <button type="button" className="button small" onClick={() => navigate({ name: 'calibration', roundId, contestantId: entry.contestantId })}>
                Jämför med facit: <bdi>{entry.name}</bdi>
              </button>
            ) : (
              <span className="muted small">– {entry.unavailable}</span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
