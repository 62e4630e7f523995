import type { DeadlineView } from '../../../shared/contract/rounds';
import { daysUntil, formatDate, formatDaysLeft, stockholmDate } from '../../../shared/format';

export function DeadlineList({ deadlines }: { deadlines: readonly DeadlineView[] }) {
  const today = stockholmDate(new Date());
  const next = deadlines.find((d) => d.date >= today);
  return (
    <section className="card deadlines" aria-labelledby="deadlines-title">
      <h2 id="deadlines-title">Tidsplan</h2>
      <ol>
        {deadlines.map((deadline) => {
          const days = daysUntil(deadline.date, today);
          const passed = days < 0;
          return (
            <li key={deadline.kind} className={passed ? 'passed' : deadline === next ? 'next' : undefined}>
              <span className="deadline-label">
                {deadline === next && <span className="visually-hidden">Nästa: </span>}
                {deadline.label}
              </span>
              <span className="deadline-date">{formatDate(deadline.date)}</span>
              <span className="deadline-left muted small">{formatDaysLeft(days)}</span>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
