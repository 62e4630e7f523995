/**
 * Reading a team's (consensus or site-visit) assessment: the shared content
 * model per criterion plus what the team decided (rationale, discussed, the
 * site visit), the team's part, and the frozen individual sources — as the
 * workspace shows it, the submit check judges it and the export carries it.
 */
import type { TeamPartView } from '../../../shared/contract/consensus';
import {
  type ConsensusCriterion,
  type CriterionAssessment,
  type Nomination,
} from '../../../shared/domain/assessment';
import { isAspectKey, teamRowSchema } from '../../../shared/domain/prize-aspects';
import type { TeamCriterionState } from '../../../shared/scoring/consensus';
import type { Db } from '../db/open';
import { examinerPositions } from '../rounds/repository';
import { loadCriteria, type AssessmentRecord } from '../assessments';
import { prepared } from '../db/statements';
import { SOURCE_COLUMNS, sourceOf, type SourceRow, type SourceValue } from './team-fields';

export interface TeamCriterionRow {
  readonly rationale: string;
  readonly discussed: boolean;
  /** Site-visit stage only: the agreed score before the visit. */
  readonly scoreBefore: number | null;
  readonly siteVisitNote: string;
}

export interface FrozenSource extends SourceValue {
  readonly examinerId: string;
}

export function loadTeamCriteria(db: Db, assessmentId: string): Map<string, TeamCriterionRow> {
  const rows = prepared(db, 'SELECT criterion_id, rationale, discussed, score_before, site_visit_note FROM consensus_criteria WHERE assessment_id = ?').all(
    assessmentId,
  ) as { criterion_id: string; rationale: string; discussed: number; score_before: number | null; site_visit_note: string }[];
  return new Map(
    rows.map((r) => [r.criterion_id, { rationale: r.rationale, discussed: r.discussed === 1, scoreBefore: r.score_before, siteVisitNote: r.site_visit_note }]),
  );
}

export function loadTeamPart(db: Db, assessmentId: string): TeamPartView {
  const row = prepared(db, 'SELECT site_visit, nomination, citation, summary, next_steps, to_contestant, key_themes FROM consensus_team WHERE assessment_id = ?').get(
    assessmentId,
  ) as
    | { site_visit: number | null; nomination: Nomination | null; citation: string; summary: string; next_steps: string; to_contestant: string; key_themes: string }
    | undefined;
  if (!row) return { recommendation: { siteVisit: null, nomination: null, citation: '' }, summary: '', nextSteps: [], toContestant: '', keyThemes: [] };
  return {
    recommendation: { siteVisit: row.site_visit === null ? null : row.site_visit === 1, nomination: row.nomination, citation: row.citation },
    summary: row.summary,
    nextSteps: JSON.parse(row.next_steps) as string[],
    toContestant: row.to_contestant,
    keyThemes: JSON.parse(row.key_themes) as string[],
  };
}

/** The frozen sources in the team's order (the round's examiner order). */
export function loadSources(db: Db, assessment: AssessmentRecord): FrozenSource[] {
  const rows = prepared(db, `SELECT examiner_id, ${SOURCE_COLUMNS} FROM consensus_sources WHERE assessment_id = ?`).all(assessment.id) as (SourceRow & {
    examiner_id: string;
  })[];
  const positions = examinerPositions(db, assessment.roundId);
  return rows
    .filter((row) => positions.has(row.examiner_id))
    .sort((a, b) => positions.get(a.examiner_id)! - positions.get(b.examiner_id)!)
    .map((row) => ({ examinerId: row.examiner_id, ...sourceOf(row) }));
}

export const sourceCriteria = (source: Pick<SourceValue, 'content'>) => source.content as unknown as CriterionAssessment[];

/** Each criterion's individual scores from the frozen sources, in the sources' order. */
export function individualScores(sources: readonly FrozenSource[], criterionId: string): { examinerId: string; score: number | null }[] {
  return sources.map((source) => ({
    examinerId: source.examinerId,
    score: sourceCriteria(source).find((c) => c.criterionId === criterionId)?.score ?? null,
  }));
}

export interface TeamContentOptions {
  /** Leave out comments and questions without text (what an export carries). */
  readonly writtenOnly?: boolean;
  /** Only this criterion (what an edit of it answers). */
  readonly criterionId?: string;
}

/**
 * The team's assessment in the shared consensus model, every criterion in
 * package order. With `writtenOnly` it is validated against the shared schema
 * (what an export signs).
 */
export function loadTeamContent(db: Db, assessment: AssessmentRecord, options: TeamContentOptions = {}): ConsensusCriterion[] {
  const decisions = loadTeamCriteria(db, assessment.id);
  const sources = loadSources(db, assessment);
  const written = <T extends { text: string }>(items: T[]) => (options.writtenOnly ? items.filter((item) => item.text.trim() !== '') : items);
  const only = options.criterionId === undefined ? {} : { criterionId: options.criterionId };
  return loadCriteria(db, assessment.id, only).map((criterion) => {
    const decided = decisions.get(criterion.criterionId);
    const content = {
      ...criterion,
      strengths: written(criterion.strengths),
      improvements: written(criterion.improvements),
      siteVisitQuestions: written(criterion.siteVisitQuestions),
    };
    // A prize aspect is the team's written texts only, as its file carries it: no individual scores, rationale or site-visit change.
    const team: ConsensusCriterion = isAspectKey(criterion.criterionId)
      ? { ...content, individualScores: [], rationale: '', discussed: false }
      : {
          ...content,
          individualScores: individualScores(sources, criterion.criterionId),
          rationale: decided?.rationale ?? '',
          discussed: decided?.discussed ?? false,
          ...(assessment.stage === 'site-visit'
            ? { siteVisit: { scoreBefore: decided?.scoreBefore ?? null, scoreAfter: criterion.score, note: decided?.siteVisitNote ?? '' } }
            : {}),
        };
    return options.writtenOnly ? teamRowSchema.parse(team) : team;
  });
}

/** What the consensus rules judge per criterion (shared/scoring/consensus.ts). */
export function teamStates(db: Db, assessment: AssessmentRecord): Map<string, TeamCriterionState> {
  return new Map(
    loadTeamContent(db, assessment).map((c): [string, TeamCriterionState] => {
      const { individualScores: scores, rationale, discussed, siteVisit, ...content } = c;
      return [
        c.criterionId,
        {
          content,
          individualScores: scores.map((s) => s.score),
          rationale,
          discussed,
          ...(siteVisit ? { siteVisit: { scoreBefore: siteVisit.scoreBefore, note: siteVisit.note } } : {}),
        },
      ];
    }),
  );
}
