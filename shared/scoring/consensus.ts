/**
 * The team's consensus (domain.md, step 4) as pure rules: the agenda ordered
 * by disagreement, the rationale a score outside the individual range needs,
 * comments merged with their provenance, and when a team criterion is done.
 * The core's submit check, the workspace and tests use the same functions.
 */
import type { Comment, CommentSource, CriterionAssessment, EvidenceAnchor } from '../domain/assessment';
import type { CriteriaPackage, Criterion } from '../formats/criteria-package';
import { formatNumber } from '../format';
import { criterionWarnings, type CriterionWarning } from './consistency';
import { applicableCriteria, scaleOf } from './points';
import { sameScore } from './scale';
import { disagreement, type Disagreement } from './spread';
import { aspectProgress, type AspectProgress } from './aspect-progress';
import type { PrizeSection } from '../domain/prize-aspects';

export interface AgendaEntry {
  readonly criterionId: string;
  readonly disagreement: Disagreement;
}

/**
 * The consensus agenda: criteria that must be discussed first, the most
 * disputed first (more bands spanned, then a larger spread); within equal
 * disagreement, and for the rest, the package's order.
 */
export function agendaOrder<T extends AgendaEntry>(entries: readonly T[]): T[] {
  return entries
    .map((entry, position) => ({ entry, position }))
    .sort((a, b) => {
      const da = a.entry.disagreement;
      const db = b.entry.disagreement;
      if (da.mustDiscuss !== db.mustDiscuss) return da.mustDiscuss ? -1 : 1;
      if (da.mustDiscuss) {
        if (da.bandsSpanned !== db.bandsSpanned) return db.bandsSpanned - da.bandsSpanned;
        if ((da.spread ?? 0) !== (db.spread ?? 0)) return (db.spread ?? 0) - (da.spread ?? 0);
      }
      return a.position - b.position;
    })
    .map(({ entry }) => entry);
}

/** A consensus score outside the range of the individual scores needs a written rationale. */
export function needsRationale(score: number | null, individual: Pick<Disagreement, 'min' | 'max'>): boolean {
  if (score === null || individual.min === null || individual.max === null) return false;
  return score < individual.min - 1e-9 || score > individual.max + 1e-9;
}

/** An individual comment offered to the team's lists, with whose it is. */
export interface SourceComment {
  readonly examinerId: string;
  readonly initials: string;
  readonly comment: Comment;
}

export interface MergedComment {
  readonly text: string;
  readonly evidence: EvidenceAnchor[];
  readonly sources: CommentSource[];
}

const anchorKey = (a: EvidenceAnchor) => [a.documentSha256, a.page ?? '', a.paragraph ?? '', a.quote ?? ''].join('\u0000');

function collect(base: Pick<MergedComment, 'evidence' | 'sources'>, picked: readonly SourceComment[]): Pick<MergedComment, 'evidence' | 'sources'> {
  const evidence = new Map(base.evidence.map((a) => [anchorKey(a), a]));
  const sources = new Map(base.sources.map((s) => [s.commentId, s]));
  for (const { examinerId, initials, comment } of picked) {
    for (const anchor of comment.evidence) if (!evidence.has(anchorKey(anchor))) evidence.set(anchorKey(anchor), anchor);
    const from = comment.sources && comment.sources.length > 0 ? comment.sources : [{ commentId: comment.id, examinerId, initials }];
    for (const source of from) if (!sources.has(source.commentId)) sources.set(source.commentId, source);
  }
  return { evidence: [...evidence.values()], sources: [...sources.values()] };
}

/**
 * One team comment from one or more individual comments: their texts in the
 * order picked (the lead edits the result), every distinct evidence anchor,
 * and the ids and initials of every comment it came from. Merging a team
 * comment again keeps its original sources (provenance is never lost).
 */
export function mergeComments(picked: readonly SourceComment[]): MergedComment {
  if (picked.length === 0) throw new RangeError('nothing to merge');
  return { text: picked.map((p) => p.comment.text.trim()).join(' '), ...collect({ evidence: [], sources: [] }, picked) };
}

