/**
 * Progress of a prize entry's aspects: an aspect is assessed in writing,
 * without points, so it is done when it has at least one written strength or
 * improvement area (the same rule for an examiner and for the team).
 */
import type { Comment } from '../domain/assessment';
import { sectionAspects, type AspectDefinition, type PrizeSection } from '../domain/prize-aspects';

export interface AspectProgress {
  readonly aspect: AspectDefinition;
  readonly done: boolean;
  /** Why it is not done yet (empty when done). */
  readonly missing: readonly string[];
}

interface WrittenLists {
  readonly strengths: readonly Comment[];
  readonly improvements: readonly Comment[];
}

export function aspectProgress(sections: readonly PrizeSection[], rows: ReadonlyMap<string, WrittenLists>, team: boolean): AspectProgress[] {
  return sectionAspects(sections).map((aspect) => {
    const row = rows.get(aspect.key);
    const written = row ? [...row.strengths, ...row.improvements].filter((c) => c.text.trim() !== '').length : 0;
    const missing = written > 0 ? [] : [team ? 'Teamet har ingen styrka eller förbättringsområde för aspekten.' : 'Ingen styrka eller förbättringsområde för aspekten.'];
    return { aspect, done: missing.length === 0, missing };
  });
}
