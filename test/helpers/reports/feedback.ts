/** Feedback policies (round.feedback) for the återföringsrapport's tests, and a check of what a report must never say. */
import type { FeedbackPolicy } from '../../../shared/formats/feedback-policy';
import type { ContestantSource } from './source';

const contact = { name: 'Maria Holm', email: 'maria.holm@stockholm.se', phone: '08-508 290 00' };
const sender = 'Stadsledningskontoret, Stockholms stad';

export const POLICY = {
  none: { scores: 'none', examinerNames: false, sender, contact },
  bands: { scores: 'bands', examinerNames: false, sender, contact },
  points: { scores: 'points', examinerNames: true, sender, contact },
} as const satisfies Record<string, FeedbackPolicy>;

export const EXAMINER_NAMES = ['Anna Lind', 'Bilal Haddad', 'Cecilia Ek'];

/** Jury-only text of a consensus: its summary for the jury, the recommendation's citation, the rationales and visit notes. */
export function juryOnlyTexts(source: ContestantSource): string[] {
  return [
    ...source.themes,
    source.recommendation.citation,
    ...source.criteria.flatMap((c) => [c.rationale, c.visitNote ?? '', ...(c.questions ?? [])]),
  ].filter((text) => text.trim() !== '');
}