/** More individual comments behind an existing team comment: its text stays, their evidence and provenance are added. */
export function addToComment(team: Comment, picked: readonly SourceComment[]): MergedComment {
  if (picked.length === 0) throw new RangeError('nothing to add');
  return { text: team.text, ...collect({ evidence: team.evidence, sources: team.sources ?? [] }, picked) };
}

/** What the team decides per criterion beyond the shared content model. */
export interface TeamCriterionState {
  readonly content: CriterionAssessment;
  readonly individualScores: readonly (number | null)[];
  readonly rationale: string;
  readonly discussed: boolean;
  /** Only after the site visit: the agreed score before it and the team's note. */
  readonly siteVisit?: { readonly scoreBefore: number | null; readonly note: string };
}

const score = (value: number) => formatNumber(value, 2);

/** The usual guidance on score and comments, plus the consensus rules (all blocking). */
export function teamCriterionWarnings(pkg: CriteriaPackage, criterion: Criterion, state: TeamCriterionState): CriterionWarning[] {
  const scale = scaleOf(pkg, criterion);
  const spread = disagreement(scale, state.individualScores, pkg.consensus.spreadThreshold);
  const warnings = criterionWarnings(pkg, criterion, state.content);
  const own = state.content.score;
  if (spread.mustDiscuss && !state.discussed) {
    warnings.push({
      code: 'must-discuss',
      blocking: true,
      message: `Spridningen ${score(spread.spread!)} når gränsen ${score(pkg.consensus.spreadThreshold)}: teamet ska diskutera kriteriet. Markera det som diskuterat efteråt.`,
    });
  }
  if (needsRationale(own, spread) && state.rationale.trim() === '') {
    warnings.push({
      code: 'rationale-missing',
      blocking: true,
      message: `Konsensuspoängen ${score(own!)} ligger utanför de individuella poängen (${score(spread.min!)}–${score(spread.max!)}): skriv teamets motivering.`,
    });
  }
  const visit = state.siteVisit;
  if (visit && own !== null && visit.scoreBefore !== null && !sameScore(own, visit.scoreBefore) && visit.note.trim() === '') {
    warnings.push({
      code: 'site-visit-note-missing',
      blocking: true,
      message: `Poängen ändrades efter platsbesöket (${score(visit.scoreBefore)} → ${score(own)}): skriv vad besöket visade.`,
    });
  }
  return warnings;
}

export interface TeamCriterionProgress {
  readonly criterion: Criterion;
  readonly done: boolean;
  readonly warnings: readonly CriterionWarning[];
  readonly missing: readonly string[];
}

/**
 * A team criterion is done when it has an agreed score, at least one written
 * strength or improvement area, and no blocking warning; a prize aspect when it
 * has a written strength or improvement area.
 */
export function teamProgress(
  pkg: CriteriaPackage,
  classId: string | null,
  states: ReadonlyMap<string, TeamCriterionState>,
  prizes: readonly PrizeSection[] = [],
): { done: number; total: number; criteria: TeamCriterionProgress[]; aspects: AspectProgress[] } {
  const applicable = classId === null ? [] : applicableCriteria(pkg, classId);
  const criteria = applicable.map((criterion): TeamCriterionProgress => {
    const state = states.get(criterion.id);
    if (!state) return { criterion, done: false, warnings: [], missing: ['Kriteriet saknas i konsensusbedömningen.'] };
    const warnings = teamCriterionWarnings(pkg, criterion, state);
    const missing: string[] = [];
    if (state.content.score === null) missing.push('Ingen konsensuspoäng satt.');
    const comments = [...state.content.strengths, ...state.content.improvements].filter((c) => c.text.trim() !== '');
    if (comments.length === 0 && state.content.score === null) missing.push('Teamet har ingen styrka eller förbättringsområde.');
    missing.push(...warnings.filter((w) => w.blocking).map((w) => w.message));
    return { criterion, done: missing.length === 0, warnings, missing };
  });
  // A prize aspect has no score: written strengths or improvement areas are all it needs.
  const aspects = aspectProgress(prizes, new Map([...states].map(([key, state]) => [key, state.content])), true);
  return { done: criteria.filter((c) => c.done).length + aspects.filter((a) => a.done).length, total: criteria.length + aspects.length, criteria, aspects };
}
