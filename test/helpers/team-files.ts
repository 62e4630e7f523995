/** Team leads' consensus files for the övningsomgång, as the jury's screens receive them. */
import type { Core } from '../../electron/core';
import type { RoundFacts } from '../../electron/core/rounds/model';
import { assessmentBytes, consensusCriteria, individualCriteria, LINDGARDEN, NAMES, newKey, ROUND, SOLROSEN } from './assessment-content';
import { call } from './core';
import { exchangeCore, importFiles } from './exchange';

/** The team's file after the site visit: the consensus moved by `delta` points per criterion (within 0–100), revision 2. */
export function siteVisitBytes(facts: RoundFacts, contestantId: string, lead: string, seeds: Record<string, number>, delta: number, nomination: 'winner' | 'honourable-mention' | 'none', key = newKey()) {
  const members = Object.fromEntries(Object.entries(seeds).map(([id, seed]) => [id, individualCriteria(facts, contestantId, seed)]));
  const criteria = consensusCriteria(members).map((criterion) => {
    const after = Math.min(100, Math.max(0, (criterion.score ?? 0) + delta));
    return { ...criterion, score: after, siteVisit: { scoreBefore: criterion.score, scoreAfter: after, note: after === criterion.score ? '' : 'Platsbesöket ändrade bilden.' } };
  });
  return assessmentBytes(facts, {
    contestantId,
    stage: 'site-visit',
    revision: 2,
    author: { examinerId: lead, name: NAMES[lead] ?? lead },
    criteria,
    team: { recommendation: { siteVisit: true, nomination, citation: nomination === 'none' ? '' : 'Teamets motivering' }, summary: 'Sammanfattning efter platsbesöket', sources: [] },
    key,
  });
}

/** The team lead's consensus file, built from members' individual content (`seeds`: one per member), signed with the lead's `key`. */
export function consensusBytes(facts: RoundFacts, contestantId: string, lead: string, seeds: Record<string, number>, siteVisit: boolean, key = newKey()) {
  const members = Object.fromEntries(Object.entries(seeds).map(([id, seed]) => [id, individualCriteria(facts, contestantId, seed)]));
  return assessmentBytes(facts, {
    contestantId,
    stage: 'consensus',
    author: { examinerId: lead, name: NAMES[lead] ?? lead },
    criteria: consensusCriteria(members),
    team: { recommendation: { siteVisit, nomination: siteVisit ? 'winner' : 'none', citation: 'Motivering' }, summary: 'Sammanfattning', sources: [] },
    key,
  });
}

/** Stadsledningskontoret's computer holding the two-teams round and both teams' consensus files (Solrosen's team, Lindgården's team). */
export async function officeHoldingTeamFiles(): Promise<Core> {
  const { core, facts } = await exchangeCore({ round: 'two-teams' });
  await importFiles(core, {
    'solrosen.kvbedomning': consensusBytes(facts, SOLROSEN, 'e-anna', { 'e-anna': 0, 'e-bilal': 1, 'e-cecilia': 3 }, false),
    'lindgarden.kvbedomning': consensusBytes(facts, LINDGARDEN, 'e-david', { 'e-david': 5, 'e-erik': 2 }, true),
  });
  await call(core, 'round:choose-office', { roundId: ROUND, change: false });
  return core;
}
