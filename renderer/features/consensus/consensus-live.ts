/** What the workspace derives from the stored view with the shared consensus rules. */
import { useMemo } from 'react';
import type { ConsensusView } from '../../../shared/contract/consensus';
import type { ConsensusCriterion } from '../../../shared/domain/assessment';
import type { CriteriaPackage, Criterion, Scale } from '../../../shared/formats/criteria-package';
import type { AspectDefinition, PrizeSection } from '../../../shared/domain/prize-aspects';
import type { AspectProgress } from '../../../shared/scoring/aspect-progress';
import { agendaOrder, teamProgress, type TeamCriterionProgress, type TeamCriterionState } from '../../../shared/scoring/consensus';
import { applicableCriteria, areaPoints, scaleOf, totalPoints } from '../../../shared/scoring/points';
import { disagreement, type Disagreement } from '../../../shared/scoring/spread';
import { useConsensus } from './consensus-store';

export interface CriterionRow {
  readonly criterion: Criterion;
  readonly scale: Scale;
  readonly team: ConsensusCriterion;
  readonly disagreement: Disagreement;
  readonly progress: TeamCriterionProgress;
}

/** A prize aspect at consensus: the team's written texts, no score. */
export interface AspectRow {
  readonly prize: PrizeSection;
  readonly aspect: AspectDefinition;
  readonly team: ConsensusCriterion;
  readonly progress: AspectProgress;
}

export interface Live {
  readonly rows: readonly CriterionRow[];
  /** The aspects of the prizes entered, in the round's order (after the criteria on the agenda). */
  readonly aspects: readonly AspectRow[];
  /** Done of total, for the criteria and for the aspects apart (what the header and the agenda say). */
  readonly counts: { readonly criteria: readonly [number, number]; readonly aspects: readonly [number, number] };
  /** The rows ordered by disagreement (must-discuss first). */
  readonly agenda: readonly CriterionRow[];
  readonly done: number;
  readonly total: number;
  /** Null for a contestant taking part only in prizes (no points). */
  readonly points: ReturnType<typeof totalPoints> | null;
  readonly areas: ReturnType<typeof areaPoints>;
}

function stateOf(c: ConsensusCriterion): TeamCriterionState {
  const { individualScores, rationale, discussed, siteVisit, ...content } = c;
  return {
    content,
    individualScores: individualScores.map((s) => s.score),
    rationale,
    discussed,
    ...(siteVisit ? { siteVisit: { scoreBefore: siteVisit.scoreBefore, note: siteVisit.note } } : {}),
  };
}

export function liveOf(view: ConsensusView, pkg: CriteriaPackage): Live | null {
  const assessment = view.assessment;
  if (!assessment) return null;
  const byId = new Map(assessment.criteria.map((c) => [c.criterionId, c]));
  const progress = teamProgress(pkg, view.classId, new Map(assessment.criteria.map((c) => [c.criterionId, stateOf(c)])), view.prizes);
  const classId = view.classId;
  const rows = (classId === null ? [] : applicableCriteria(pkg, classId)).flatMap((criterion, i): CriterionRow[] => {
    const team = byId.get(criterion.id);
    if (!team) return [];
    const scale = scaleOf(pkg, criterion);
    const spread = disagreement(scale, team.individualScores.map((s) => s.score), pkg.consensus.spreadThreshold);
    return [{ criterion, scale, team, disagreement: spread, progress: progress.criteria[i]! }];
  });
  const aspects = progress.aspects.flatMap((p): AspectRow[] => {
    const team = byId.get(p.aspect.key);
    const prize = view.prizes.find((section) => section.prizeId === p.aspect.prizeId);
    return team && prize ? [{ prize, aspect: p.aspect, team, progress: p }] : [];
  });
  const doneOf = (list: readonly { progress: { done: boolean } }[]) => list.filter((r) => r.progress.done).length;
  const scores = Object.fromEntries(assessment.criteria.map((c) => [c.criterionId, c.score]));
  return {
    rows,
    aspects,
    counts: { criteria: [doneOf(rows), rows.length], aspects: [doneOf(aspects), aspects.length] },
    agenda: agendaOrder(rows.map((row) => ({ ...row, criterionId: row.criterion.id }))),
    done: progress.done,
    total: progress.total,
    points: classId === null ? null : totalPoints(pkg, scores, classId),
    areas: classId === null ? [] : areaPoints(pkg, scores, classId).filter((a) => a.criteria > 0),
  };
}

export function useLive(): Live | null {
  const view = useConsensus((s) => s.view);
  const pkg = useConsensus((s) => s.pkg);
  return useMemo(() => (view && pkg ? liveOf(view, pkg) : null), [view, pkg]);
}

/** "12 av 14 kriterier och 1 av 3 aspekter klara": what is done, criteria and aspects named apart. */
export function doneText(live: Pick<Live, 'counts'>): string {
  const [criteriaDone, criteria] = live.counts.criteria;
  const [aspectsDone, aspects] = live.counts.aspects;
  const parts = [...(criteria > 0 || aspects === 0 ? [`${criteriaDone} av ${criteria} kriterier`] : []), ...(aspects > 0 ? [`${aspectsDone} av ${aspects} aspekter`] : [])];
  return `${parts.join(' och ')} klara`;
}
