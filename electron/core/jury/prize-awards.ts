/**
 * The prizes without scores in domarkommitténs arbetsyta, beside the classes:
 * per prize of the round (formats.md "Prizes without scores") every contestant
 * entered for it, in the round's order (a prize is not ranked on points), with
 * the team's latest file where it is here and carries the team's written
 * assessment of the prize — its stage and revision, and per aspect the first
 * strength and improvement area — beside the jury's choice or decision.
 */
import type { JuryAspectView, JuryAwardView, JuryEntryView } from '../../../shared/contract/jury';
import { aspectKey } from '../../../shared/domain/prize-aspects';
import { teamTitle } from '../../../shared/format';
import type { Meeting } from '../../../shared/formats/jury-decision';
import type { Prize } from '../../../shared/formats/prizes';
import { teamPrizeRows } from '../../../shared/formats/prize-rows';
import { aspectKeyPoints } from '../../../shared/scoring/key-points';
import type { TeamResult } from '../exchange/team-result';
import type { RoundFacts } from '../rounds/model';
import { entryKey, type EntryRecord } from './store';

export const PRIZE_ASSESSMENT_ABSENT = 'Teamets skriftliga prisbedömning finns inte här; priset bedöms utan poäng.';

const NO_SCORES = { before: null, after: null, maxPoints: null, spread: null, recommendation: null, strengths: [], improvements: [], rank: null };

type Written = Pick<JuryEntryView, 'status' | 'reason' | 'stage' | 'revision' | 'aspects'>;

/** What the team's latest file says of the prize: its aspects' key texts, or why there is nothing to show. */
function written(prize: Prize, result: TeamResult | undefined): Written {
  const none = { stage: null, revision: null };
  if (result?.status === 'hidden') return { status: 'hidden', reason: result.reason, ...none };
  if (result?.status !== 'shown') return { status: 'missing', reason: PRIZE_ASSESSMENT_ABSENT, ...none };
  const file = result.file;
  if (file.stage === 'individual') return { status: 'missing', reason: PRIZE_ASSESSMENT_ABSENT, ...none };
  const rows = new Map(teamPrizeRows(file.prizes).map((row) => [row.criterionId, row]));
  const keys = prize.aspects.map((a) => aspectKey(prize.id, a.id));
  if (!keys.some((key) => rows.has(key))) return { status: 'missing', reason: PRIZE_ASSESSMENT_ABSENT, ...none };
  const aspects: JuryAspectView[] = prize.aspects.map((aspect, i) => {
    const row = rows.get(keys[i]!);
    return { title: aspect.title, ...aspectKeyPoints({ strengths: row?.strengths ?? [], improvements: row?.improvements ?? [] }) };
  });
  return { status: 'shown', reason: null, stage: file.stage, revision: file.revision, aspects };
}

export function prizeAwards(
  facts: RoundFacts,
  meeting: Meeting,
  codes: ReadonlyMap<string, string>,
  records: ReadonlyMap<string, EntryRecord>,
  results: ReadonlyMap<string, TeamResult>,
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
          ...written(prize, results.get(c.id)),
          ...NO_SCORES,
          siteVisit: entry?.siteVisit ?? null,
          decision: entry?.decision ?? null,
          citation: entry?.citation ?? '',
          note: entry?.note ?? '',
        };
      });
    if (entries.length === 0) return [];
    const open = entries.filter((e) => (meeting === 'first' ? e.siteVisit === null : e.decision === null || (e.decision !== 'none' && e.citation.trim() === '')));
    // As a class says it: per entrant, the team's assessment not here, then the jury's choice or decision still open.
    const choice = (e: JuryEntryView) => (meeting === 'first' ? 'inget val om platsbesök.' : e.decision === null ? 'inget beslut.' : 'motivering saknas.');
    const missing = entries.flatMap((e) => [...(e.status === 'shown' ? [] : [`${e.name}: ${e.reason}`]), ...(open.includes(e) ? [`${e.name}: ${choice(e)}`] : [])]);
    return [{ kind: 'prize' as const, id: prize.id, title: prize.title, entries, missing, undecided: open.map((e) => e.name) }];
  });
}
