/**
 * The prizes without scores in domarkommitténs arbetsyta, beside the classes:
 * per prize of the round (formats.md "Prizes without scores") every contestant
 * entered for it, with the jury's choice or decision and citation, in the
 * round's order (a prize is not ranked on points). The team's written prize
 * assessment is not exchanged through the app yet, and each entry says so.
 */
import type { JuryAwardView, JuryEntryView } from '../../../shared/contract/jury';
import { teamTitle } from '../../../shared/format';
import type { Meeting } from '../../../shared/formats/jury-decision';
import type { RoundFacts } from '../rounds/model';
import { entryKey, type EntryRecord } from './store';

export const PRIZE_ASSESSMENT_ABSENT = 'Teamets skriftliga prisbedömning finns inte här; priset bedöms utan poäng.';

const NO_SCORES = { stage: null, revision: null, before: null, after: null, maxPoints: null, spread: null, recommendation: null, strengths: [], improvements: [], rank: null };

export function prizeAwards(
  facts: RoundFacts,
  meeting: Meeting,
  codes: ReadonlyMap<string, string>,
  records: ReadonlyMap<string, EntryRecord>,
): JuryAwardView[] {
  return facts.prizes.flatMap((prize) => {
    const entries = [...facts.contestants.values()]
      .filter((c) => c.prizes.includes(prize.id))
      .map((c): JuryEntryView => {
        const team = facts.teams.get(c.teamId)!;
        const entry = records.get(entryKey('prize', prize.id, c.id));
        return {
          contestantId: c.id,
          name: c.name,
          code: codes.get(c.id)!,
          teamName: teamTitle(facts.examiners.get(team.leadId)?.name ?? team.leadId),
          status: 'missing',
          reason: PRIZE_ASSESSMENT_ABSENT,
          ...NO_SCORES,
          siteVisit: entry?.siteVisit ?? null,
          decision: entry?.decision ?? null,
          citation: entry?.citation ?? '',
          note: entry?.note ?? '',
        };
      });
    if (entries.length === 0) return [];
    const open = entries.filter((e) => (meeting === 'first' ? e.siteVisit === null : e.decision === null || (e.decision !== 'none' && e.citation.trim() === '')));
    const missing = open.map((e) => `${e.name}: ${meeting === 'first' ? 'inget val om platsbesök.' : e.decision === null ? 'inget beslut.' : 'motivering saknas.'}`);
    return [{ kind: 'prize' as const, id: prize.id, title: prize.title, entries, missing, undecided: open.map((e) => e.name) }];
  });
}
