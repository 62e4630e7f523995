/** Team leads' consensus files for the övningsomgång, as the jury's screens receive them. */
import type { RoundFacts } from '../../electron/core/rounds/model';
import { assessmentBytes, consensusCriteria, individualCriteria, newKey } from './assessment-content';

/** The team lead's consensus file, built from members' individual content (`seeds`: one per member), signed with the lead's `key`. */
export function consensusBytes(facts: RoundFacts, contestantId: string, lead: string, seeds: Record<string, number>, siteVisit: boolean, key = newKey()) {
  const members = Object.fromEntries(Object.entries(seeds).map(([id, seed]) => [id, individualCriteria(facts, contestantId, seed)]));
  return assessmentBytes(facts, {
    contestantId,
    stage: 'consensus',
    author: { examinerId: lead, name: lead },
    criteria: consensusCriteria(members),
    team: { recommendation: { siteVisit, nomination: siteVisit ? 'winner' : 'none', citation: 'Motivering' }, summary: 'Sammanfattning', sources: [] },
    key,
  });
}
