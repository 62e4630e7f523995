import type { DeadlineView } from './contract/rounds';
import type { RoundDeadlines } from './formats/round';

export const DEADLINE_LABELS: Record<DeadlineView['kind'], string> = {
  individual: 'Individuell bedömning',
  consensus: 'Konsensus',
  siteVisits: 'Platsbesök',
  jury: 'Domarkommittén',
};

export function deadlineList(deadlines: RoundDeadlines): DeadlineView[] {
  return (Object.keys(DEADLINE_LABELS) as DeadlineView['kind'][]).map((kind) => ({
    kind,
    label: DEADLINE_LABELS[kind],
    date: deadlines[kind],
  }));
}

/** The first deadline on or after `today` ("YYYY-MM-DD"), or null when all have passed. */
export function nextDeadline(deadlines: RoundDeadlines, today: string): DeadlineView | null {
  return deadlineList(deadlines).find((d) => d.date >= today) ?? null;
}
