/**
 * Domarkommitténs arbetsyta: per class of the scored award (and per prize),
 * every contestant with the team's latest submitted assessment
 * (`exchange/team-result.ts`), ranked — on consensus scores before any site
 * visit at the first meeting, on the results after it at the final meeting —
 * beside the jury's own choices, and what is still missing, said.
 */
import type { JuryAwardView, JuryClassSummary, JuryEntryView, JuryWorkspace } from '../../../shared/contract/jury';
import type { ConsensusCriterion } from '../../../shared/domain/assessment';
import { teamTitle } from '../../../shared/format';
import type { Meeting } from '../../../shared/formats/jury-decision';
import { keyPoints } from '../../../shared/scoring/key-points';
import { applicableCriteria, scaleOf, totalPoints } from '../../../shared/scoring/points';
import type { Db } from '../db/open';
import type { IndependenceSource } from '../exchange/independence';
import { scoredClass, type ContestantFacts, type RoundFacts } from '../rounds/model';
import { teamResults, type TeamResult } from '../exchange/team-result';
import { competitionRanks, contestantCode } from '../../../shared/scoring/ranking';
import { prizeAwards } from './prize-awards';
import { entryKey, entryRecords, meetingRecord, type EntryRecord } from './store';

/** The team's key points by the sammanställning's rule, on the scores this meeting ranks by (consensus before a visit at the first). */
function teamKeyPoints(facts: RoundFacts, contestant: ContestantFacts, criteria: readonly ConsensusCriterion[], meeting: Meeting) {
  const byId = new Map(criteria.map((c) => [c.criterionId, c]));
  const points = keyPoints(
    applicableCriteria(facts.pkg, scoredClass(contestant)).flatMap((definition) => {
      const c = byId.get(definition.id);
      if (!c) return [];
      const score = meeting === 'first' && c.siteVisit ? c.siteVisit.scoreBefore : c.score;
      return [{ id: c.criterionId, scale: scaleOf(facts.pkg, definition), score, strengths: c.strengths, improvements: c.improvements }];
    }),
  );
  return { strengths: points.strengths.map((p) => p.text), improvements: points.improvements.map((p) => p.text) };
}

/** Totals before and after the site visit, from the team's latest file (a site-visit file keeps each score before). */
function totals(facts: RoundFacts, contestant: ContestantFacts, criteria: readonly ConsensusCriterion[], visited: boolean) {
  const before = Object.fromEntries(criteria.map((c) => [c.criterionId, c.siteVisit ? c.siteVisit.scoreBefore : c.score]));
  const after = Object.fromEntries(criteria.map((c) => [c.criterionId, c.score]));
  const b = totalPoints(facts.pkg, before, scoredClass(contestant));
  return { before: b.points, after: visited ? totalPoints(facts.pkg, after, scoredClass(contestant)).points : null, maxPoints: b.maxPoints };
}

function entryView(facts: RoundFacts, meeting: Meeting, contestant: ContestantFacts, code: string, result: TeamResult, entry: EntryRecord | undefined): Omit<JuryEntryView, 'rank'> {
  const team = facts.teams.get(contestant.teamId)!;
  const jury = { siteVisit: entry?.siteVisit ?? null, decision: entry?.decision ?? null, citation: entry?.citation ?? '', note: entry?.note ?? '' };
  const base = { contestantId: contestant.id, name: contestant.name, code, teamName: teamTitle(facts.examiners.get(team.leadId)?.name ?? team.leadId), ...jury };
  const none = { stage: null, revision: null, before: null, after: null, maxPoints: null, spread: null, recommendation: null, strengths: [], improvements: [] };
  if (result.status !== 'shown' || result.file.stage === 'individual') {
    return { ...base, ...none, status: result.status === 'shown' ? 'missing' : result.status, reason: result.status === 'shown' ? 'Teamets bedömning har inte kommit hit ännu.' : result.reason };
  }
  const { file } = result;
  const spreads = file.criteria.flatMap((c) => {
    const scores = c.individualScores.map((s) => s.score).filter((s): s is number => s !== null);
    return scores.length === 0 ? [] : [Math.max(...scores) - Math.min(...scores)];
  });
  return {
    ...base,
    status: 'shown',
    reason: null,
    stage: file.stage,
    revision: file.revision,
    ...totals(facts, contestant, file.criteria, file.stage === 'site-visit'),
    spread: spreads.length === 0 ? null : Math.max(...spreads),
    recommendation: file.team.recommendation,
    ...teamKeyPoints(facts, contestant, file.criteria, meeting),
  };
}

/** What stands between a class and its export, one sentence each. */
function missingFor(meeting: Meeting, entries: readonly Omit<JuryEntryView, 'rank'>[]): string[] {
  const missing: string[] = [];
  for (const e of entries) {
    if (e.status !== 'shown') missing.push(`${e.name}: ${e.reason}`);
    if (meeting === 'first' && e.siteVisit === null) missing.push(`${e.name}: inget val om platsbesök.`);
    if (meeting === 'final') {
      if (e.stage !== null && e.stage !== 'site-visit' && e.decision !== null && e.decision !== 'none') missing.push(`${e.name}: inget resultat från platsbesöket.`);
      if (e.decision === null) missing.push(`${e.name}: inget beslut.`);
      else if (e.decision !== 'none' && e.citation.trim() === '') missing.push(`${e.name}: motivering saknas.`);
    }
  }
  return missing;
}

function ranked(meeting: Meeting, entries: Omit<JuryEntryView, 'rank'>[]): JuryEntryView[] {
  const shown = entries.filter((e) => e.before !== null);
  const score = (e: Omit<JuryEntryView, 'rank'>) => (meeting === 'final' ? (e.after ?? e.before!) : e.before!);
  const ranks = competitionRanks(shown.map(score));
  const withRank = shown.map((e, i) => ({ ...e, rank: ranks[i]! })).sort((a, b) => a.rank - b.rank || a.name.localeCompare(b.name, 'sv'));
  return [...withRank, ...entries.filter((e) => e.before === null).map((e) => ({ ...e, rank: null }))];
}

const isUndecided = (meeting: Meeting, e: { siteVisit: boolean | null; decision: string | null; citation: string } | undefined) =>
  !e || (meeting === 'first' ? e.siteVisit === null : e.decision === null || (e.decision !== 'none' && e.citation.trim() === ''));

/** Every class with contestants, and how many of them still lack a choice or decision: from the jury's own record, no team file read. */
function classSummaries(facts: RoundFacts, meeting: Meeting, entries: ReadonlyMap<string, EntryRecord>): JuryClassSummary[] {
  return facts.pkg.classes
    .map((k) => {
      const members = [...facts.contestants.values()].filter((c) => c.classId === k.id);
      const undecided = members.filter((c) => isUndecided(meeting, entries.get(entryKey('class', k.id, c.id)))).length;
      return { kind: 'class' as const, id: k.id, title: k.title, contestants: members.length, undecided };
    })
    .filter((k) => k.contestants > 0);
}

/** The class the screen opens on: the first with contestants. */
export function firstClassId(facts: RoundFacts): string | undefined {
  return facts.pkg.classes.find((k) => [...facts.contestants.values()].some((c) => c.classId === k.id))?.id;
}

/**
 * The workspace of one meeting: every class, or only `awardId` (the screen
 * shows one class at a time, so a round of 1,000 reads only that class's files).
 */
export function juryWorkspace(db: Db, facts: RoundFacts, meeting: Meeting, gate: IndependenceSource, publicKey: string, awardId?: string): JuryWorkspace {
  const roundId = facts.id;
  const contestants = [...facts.contestants.values()];
  // The class shown and every prize entrant (a prize has few): only their files are read.
  const shown = awardId === undefined ? undefined : new Set(contestants.filter((c) => c.classId === awardId || c.prizes.length > 0).map((c) => c.id));
  const results = teamResults(db, facts, gate, publicKey, shown);
  const entries = entryRecords(db, roundId, meeting);
  const codes = new Map(contestants.map((c, i) => [c.id, contestantCode(i)]));
  // The classes shown (one for the screen), and every prize beside them: a prize has few entrants.
  const classAwards: JuryAwardView[] = facts.pkg.classes
    .filter((competitionClass) => awardId === undefined || competitionClass.id === awardId)
    .map((competitionClass) => {
      const views = contestants
        .filter((c) => c.classId === competitionClass.id)
        .map((c) => entryView(facts, meeting, c, codes.get(c.id)!, results.get(c.id)!, entries.get(entryKey('class', competitionClass.id, c.id))));
      const ordered = ranked(meeting, views);
      const undecided = ordered.filter((e) => isUndecided(meeting, e)).map((e) => e.name);
      return { kind: 'class' as const, id: competitionClass.id, title: competitionClass.title, entries: ordered, missing: missingFor(meeting, ordered), undecided };
    })
    .filter((award) => award.entries.length > 0);
  const awards = [...classAwards, ...prizeAwards(facts, meeting, codes, entries, results)];
  const record = meetingRecord(db, roundId, meeting);
  return { roundId, title: facts.title, exampleMaterial: facts.example, meeting, ...record, classes: classSummaries(facts, meeting, entries), awards };
}
